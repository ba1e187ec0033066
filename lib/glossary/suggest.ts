import type { SearchResult } from './search';
import { foldWords } from './search';

/** How many terms a "no results" answer suggests: a few to choose from, not another result list. */
export const MAX_SUGGESTIONS = 5;
/** Shorter pieces of a query match too much to suggest anything. */
const MIN_PIECE = 3;

/**
 * The closest terms to a query the search found nothing for: the results of its longest start that finds any
 * (the reader mistyped near the end: "hiep dinh giơnevx" → "hiep dinh gio ne v"), then those of each of its
 * words long enough to mean something ("vietnam asean summitt" → "asean"). The search itself already forgives
 * one typo and missing diacritics, so what is left is usually a wrong or extra word.
 */
export function suggestionsFor(search: (query: string) => SearchResult[], query: string, max = MAX_SUGGESTIONS): string[] {
  const folded = foldWords(query);
  const found: string[] = [];
  const add = (results: SearchResult[]) => {
    for (const r of results) if (found.length < max && !found.includes(r.id)) found.push(r.id);
  };
  for (let end = folded.length - 1; end >= MIN_PIECE && found.length === 0; end--) {
    if (folded[end - 1] === ' ') continue;
    add(search(folded.slice(0, end)));
  }
  const words = folded.split(' ').filter((w) => w.length >= MIN_PIECE).sort((a, b) => b.length - a.length);
  for (const word of words) if (found.length < max) add(search(word));
  return found;
}

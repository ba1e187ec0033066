import { canonicalize } from '../text/canonicalize';
import { looseKey } from '../text/loose-key';
import { spellingsOf, transliterationVariants } from './compile';
import type { Term } from './schema';

export type SearchResult = { id: string; score: number };

type Spelling = { canon: string; folded: string; compact: string };
type Entry = { id: string; spellings: Spelling[] };

// Scores by kind of match; within a kind, shorter spellings (closer to the query) rank higher.
const EXACT = 100;
const EXACT_FOLDED = 95;
const PREFIX = 80;
const WORD_PREFIX = 60;
const FUZZY = 40;
const SUBSTRING = 30;

/**
 * Lookup for the toolbar popup and `glossary search`: with or without diacritics, either tone placement,
 * acronyms in any case, English/French names, prefixes, one typo. Lookup-only terms are included.
 */
export class GlossarySearch {
  private readonly entries: Entry[];

  constructor(terms: readonly Term[]) {
    this.entries = terms.map((term) => ({
      id: term.id,
      spellings: [...spellingsOf(term), ...(term.name.en ? [term.name.en] : [])]
        .flatMap(transliterationVariants)
        .map(describe),
    }));
  }

  search(query: string, limit = 20): SearchResult[] {
    const q = describe(query);
    if (q.compact === '') return [];
    const results: SearchResult[] = [];
    for (const entry of this.entries) {
      let best = 0;
      for (const s of entry.spellings) best = Math.max(best, score(q, s));
      if (best > 0) results.push({ id: entry.id, score: Math.round(best * 100) / 100 });
    }
    results.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    return results.slice(0, limit);
  }
}

function describe(text: string): Spelling {
  const folded = looseKey(text).key.trim();
  return { canon: canonicalize(text).trim(), folded, compact: folded.replace(/[\s-]/g, '') };
}

function score(q: Spelling, s: Spelling): number {
  const closeness = Math.min(q.compact.length / Math.max(s.compact.length, 1), 1) * 5;
  if (q.canon === s.canon) return EXACT;
  if (q.compact === s.compact) return EXACT_FOLDED;
  if (s.compact.startsWith(q.compact)) return PREFIX + closeness;
  if (q.compact.length >= 2 && s.folded.split(/[\s-]/).some((_, i, words) => words.slice(i).join('').startsWith(q.compact))) {
    return WORD_PREFIX + closeness;
  }
  if (q.compact.length >= 4 && withinOneEdit(q.compact, s.compact.slice(0, q.compact.length + 1), true)) {
    return FUZZY + closeness;
  }
  if (q.compact.length >= 3 && s.compact.includes(q.compact)) return SUBSTRING + closeness;
  return 0;
}

/** Damerau–Levenshtein distance ≤ 1; with `prefix`, `b` may run one character past the query's end. */
function withinOneEdit(a: string, b: string, prefix: boolean): boolean {
  if (a === b || (prefix && b.startsWith(a))) return true;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: string, y: string) => x === y || (prefix && x.startsWith(y));
  return (
    rest(b.slice(i + 1), a.slice(i + 1)) || // substitution
    rest(b.slice(i), a.slice(i + 1)) || // extra character in the query
    rest(b.slice(i + 1), a.slice(i)) || // missing character in the query
    (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(b.slice(i + 2), a.slice(i + 2))) // transposition
  );
}

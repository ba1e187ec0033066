import { looseKey } from '../text/loose-key';
import type { Term } from './schema';

/**
 * The names under a card's "Other names": those a reader learns something from (another language's name, an
 * acronym, a historical or fuller name). Left out: the title itself in either language (the card already shows
 * both), and every folding variant of a name already listed — the same letters in another case, with the tone
 * mark elsewhere, joined or hyphenated, or without diacritics ("Giơnevơ", "Gionevo" beside "Giơ-ne-vơ"). Such
 * spellings exist in the data so that pages written that way are matched; to a reader they are noise.
 * Keeps the data's order (its most useful names first).
 */
export function otherNames(term: Pick<Term, 'name' | 'aliases'>): string[] {
  const seen = new Set<string>();
  for (const title of [term.name.vi, term.name.en]) if (title) seen.add(foldingKey(title));
  const names: string[] = [];
  for (const alias of term.aliases) {
    const key = foldingKey(alias);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    names.push(alias);
  }
  return names;
}

/**
 * What two spellings that differ only by folding share: lower case, no diacritics (so also no question of
 * where the tone mark sits), đ → d, and no spaces or dashes (joined = hyphenated = spaced syllables).
 */
export function foldingKey(name: string): string {
  return looseKey(name).key.replace(/[\s-]+/g, '');
}

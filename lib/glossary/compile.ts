import type { AliasPattern, MatchIndex } from '../match/match-index';
import { canonicalize, isDiacriticFree, syllableCount } from '../text/canonicalize';
import { looseKey } from '../text/loose-key';
import type { Term } from './schema';

/** Every way a term is written, as listed: the Vietnamese name and the aliases. */
export function spellingsOf(term: Term): string[] {
  return [term.name.vi, ...term.aliases];
}

/**
 * Hyphenated transliterations are also written spaced and joined (Giơ-ne-vơ, Giơ ne vơ, Giơnevơ;
 * Cam-pu-chia, Campuchia). Only hyphens between two letters count, so "34-NQ/TW" and "COVID-19" stay as
 * they are.
 */
export function transliterationVariants(spelling: string): string[] {
  const letterHyphen = /(?<=[\p{L}\p{M}])-(?=\p{L})/gu;
  if (!letterHyphen.test(spelling)) return [spelling];
  return [spelling, spelling.replace(letterHyphen, ' '), spelling.replace(letterHyphen, '')];
}

/** Acronyms and short all-capital aliases (UN, EU, WHO, LHQ, HĐBA, COVID-19) match only in capitals. */
export function isCapsOnly(spelling: string): boolean {
  return /\p{Lu}/u.test(spelling) && !/\p{Ll}/u.test(spelling) && !/\s/u.test(spelling);
}

export function compileMatchIndex(terms: readonly Term[], blockers: readonly string[]): MatchIndex {
  const ids: string[] = [];
  const patterns: AliasPattern[] = [];
  const seen = new Set<string>();
  const add = (spelling: string, term: number, properCase = false) => {
    for (const variant of transliterationVariants(spelling)) {
      const key = looseKey(variant).key.trim();
      if (key === '') continue;
      const pattern: AliasPattern = {
        key,
        canon: canonicalize(variant),
        term,
        capsOnly: isCapsOnly(variant),
        // A page written without diacritics may match a name of two or more syllables; a one-syllable
        // name would collide with ordinary words (Pháp/phap), and an alias that is itself
        // diacritic-free (Gionevo) already matches exactly.
        looseOk: term >= 0 && !properCase && !isDiacriticFree(variant) && syllableCount(variant) >= 2,
      };
      if (properCase) pattern.properCase = true;
      const dedupe = `${pattern.key}\u0000${pattern.canon}\u0000${term}\u0000${pattern.capsOnly}\u0000${properCase}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      patterns.push(pattern);
    }
  };
  for (const term of terms) {
    if (term.highlight === false) continue;
    const index = ids.push(term.id) - 1;
    const caseSensitive = new Set(term.caseSensitive ?? []);
    for (const spelling of spellingsOf(term)) add(spelling, index, caseSensitive.has(spelling));
  }
  for (const phrase of blockers) add(phrase, -1);
  // Lookup-only names are never shown, but they still take part in longest-leftmost as blockers:
  // "Mỹ Latinh" (a region) or "People's Republic of China" must not leave a shorter name inside them marked.
  for (const term of terms) {
    if (term.highlight !== false) continue;
    for (const spelling of spellingsOf(term)) add(spelling, -1);
  }
  // Sorted by key, the automaton is built in one pass without searching for children (lib/match/automaton.ts).
  patterns.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { ids, patterns };
}

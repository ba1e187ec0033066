import {
  BLOCKER, CUE_WORD, NO_CONTEXT, OWN_CUE_BASE, RULE_CUED, RULE_DATED, RULE_DOMESTIC, RULE_NAMED_AFTER, RULE_LONGER_NAME, RULE_OWN_CUE,
  RULE_ERA, RULE_LED, RULE_PAIR, RULE_PERSON, RULE_PHRASE, RULE_SHORT, RULE_VIETNAM, STATE_NAME, VIETNAM_CUE,
  type AliasPattern, type MatchContext, type MatchIndex,
} from '../match/match-index';
import { canonicalize, isDiacriticFree, syllableCount } from '../text/canonicalize';
import { looseKey } from '../text/loose-key';
import { NameParts } from './name-parts';
import type { GlossaryContext, Term } from './schema';

/** Every way a term is written, as listed: the Vietnamese name and the aliases. */
export function spellingsOf(term: Term): string[] {
  return [term.name.vi, ...term.aliases];
}

const ALL_WORDS = 0x7fffffff;
const LETTER_HYPHEN = /(?<=[\p{L}\p{M}])-(?=\p{L})/gu;
/** Up to this many hyphens, every mix of hyphen, space and joined is a variant (3² = 9: Giơ-ne-vơ, Cam-pu-chia); beyond, the three pure forms (each mix costs table space in every tab). */
const MIXED_UP_TO = 2;

/**
 * Hyphenated transliterations are also written spaced and joined (Giơ-ne-vơ, Giơ ne vơ, Giơnevơ;
 * Cam-pu-chia, Campuchia), and pages mix the three inside one name (Giơ-nevơ, Giơ-ne vơ). Only hyphens
 * between two letters count, so "34-NQ/TW" and "COVID-19" stay as they are.
 */
export function transliterationVariants(spelling: string): string[] {
  const parts = spelling.split(LETTER_HYPHEN);
  if (parts.length === 1) return [spelling];
  if (parts.length - 1 > MIXED_UP_TO) return [parts.join('-'), parts.join(' '), parts.join('')];
  let variants = [parts[0]!];
  for (const part of parts.slice(1)) variants = variants.flatMap((v) => ['-', ' ', ''].map((sep) => v + sep + part));
  return variants;
}

/** Acronyms and short all-capital aliases (UN, EU, WHO, LHQ, HĐBA, COVID-19) match only in capitals. */
export function isCapsOnly(spelling: string): boolean {
  return /\p{Lu}/u.test(spelling) && !/\p{Ll}/u.test(spelling) && !/\s/u.test(spelling);
}

/** Everything compileMatchIndex reads: the checked glossary's terms, blockers, context words and name parts. */
export type MatchSource = {
  terms: readonly Term[];
  blockers: readonly string[];
  context?: GlossaryContext;
  nameParts?: readonly (readonly string[])[];
};

/** The page matcher's index for a checked glossary: what the content script, `glossary scan` and `eval` all use. */
export function compileGlossaryIndex(g: MatchSource): MatchIndex {
  return compileMatchIndex(g.terms, g.blockers, g.context, g.nameParts);
}

export function compileMatchIndex(
  terms: readonly Term[],
  blockers: readonly string[],
  context?: GlossaryContext,
  nameParts: readonly (readonly string[])[] = [],
): MatchIndex {
  const parts = new NameParts(nameParts);
  // A spelling someone lists explicitly keeps its owner: a name-part variant never takes it over.
  const listed = new Set<string>();
  for (const t of terms) for (const s of spellingsOf(t)) for (const v of transliterationVariants(s)) listed.add(canonicalize(v));
  for (const b of blockers) listed.add(canonicalize(b));
  const withVariants = (spelling: string, properCase = false): string[] =>
    properCase || isCapsOnly(spelling) ? [spelling] : [spelling, ...parts.variants(spelling).filter((v) => !listed.has(v))];
  const ids: string[] = [];
  const patterns: AliasPattern[] = [];
  const seen = new Set<string>();
  const add = (spelling: string, term: number, properCase = false, rules = 0, person = false, short = false) => {
    const foreignSyllables = foreignSyllablesOf(spelling);
    for (const variant of transliterationVariants(spelling)) {
      const key = looseKey(variant).key.trim();
      if (key === '') continue;
      const canon = canonicalize(variant);
      const pattern: AliasPattern = {
        key,
        canon,
        term,
        capsOnly: isCapsOnly(variant),
        // A page written without diacritics may match a name of two or more syllables; a one-syllable
        // name would collide with ordinary words (Pháp/phap), and an alias that is itself
        // diacritic-free (Gionevo) already matches exactly.
        looseOk: term >= 0 && !properCase && !isDiacriticFree(variant) && (short || syllableCount(variant) >= 2),
      };
      if (properCase) pattern.properCase = true;
      if (rules) pattern.rules = rules;
      // A person's name in foreign prose often keeps only some of its marks ("Nguyen Ái Quoc", "Ho Chí Minh"):
      // every word of it may lose them; other names, only their foreign words.
      const foreign = term < 0 || isDiacriticFree(variant) ? 0 : person ? ALL_WORDS : foreignWordsOf(canon, foreignSyllables);
      if (foreign) pattern.foreignWords = foreign;
      const dedupe = [key, canon, term, pattern.capsOnly, properCase, rules, foreign].join('\u0000');
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      patterns.push(pattern);
    }
  };
  const yearFrom: number[] = [];
  const yearTo: number[] = [];
  const vietnamese: number[] = [];
  const bodies: number[] = [];
  const ledBy: Record<number, string[]> = {};
  const surnames = new Set((context?.surnames ?? []).map((s) => s.normalize('NFC')));
  for (const term of terms) {
    if (term.highlight === false) continue;
    const index = ids.push(term.id) - 1;
    const [from, to] = yearsOf(term);
    yearFrom.push(from);
    yearTo.push(to);
    const caseSensitive = new Set(term.caseSensitive ?? []);
    for (const spelling of spellingsOf(term)) {
      const rules = rulesFor(term, spelling, from || to);
      for (const form of withVariants(spelling, caseSensitive.has(spelling))) add(form, index, caseSensitive.has(spelling), rules, term.type === 'person');
    }
    if (isVietnamesePerson(term, surnames)) vietnamese.push(index);
    if (term.type === 'organization' && term.vietnamCued) bodies.push(index);
    if (term.ledBy) ledBy[index] = [...new Set(Object.values(term.ledBy).flat())];
    // A short name is offered only where nothing else is listed: another term's spelling or a blocker keeps it.
    for (const short of shortNamesOf(term, surnames)) {
      if (!listed.has(canonicalize(short))) add(short, index, false, RULE_SHORT | RULE_NAMED_AFTER, false, true);
    }
    for (const phrase of term.cueWords ?? []) add(phrase, OWN_CUE_BASE - index);
  }
  for (const phrase of blockers) for (const form of withVariants(phrase)) add(form, BLOCKER);
  // Lookup-only names are never shown, but they still take part in longest-leftmost as blockers ("Mỹ Latinh"
  // or "People's Republic of China" must not leave a shorter name inside them marked), and, being the names
  // of states, they tell a paragraph is about states.
  for (const term of terms) {
    if (term.highlight !== false) continue;
    for (const spelling of spellingsOf(term)) for (const form of withVariants(spelling)) add(form, STATE_NAME);
  }
  for (const phrase of context?.stateCues ?? []) add(phrase, CUE_WORD);
  for (const phrase of context?.vietnamCues ?? []) add(phrase, VIETNAM_CUE);
  // Sorted by key, the automaton is built in one pass without searching for children (lib/match/automaton.ts).
  patterns.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const matchContext: MatchContext = context
    ? {
        namedBefore: context.namedAfter.before,
        namedAfter: context.namedAfter.after,
        namedBeforePerson: context.namedAfter.personBefore ?? [],
        surnames: context.surnames,
        domesticFollowers: context.domesticFollowers,
        titles: context.titles ?? [],
        domesticBefore: context.domesticBefore ?? [],
        vietnamBefore: context.vietnamBefore ?? [],
        vietnamese,
        bodies,
        ledBy,
        yearFrom,
        yearTo,
      }
    : { ...NO_CONTEXT, vietnamese, bodies, ledBy, yearFrom, yearTo };
  return { ids, patterns, context: matchContext };
}

/**
 * Which context rules apply to a spelling (docs/decisions/009-context-rules.md). The spellings a term lists as
 * `cued` need a cue; so does any spelling of a concept (except acronyms and names that need their capital) when
 * the page writes it as an ordinary phrase rather than a capitalised name ("đối tác chiến lược" between two
 * companies, "a strategic partnership with its suppliers").
 */
function rulesFor(term: Term, spelling: string, dated: number): number {
  let rules = RULE_NAMED_AFTER;
  if (term.cued?.includes(spelling)) rules |= term.cueWords?.length ? RULE_OWN_CUE : RULE_CUED;
  else if (!term.cued && term.type === 'concept' && !isCapsOnly(spelling) && !term.caseSensitive?.includes(spelling)) rules |= RULE_PHRASE;
  if (term.type === 'person' && syllableCount(spelling) >= 2 && !isCapsOnly(spelling)) rules |= RULE_PERSON;
  if (term.type === 'event') rules |= RULE_PAIR;
  if (term.type === 'organization' && syllableCount(spelling) >= 2 && !isCapsOnly(spelling)) rules |= RULE_LONGER_NAME;
  if (dated) rules |= RULE_DATED;
  if (term.domesticBody) rules |= RULE_DOMESTIC;
  if (term.vietnamCued?.includes(spelling)) rules |= RULE_VIETNAM;
  if (term.ledBy?.[spelling]) rules |= RULE_LED;
  // A state or regime with a start ("Việt Nam Cộng hoà", 1955–1975): the 1946 accord's "nước Việt Nam Cộng hoà"
  // was the DRV. Other organisations are often named in a paragraph about their forerunners' years.
  if (term.type === 'organization' && term.dates?.start) rules |= RULE_ERA;
  return rules;
}

/**
 * A Vietnamese person: the name starts with a Vietnamese surname and is written the same in English but for its
 * marks (Nguyễn Phú Trọng / Nguyen Phu Trong; not Chu Ân Lai / Zhou Enlai, whose surname is also Vietnamese).
 */
function isVietnamesePerson(term: Term, surnames: ReadonlySet<string>): boolean {
  if (term.type !== 'person') return false;
  const first = term.name.vi.split(/\s+/)[0]!.normalize('NFC');
  return surnames.has(first) && (term.name.en === undefined || looseKey(term.name.en).key === looseKey(term.name.vi).key);
}

/**
 * The short names a page calls a person by after naming them in full (lib/match/short-names.ts): the term's own
 * `shortNames`, else, for a Vietnamese name of two to four syllables, its last syllable, the given name by which
 * the press calls its leaders ("ông Trọng", "Mr. Phuc").
 */
export function shortNamesOf(term: Term, surnames: ReadonlySet<string>): string[] {
  if (term.type !== 'person') return [];
  if (term.shortNames) return term.shortNames;
  const words = term.name.vi.split(/\s+/);
  if (words.length < 2 || words.length > 4 || !isVietnamesePerson(term, surnames)) return [];
  return [words.at(-1)!];
}

/**
 * The years a year written next to a mention may name: from the term's first date; up to its last for an event
 * or a treaty not (yet) in force, open for things that last (organisations, treaties in force). People are not
 * dated this way: "Hồ Chí Minh năm 2025" is an anniversary, not another man.
 */
function yearsOf(term: Term): [number, number] {
  const years = Object.values(term.dates ?? {}).map((d) => Number(d.slice(0, 4)));
  if (term.type === 'person' || years.length === 0) return [0, 0];
  const from = Math.min(...years);
  const to = term.type === 'event' || (term.type === 'treaty' && !term.dates?.inForce) ? Math.max(...years) : 0;
  return [from, to];
}

/** Folded syllables of the spelling's hyphenated transliterations (Giơ-ne-vơ → gio, ne, vo). */
function foreignSyllablesOf(spelling: string): Set<string> {
  const out = new Set<string>();
  for (const word of spelling.split(/\s+/)) {
    if (!LETTER_HYPHEN.test(word)) continue;
    LETTER_HYPHEN.lastIndex = 0;
    for (const s of word.split('-')) out.add(looseKey(s).key);
  }
  return out;
}

/**
 * Bit i set when word i of a canonical form is a foreign name: a syllable of a hyphenated transliteration, or a
 * word with two vowel groups, which no Vietnamese syllable has (Genève, Giơnevơ, Campuchia).
 */
function foreignWordsOf(canon: string, transliterated: Set<string>): number {
  let bits = 0;
  canon.split(/[\s-]+/).forEach((word, i) => {
    const folded = looseKey(word).key;
    if (i < 31 && (transliterated.has(folded) || (folded.match(/[aeiouy]+/g)?.length ?? 0) >= 2)) bits |= 1 << i;
  });
  return bits;
}

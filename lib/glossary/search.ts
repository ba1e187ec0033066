import { canonicalize } from '../text/canonicalize';
import { looseKey } from '../text/loose-key';
import { spellingsOf, transliterationVariants } from './compile';
import type { Term } from './schema';

export type SearchResult = { id: string; score: number };

/** One way of writing a term, prepared once so that a keystroke only compares strings. */
type Spelling = {
  /** Tone-canonical, lower case, spaces and dashes dropped: compared when the query carries diacritics. */
  canon: string;
  /** Folded (no diacritics, đ → d), spaces and dashes dropped: "hiepdinhgionevo". */
  compact: string;
  /** Where each word of the spelling starts in `compact` (0 included). */
  wordStarts: number[];
};
/** A term as the search sees it: prepared once, at build time for the popup (`virtual:tre/search-index`). */
export type SearchEntry = { id: string; spellings: Spelling[]; prominence: number };

type Query = { canon: string; compact: string; hasDiacritics: boolean };

// Tiers, best first: a whole spelling typed (with its diacritics, then without), the start of a spelling, the
// start of a later word in it, one typo, anywhere inside. Within a tier up to 5 points go to the spelling closest
// in length to the query (the query says more of it), and 2 to one whose diacritics agree with those typed.
// Counted in hundredths of a point: whole numbers, which the engine keeps unboxed even in code it has not
// optimised yet (a fraction there is an allocation, and a keystroke scores every spelling).
const POINT = 100;
const EXACT = 100 * POINT;
const EXACT_FOLDED = 95 * POINT;
const PREFIX = 80 * POINT;
const WORD_PREFIX = 60 * POINT;
const FUZZY = 40 * POINT;
const SUBSTRING = 30 * POINT;
// Shorter queries make typos and substrings match nearly everything.
const MIN_FUZZY = 4;
const MIN_FUZZY_WORD = 5;
const MIN_SUBSTRING = 3;

/**
 * Lookup for the toolbar popup and `glossary search`: with or without diacritics, either tone placement,
 * acronyms in any case, English/French names, prefixes, one typo. Lookup-only terms are included.
 *
 * A linear pass over every spelling (~2,500 for 271 terms) takes well under a millisecond, so there is no
 * inverted index: see docs/decisions/003-own-lookup-ranking.md for why no search library is used.
 */
export class GlossarySearch {
  /** From entries prepared by `prepareSearch` (the popup receives them prepared at build time). */
  constructor(private readonly entries: readonly SearchEntry[]) {}

  /** Prepares the terms first: for the command line and tests. */
  static of(terms: readonly Term[]): GlossarySearch {
    return new GlossarySearch(prepareSearch(terms));
  }

  /**
   * Runs a keystroke's code once, with and without diacritics, and throws the results away: the popup calls it
   * when idle after opening, so the reader's first keystrokes run compiled code instead of paying for it.
   */
  warmUp(): void {
    this.search('hiệp định');
    this.search('lien hop');
  }

  search(query: string, limit = 20): SearchResult[] {
    const q = describeQuery(query);
    if (q.compact === '') return [];
    const hits: (SearchResult & { prominence: number })[] = [];
    for (const entry of this.entries) {
      let best = 0;
      // Indexed loops: an iterator is an object per loop until the engine optimises it away.
      for (let i = 0; i < entry.spellings.length; i++) best = Math.max(best, score(q, entry.spellings[i]!));
      if (best > 0) hits.push({ id: entry.id, score: best / POINT, prominence: entry.prominence });
    }
    // Ids are ASCII: compared by code unit (localeCompare builds a collator on its first call: ~5 ms of the first keystroke).
    hits.sort((a, b) => b.score - a.score || b.prominence - a.prominence || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return hits.slice(0, limit).map(({ id, score }) => ({ id, score }));
  }
}

/**
 * Every spelling of every term, folded and canonicalised: the expensive part of the search (50-60 ms for the
 * whole glossary in a popup), done once at build time for the popup. The entries survive JSON.
 */
export function prepareSearch(terms: readonly Term[]): SearchEntry[] {
  // How many other terms point at a term: a glossary-made measure of how central it is, used only to order
  // ties ("gionevo" is the Accords and the Conference alike; the Accords are linked more).
  const inbound = new Map<string, number>();
  for (const t of terms) for (const r of new Set(t.related ?? [])) inbound.set(r, (inbound.get(r) ?? 0) + 1);
  return terms.map((term) => ({
    id: term.id,
    prominence: inbound.get(term.id) ?? 0,
    spellings: dedupe(
      [...spellingsOf(term), ...(term.name.en ? [term.name.en] : [])].flatMap(transliterationVariants).map(prepare),
    ),
  }));
}

function prepare(spelling: string): Spelling {
  const folded = looseKey(spelling).key.trim();
  const wordStarts: number[] = [];
  let compact = '';
  let atWordStart = true;
  for (const ch of folded) {
    if (ch === ' ' || ch === '-') {
      atWordStart = true;
      continue;
    }
    if (atWordStart) wordStarts.push(compact.length);
    atWordStart = false;
    compact += ch;
  }
  return { canon: stripSeparators(canonicalize(spelling)), compact, wordStarts };
}

function dedupe(spellings: Spelling[]): Spelling[] {
  const seen = new Set<string>();
  return spellings.filter((s) => !seen.has(s.canon) && !!seen.add(s.canon));
}

function describeQuery(text: string): Query {
  const compact = stripSeparators(looseKey(text).key);
  const canon = stripSeparators(canonicalize(text));
  return { canon, compact, hasDiacritics: canon !== compact };
}

function stripSeparators(text: string): string {
  return text.replace(/[\s-]+/g, '');
}

function score(q: Query, s: Spelling): number {
  if (q.canon === s.canon) return EXACT;
  if (q.compact === s.compact) return EXACT_FOLDED;
  const n = q.compact.length;
  if (s.compact.startsWith(q.compact)) return PREFIX + closeness(q, s, 0) + agrees(q, s, 0);
  let best = 0;
  if (n >= 2) {
    for (let i = 0; i < s.wordStarts.length; i++) {
      const w = s.wordStarts[i]!;
      if (w > 0 && s.compact.startsWith(q.compact, w)) {
        // Folding keeps positions (one folded letter per canonical letter), so `w` is valid in `canon` too.
        best = Math.max(best, WORD_PREFIX + closeness(q, s, w) + agrees(q, s, w));
      }
    }
    if (best > 0) return best;
  }
  if (n >= MIN_FUZZY) {
    for (let i = 0; i < s.wordStarts.length; i++) {
      const w = s.wordStarts[i]!;
      if (w > 0 && n < MIN_FUZZY_WORD) break;
      if (editsAtMostOne(q.compact, s.compact, w, Math.min(s.compact.length, w + n + 1))) {
        return FUZZY + closeness(q, s, w) - (w > 0 ? POINT : 0);
      }
    }
  }
  if (n >= MIN_SUBSTRING && s.compact.includes(q.compact)) return SUBSTRING + closeness(q, s, 0);
  return 0;
}

// Plain functions, not closures made per call: scoring runs for every spelling on every keystroke, and what
// it allocates comes back as garbage-collection pauses while the reader types.

/** Up to 5 points for a spelling (from `from`) whose length is close to the query's. */
function closeness(q: Query, s: Spelling, from: number): number {
  return Math.round(Math.min(q.compact.length / Math.max(s.compact.length - from, 1), 1) * 5 * POINT);
}

/** 2 points when the typed diacritics agree with the spelling's ("hiệp định pa" prefers Vietnamese names). */
function agrees(q: Query, s: Spelling, from: number): number {
  return q.hasDiacritics && s.canon.startsWith(q.canon, from) ? 2 * POINT : 0;
}

/**
 * Damerau–Levenshtein distance ≤ 1 between the query `a` and the start of a spelling `b` (which may run one
 * character past the query's end: a typo in a prefix still finds the whole name).
 */
export function withinOneEdit(a: string, b: string): boolean {
  return editsAtMostOne(a, b, 0, b.length);
}

/** `withinOneEdit(a, b.slice(from, to))` without making the slices. */
function editsAtMostOne(a: string, b: string, from: number, to: number): boolean {
  const bl = to - from;
  let i = 0;
  while (i < a.length && i < bl && a.charCodeAt(i) === b.charCodeAt(from + i)) i++;
  if (i === a.length) return true; // b starts with a
  return (
    restStartsWith(a, i + 1, b, from + i + 1, to) || // substitution
    restStartsWith(a, i + 1, b, from + i, to) || // extra character in the query
    restStartsWith(a, i, b, from + i + 1, to) || // missing character in the query
    (i + 1 < bl && i + 1 < a.length && a.charCodeAt(i) === b.charCodeAt(from + i + 1) &&
      a.charCodeAt(i + 1) === b.charCodeAt(from + i) && restStartsWith(a, i + 2, b, from + i + 2, to)) // transposition
  );
}

/** Whether b[bi, to) starts with a[ai, a.length). */
function restStartsWith(a: string, ai: number, b: string, bi: number, to: number): boolean {
  if (to - bi < a.length - ai) return a.length - ai === 0;
  for (let k = 0; ai + k < a.length; k++) if (a.charCodeAt(ai + k) !== b.charCodeAt(bi + k)) return false;
  return true;
}

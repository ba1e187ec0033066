import { canonicalize } from '../text/canonicalize';
import { looseKey } from '../text/loose-key';
import { spellingsOf, transliterationVariants } from './compile';
import type { Term } from './schema';

export type SearchResult = { id: string; score: number };

/**
 * Every way of writing every term, prepared once (at build time for the popup: the package's `search-index.json`) and
 * laid out flat: two long strings and a few number lists instead of an object per spelling. A popup holding
 * ~2,700 small objects (an object and a word list per spelling, per term) paid for them on each of its first
 * garbage collections, which copy every live young object, and those landed on keystrokes (5-6 ms each,
 * measured). It survives JSON.
 */
export type SearchIndex = {
  ids: string[];
  /** How many other terms point at each term: used only to order ties. */
  prominence: number[];
  /** Per term, its first spelling; one more entry closes the last term's run. */
  firstSpelling: number[];
  /**
   * Every spelling folded (no diacritics, đ → d, lower case, spaces and dashes dropped: "hiepdinhgionevo"),
   * each preceded by a newline and the last one followed by one.
   */
  compact: string;
  /**
   * The same spellings tone-canonical and lower case, spaces and dashes dropped, at the same positions: folding
   * keeps one letter per letter, so a position in `compact` is the same letter's position here.
   */
  canon: string;
  /**
   * Where each spelling starts in both strings (its newline is one before the next start); one more entry closes
   * the list.
   */
  starts: number[];
  /** Where each word of each spelling starts, counted from the spelling's start (0 included). */
  wordStarts: number[];
  /** Per spelling, its first entry in `wordStarts`; one more entry closes the list. */
  firstWordStart: number[];
};

type Query = { canon: string; compact: string; hasDiacritics: boolean };

// Tiers, best first: a whole spelling typed (with its diacritics, then without), the start of a spelling, the
// start of a later word in it, one typo, anywhere inside. Within a tier up to 5 points go to the spelling closest
// in length to the query (the query says more of it), and 2 to one whose diacritics agree with those typed.
// Counted in hundredths of a point: whole numbers, which the engine keeps unboxed even in code it has not
// optimised yet (a fraction there is an allocation, and a keystroke scores every spelling).
// A tier's points with both extras stay below the next tier's, so a spelling's score is its best tier's.
const POINT = 100;
const EXACT = 100 * POINT;
const EXACT_FOLDED = 95 * POINT;
const PREFIX = 80 * POINT;
const WORD_PREFIX = 60 * POINT;
const FUZZY = 40 * POINT;
const SUBSTRING = 30 * POINT;
// Shorter queries make typos and substrings match nearly everything.
const MIN_WORD_PREFIX = 2;
const MIN_FUZZY = 4;
const MIN_FUZZY_WORD = 5;
const MIN_SUBSTRING = 3;

/**
 * Lookup for the toolbar popup and `glossary search`: with or without diacritics, either tone placement,
 * acronyms in any case, English/French names, prefixes, one typo. Lookup-only terms are included.
 *
 * A keystroke finds the query in all spellings at once with the engine's own string search, then tries one typo
 * at each word start of the spellings that did not already match better; there is no inverted index (~1,100
 * spellings for 271 terms): see docs/decisions/003-own-lookup-ranking.md for why no search library is used.
 */
export class GlossarySearch {
  private readonly starts: Int32Array;
  private readonly wordStarts: Uint16Array;
  private readonly firstWordStart: Int32Array;
  /** Each spelling's score for the current keystroke, in hundredths: reused, so a keystroke allocates little. */
  private readonly scores: Int32Array;

  /** From an index made by `prepareSearch` (the popup receives it prepared at build time). */
  constructor(private readonly index: SearchIndex) {
    this.starts = Int32Array.from(index.starts);
    this.wordStarts = Uint16Array.from(index.wordStarts);
    this.firstWordStart = Int32Array.from(index.firstWordStart);
    this.scores = new Int32Array(index.starts.length - 1);
  }

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
    const scores = this.scores;
    scores.fill(0);
    this.scoreOccurrences(q);
    if (q.compact.length >= MIN_FUZZY) this.scoreTypos(q);
    return this.ranked(limit);
  }

  /** Every place the folded query occurs: a whole spelling, its start, a later word's start, or inside. */
  private scoreOccurrences(q: Query): void {
    const { compact, canon } = this.index;
    const { starts, scores } = this;
    const n = q.compact.length;
    // A one-letter query only counts at a spelling's start: looking for it after the newline skips the rest.
    const atStartOnly = n < MIN_WORD_PREFIX;
    const needle = atStartOnly ? '\n' + q.compact : q.compact;
    let k = 0; // the spelling the occurrence is in: occurrences come in order, so it only moves forward
    for (let at = compact.indexOf(needle); at !== -1; at = compact.indexOf(needle, at + 1)) {
      const pos = atStartOnly ? at + 1 : at;
      while (starts[k + 1]! <= pos) k++;
      const from = pos - starts[k]!;
      const length = starts[k + 1]! - 1 - starts[k]!;
      let points = 0;
      if (from === 0) {
        points = n === length
          ? q.canon.length === length && canon.startsWith(q.canon, pos) ? EXACT : EXACT_FOLDED
          : PREFIX + closeness(n, length) + this.agrees(q, pos);
      } else if (this.isWordStart(k, from)) {
        points = WORD_PREFIX + closeness(n, length - from) + this.agrees(q, pos);
      } else if (n >= MIN_SUBSTRING) {
        points = SUBSTRING + closeness(n, length);
      }
      if (points > scores[k]!) scores[k] = points;
    }
  }

  /** One typo at the start of a spelling, or (for longer queries) of any word in it. */
  private scoreTypos(q: Query): void {
    const { compact } = this.index;
    const { starts, wordStarts, firstWordStart, scores } = this;
    const n = q.compact.length;
    const lastWord = n >= MIN_FUZZY_WORD ? Infinity : 1;
    for (let k = 0; k < scores.length; k++) {
      if (scores[k]! >= FUZZY) continue; // a better tier already
      const start = starts[k]!;
      const end = starts[k + 1]! - 1;
      const words = Math.min(firstWordStart[k + 1]!, firstWordStart[k]! + lastWord);
      for (let i = firstWordStart[k]!; i < words; i++) {
        const w = wordStarts[i]!;
        if (editsAtMostOne(q.compact, compact, start + w, Math.min(end, start + w + n + 1))) {
          scores[k] = FUZZY + closeness(n, end - start - w) - (w > 0 ? POINT : 0);
          break;
        }
      }
    }
  }

  /** 2 points when the typed diacritics agree with the spelling's ("hiệp định pa" prefers Vietnamese names). */
  private agrees(q: Query, pos: number): number {
    return q.hasDiacritics && this.index.canon.startsWith(q.canon, pos) ? 2 * POINT : 0;
  }

  private isWordStart(k: number, from: number): boolean {
    for (let i = this.firstWordStart[k]!; i < this.firstWordStart[k + 1]!; i++) if (this.wordStarts[i] === from) return true;
    return false;
  }

  /** Each term at its best spelling's score, best first; ties go to the more linked term, then by id. */
  private ranked(limit: number): SearchResult[] {
    const { ids, prominence, firstSpelling } = this.index;
    const hits: { term: number; points: number }[] = [];
    for (let t = 0; t < ids.length; t++) {
      let best = 0;
      for (let k = firstSpelling[t]!; k < firstSpelling[t + 1]!; k++) if (this.scores[k]! > best) best = this.scores[k]!;
      if (best > 0) hits.push({ term: t, points: best });
    }
    // Ids are ASCII: compared by code unit (localeCompare builds a collator on its first call: ~5 ms of the first keystroke).
    hits.sort((a, b) => b.points - a.points || prominence[b.term]! - prominence[a.term]! ||
      (ids[a.term]! < ids[b.term]! ? -1 : ids[a.term]! > ids[b.term]! ? 1 : 0));
    return hits.slice(0, limit).map(({ term, points }) => ({ id: ids[term]!, score: points / POINT }));
  }
}

/**
 * Every spelling of every term, folded and canonicalised: the expensive part of the search (50-60 ms for the
 * whole glossary in a popup), done once at build time for the popup.
 */
export function prepareSearch(terms: readonly Term[]): SearchIndex {
  // How many other terms point at a term: a glossary-made measure of how central it is, used only to order
  // ties ("gionevo" is the Accords and the Conference alike; the Accords are linked more).
  const inbound = new Map<string, number>();
  for (const t of terms) for (const r of new Set(t.related ?? [])) inbound.set(r, (inbound.get(r) ?? 0) + 1);
  const index: SearchIndex = {
    ids: [], prominence: [], firstSpelling: [], compact: '\n', canon: '\n', starts: [], wordStarts: [], firstWordStart: [],
  };
  for (const term of terms) {
    index.ids.push(term.id);
    index.prominence.push(inbound.get(term.id) ?? 0);
    index.firstSpelling.push(index.starts.length);
    const seen = new Set<string>();
    for (const spelling of [...spellingsOf(term), ...(term.name.en ? [term.name.en] : [])].flatMap(transliterationVariants)) {
      const { compact, canon, wordStarts } = prepare(spelling);
      if (seen.has(canon)) continue;
      seen.add(canon);
      index.starts.push(index.compact.length);
      index.firstWordStart.push(index.wordStarts.length);
      index.wordStarts.push(...wordStarts);
      index.compact += compact + '\n';
      index.canon += canon + '\n';
    }
  }
  index.firstSpelling.push(index.starts.length);
  index.firstWordStart.push(index.wordStarts.length);
  index.starts.push(index.compact.length);
  return index;
}

function prepare(spelling: string): { compact: string; canon: string; wordStarts: number[] } {
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
  const canon = stripSeparators(canonicalize(spelling));
  // The search reads both strings at the same positions (see SearchIndex.canon).
  if (canon.length !== compact.length) throw new Error(`search: "${spelling}" folds to ${compact.length} letters but has ${canon.length}`);
  return { compact, canon, wordStarts };
}

function describeQuery(text: string): Query {
  const compact = stripSeparators(looseKey(text).key);
  const canon = stripSeparators(canonicalize(text));
  return { canon, compact, hasDiacritics: canon !== compact };
}

/**
 * A text folded the way the search folds spellings, its words kept apart by one space: lower case, no
 * diacritics, đ → d, dashes, punctuation and space runs → one space ("Giơ-ne-vơ (Thụy Sĩ)" → "gio ne vo thuy si").
 * For matching other text the popup's way, such as the timeline's event titles.
 */
export function foldWords(text: string): string {
  return looseKey(text).key.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function stripSeparators(text: string): string {
  return text.replace(/[\s-]+/g, '');
}

/** Up to 5 points for a spelling (from where the query matched) whose length is close to the query's. */
function closeness(queryLength: number, restLength: number): number {
  return Math.round(Math.min(queryLength / Math.max(restLength, 1), 1) * 5 * POINT);
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

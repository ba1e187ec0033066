// Character classes shared by the loose key (whole-page scan) and the canonical form (candidate check).
// Hand-written tables instead of per-character regexes: the page scan touches every character of every
// page, and a Unicode property regex per character is several times slower than a typed-array lookup.

/** Code points that render as a space: all map to one ASCII space, and runs collapse. */
export function isSpaceLike(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** Invisible characters that may sit inside a word (soft hyphen, zero-width, bidi marks, BOM): dropped. */
export function isInvisible(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200f) || c === 0x2060 || c === 0xfeff || c === 0x180e;
}

/** Hyphen and dash variants (hyphen-minus, ‐ ‑ ‒ – — ―, minus, small and full-width hyphens): one '-'. */
export function isDash(c: number): boolean {
  return c === 0x2d || (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d;
}

/** Combining marks: in NFD text they belong to the letter before them. */
export function isCombiningMark(c: number): boolean {
  return (
    (c >= 0x0300 && c <= 0x036f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x1dc0 && c <= 0x1dff) ||
    (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f)
  );
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const wordCharCache = new Map<number, boolean>();

/** A letter or digit: what may not stand just outside a match. */
export function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (isCombiningMark(c)) return true;
  let known = wordCharCache.get(c);
  if (known === undefined) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(c));
    wordCharCache.set(c, known);
  }
  return known;
}

// Fold table for the Latin blocks Vietnamese uses: lower case, marks stripped, đ → d.
// Built lazily from the platform's own NFD so it stays correct without a hand-typed list.
let latinFold: Uint16Array | null = null;
const LATIN_START = 0x00c0;
const LATIN_END = 0x024f;
const EXT_START = 0x1e00;
const EXT_END = 0x1eff;

function buildLatinFold(): Uint16Array {
  const table = new Uint16Array(LATIN_END - LATIN_START + 1 + EXT_END - EXT_START + 1);
  // One NFD and one toLowerCase over all the characters, split back per character: a call per character
  // cost several milliseconds of every tab's start-up. "\u0001" survives both unchanged.
  const codes: number[] = [];
  for (let c = LATIN_START; c <= LATIN_END; c++) codes.push(c);
  for (let c = EXT_START; c <= EXT_END; c++) codes.push(c);
  const bases = codes.map((c) => String.fromCharCode(c)).join('\u0001').normalize('NFD').toLowerCase().split('\u0001');
  for (let i = 0; i < codes.length; i++) table[i] = bases[i]!.length > 0 ? bases[i]!.charCodeAt(0) : codes[i]!;
  table[0x0110 - LATIN_START] = 0x64; // Đ
  table[0x0111 - LATIN_START] = 0x64; // đ
  return table;
}

const otherFoldCache = new Map<number, number>();

/** The loose-key form of one code unit: lower case, no marks, đ → d. */
/**
 * Characters pages type for another: typographic apostrophes for ' (People’s Republic), the Icelandic eth Ð/ð for
 * the Vietnamese Đ/đ (Lê Ðức Thọ). Both the loose key and the canonical form read them as the character meant.
 */
export const LOOKALIKES = new Map<number, number>([
  [0x2019, 0x27], [0x2018, 0x27], [0x02bc, 0x27], [0x00d0, 0x0110], [0x00f0, 0x0111],
]);

export function foldChar(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 32 : c;
  const lookalike = LOOKALIKES.get(c);
  if (lookalike !== undefined) return foldChar(lookalike);
  if ((c >= LATIN_START && c <= LATIN_END) || (c >= EXT_START && c <= EXT_END)) {
    latinFold ??= buildLatinFold();
    return latinFold[c <= LATIN_END ? c - LATIN_START : c - EXT_START + (LATIN_END - LATIN_START + 1)]!;
  }
  let folded = otherFoldCache.get(c);
  if (folded === undefined) {
    const lower = String.fromCharCode(c).toLowerCase();
    folded = lower.length === 1 ? lower.charCodeAt(0) : c;
    otherFoldCache.set(c, folded);
  }
  return folded;
}

/** LOWER[c]: c's lower case when it is one code unit that never depends on its neighbours; NOT_SIMPLE otherwise; 0 until asked. */
const LOWER = new Uint16Array(0x10000);
const NOT_SIMPLE = 0xffff;
/** Σ lower-cases to ς at a word's end and to σ elsewhere: the one context-dependent mapping of toLowerCase. */
const CAPITAL_SIGMA = 0x03a3;

function lowerOf(c: number): number {
  let l = LOWER[c]!;
  if (l === 0) {
    const s = String.fromCharCode(c).toLowerCase();
    l = LOWER[c] = s.length === 1 && c !== CAPITAL_SIGMA && c !== NOT_SIMPLE ? s.charCodeAt(0) : NOT_SIMPLE;
  }
  return l;
}

/**
 * Whether text[start, end) lower-cased is exactly `lower`: `text.slice(start, end).toLowerCase() === lower`
 * without making either string, for the matcher's check of every candidate (most of a page's candidates are
 * spelled as their alias is, and made a string each only to be compared). Undefined where that cannot be told
 * one code unit at a time (İ, Σ): ask toLowerCase then.
 */
export function lowerCaseEquals(text: string, start: number, end: number, lower: string): boolean | undefined {
  if (end - start !== lower.length) {
    // A span of another length may still lower-case to `lower` only through a mapping that changes length.
    for (let i = start; i < end; i++) if (lowerOf(text.charCodeAt(i)) === NOT_SIMPLE) return undefined;
    return false;
  }
  for (let i = start, j = 0; i < end; i++, j++) {
    const l = lowerOf(text.charCodeAt(i));
    if (l === NOT_SIMPLE) return undefined;
    if (l !== lower.charCodeAt(j)) return false;
  }
  return true;
}

import { foldChar, isCombiningMark, isDash, isInvisible, isSpaceLike } from './chars';

/**
 * A folded view of a text for the multi-pattern scan, with an exact map back to the original.
 *
 * Folding: lower case, combining marks and tone/vowel marks stripped, đ → d, invisible characters dropped,
 * space-like runs → one space, any dash with or without spaces around it → '-'. Key position k stands for
 * the original UTF-16 range [start[k], end[k]); a key range [a, b) stands for [start[a], end[b - 1]).
 */
export type FoldedText = {
  /** The folded code units; only the first `length` are meaningful. */
  codes: Uint16Array;
  start: Int32Array;
  end: Int32Array;
  length: number;
};

export type LooseKey = {
  key: string;
  start: Int32Array;
  end: Int32Array;
};

const SPACE = 0x20;
const HYPHEN = 0x2d;
// Table values with a special meaning (the code units 1 and 2 themselves are folded to a space).
const UNKNOWN = 0;
const DROP = 1;
const MARK = 2;

/**
 * One lookup per character: every code unit's folded form, filled eagerly for the blocks Vietnamese text
 * uses and lazily for the rest. 128 KB, shared by every scan in the tab.
 */
const table = new Uint16Array(0x10000);

function classify(c: number): number {
  if (isCombiningMark(c)) return MARK;
  if (isInvisible(c)) return DROP;
  if (isSpaceLike(c) || c < 0x20 || c === 0x7f) return SPACE;
  if (isDash(c)) return HYPHEN;
  const f = foldChar(c);
  return f <= MARK ? SPACE : f;
}

function fill(from: number, to: number) {
  for (let c = from; c <= to; c++) table[c] = classify(c);
}
fill(0x0000, 0x024f);
fill(0x0300, 0x036f);
fill(0x1e00, 0x1eff);
fill(0x2000, 0x206f);

/** Folds `text` into reusable buffers (grown as needed), for the scanner's hot path. */
export function fold(text: string, into?: FoldedText): FoldedText {
  const n = text.length;
  let out = into;
  if (!out || out.codes.length < n) {
    // Grown by doubling: a page's blocks come in every length, and growing to each new longest one in turn
    // reallocated the buffers over and over early in a page.
    const size = Math.max(n, 1024, 2 * (out?.codes.length ?? 0));
    out = { codes: new Uint16Array(size), start: new Int32Array(size), end: new Int32Array(size), length: 0 };
  }
  const { codes, start, end } = out;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let f = table[c]!;
    if (f === UNKNOWN) f = table[c] = classify(c);
    if (f === MARK) {
      // A mark belongs to the letter before it.
      if (k > 0) end[k - 1] = i + 1;
      continue;
    }
    if (f === DROP) continue;
    if (f === SPACE) {
      const prev = k > 0 ? codes[k - 1] : -1;
      if (prev === SPACE || prev === HYPHEN) {
        // Collapse a run, and swallow spaces after a dash ("Việt – Pháp" → "viet-phap").
        end[k - 1] = i + 1;
        continue;
      }
    } else if (f === HYPHEN && k > 0 && codes[k - 1] === SPACE) {
      // Swallow the space before a dash: it becomes part of the dash's original range.
      codes[k - 1] = HYPHEN;
      end[k - 1] = i + 1;
      continue;
    }
    codes[k] = f;
    start[k] = i;
    end[k] = i + 1;
    k++;
  }
  out.length = k;
  return out;
}

/** looseKey's folding buffers, reused: it copies out what it returns (building the tables and the popup's search
 *  call it once per word). */
let scratch: FoldedText | undefined;

export function looseKey(text: string): LooseKey {
  const f = (scratch = fold(text, scratch));
  let key = '';
  // Build the string in slices: String.fromCharCode with a huge spread overflows the stack.
  const SLICE = 8192;
  for (let i = 0; i < f.length; i += SLICE) key += String.fromCharCode(...f.codes.subarray(i, Math.min(f.length, i + SLICE)));
  return { key, start: f.start.slice(0, f.length), end: f.end.slice(0, f.length) };
}

/** The original range a key range [a, b) stands for. */
export function originalRange(lk: { start: Int32Array; end: Int32Array }, a: number, b: number): [number, number] {
  return [lk.start[a]!, lk.end[b - 1]!];
}

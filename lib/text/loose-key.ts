import { foldChar, isCombiningMark, isDash, isInvisible, isSpaceLike } from './chars';

/**
 * A folded view of a text for the multi-pattern scan, with an exact map back to the original.
 *
 * Folding: lower case, combining marks and tone/vowel marks stripped, đ → d, invisible characters dropped,
 * space-like runs → one space, any dash with or without spaces around it → '-'. Key position k stands for
 * the original UTF-16 range [start[k], end[k]); a key range [a, b) stands for [start[a], end[b - 1]).
 */
export type LooseKey = {
  key: string;
  start: Int32Array;
  end: Int32Array;
};

const SPACE = 0x20;
const HYPHEN = 0x2d;

export function looseKey(text: string): LooseKey {
  const n = text.length;
  const codes = new Uint16Array(n);
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isCombiningMark(c) || isInvisible(c)) {
      // A mark belongs to the letter before it; an invisible character is simply skipped.
      if (k > 0 && isCombiningMark(c)) end[k - 1] = i + 1;
      continue;
    }
    if (isSpaceLike(c)) {
      const prev = k > 0 ? codes[k - 1] : -1;
      if (prev === SPACE || prev === HYPHEN) {
        // Collapse a run, and swallow spaces after a dash ("Việt – Pháp" → "viet-phap").
        end[k - 1] = i + 1;
        continue;
      }
      codes[k] = SPACE;
      start[k] = i;
      end[k] = i + 1;
      k++;
      continue;
    }
    if (isDash(c)) {
      if (k > 0 && codes[k - 1] === SPACE) {
        // Swallow the space before a dash: it becomes part of the dash's original range.
        k--;
        codes[k] = HYPHEN;
        end[k] = i + 1;
        k++;
        continue;
      }
      codes[k] = HYPHEN;
      start[k] = i;
      end[k] = i + 1;
      k++;
      continue;
    }
    codes[k] = foldChar(c);
    start[k] = i;
    end[k] = i + 1;
    k++;
  }
  let key = '';
  // Build the string in slices: String.fromCharCode with a huge spread overflows the stack.
  const SLICE = 8192;
  for (let i = 0; i < k; i += SLICE) key += String.fromCharCode(...codes.subarray(i, Math.min(k, i + SLICE)));
  return { key, start: start.subarray(0, k), end: end.subarray(0, k) };
}

/** The original range a key range [a, b) stands for. */
export function originalRange(lk: LooseKey, a: number, b: number): [number, number] {
  return [lk.start[a]!, lk.end[b - 1]!];
}

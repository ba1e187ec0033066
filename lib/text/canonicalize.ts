import { isCombiningMark, isDash, isInvisible, isSpaceLike, LOOKALIKES } from './chars';
import { placeTone } from './tone';

/**
 * The canonical form two spellings of one name share: NFC, invisible characters dropped, space-like runs →
 * one space, dashes (with or without spaces around them) → '-', tone marks in one position, lower case.
 * Computed for aliases when the index is built and for candidate spans only, never for a whole page
 * (see docs/decisions/001-loose-key-then-verify.md).
 */
export function canonicalize(text: string): string {
  const decomposed = normalizeLayout(text).normalize('NFD').toLowerCase();
  // A syllable is a run of letters and the marks on them; everything else passes through.
  return decomposed.replace(/[\p{L}\p{M}]+/gu, placeTone).normalize('NFC');
}

/** Spaces, dashes and invisible characters as the loose key treats them. */
export function normalizeLayout(text: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isInvisible(c)) continue;
    if (isSpaceLike(c)) {
      pendingSpace = out.length > 0 && !out.endsWith('-');
      continue;
    }
    if (isDash(c)) {
      pendingSpace = false;
      out += '-';
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    const meant = LOOKALIKES.get(c);
    out += meant === undefined ? text[i] : String.fromCharCode(meant);
  }
  return out;
}

/** True when the text carries no Vietnamese diacritic at all (no combining mark after NFD, no đ). */
export function isDiacriticFree(text: string): boolean {
  const nfd = text.normalize('NFD');
  for (let i = 0; i < nfd.length; i++) {
    const c = nfd.charCodeAt(i);
    if (isCombiningMark(c) || c === 0x0110 || c === 0x0111) return false;
  }
  return true;
}

/** How many syllables (letter runs) a name has: "Liên hợp quốc" → 3, "Giơ-ne-vơ" → 3. */
export function syllableCount(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu)?.length ?? 0;
}

// One canonical position for the tone mark of a Vietnamese syllable, so that the old and new placements
// (hoà/hòa, khoẻ/khỏe, thuỷ/thủy, uỷ/ủy) and NFD/NFC spellings compare equal.
//
// Works on one lower-case NFD syllable. The tone is lifted off and put back by the standard rule:
// a vowel with a quality mark (ă â ê ô ơ ư) takes it (the last one: ươ → ơ); else a lone vowel; else the
// middle of three; else, of two, the second when a final consonant follows, and for oa/oe/uy with no final
// (where the styles disagree) we pick the second too; other pairs (ia, ua, ai, oi…) take the first.
// "qu" and "gi" + vowel are onsets. Syllables that do not look Vietnamese are returned unchanged.

const TONES = new Set([0x0300, 0x0301, 0x0303, 0x0309, 0x0323]);
const QUALITY = new Set([0x0302, 0x0306, 0x031b]);
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const FINALS = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);
const SECOND_WHEN_OPEN = new Set(['oa', 'oe', 'uy']);

type Unit = { base: string; quality: string };

export function placeTone(syllable: string): string {
  let tone = '';
  let toneCount = 0;
  const units: Unit[] = [];
  for (const ch of syllable) {
    const c = ch.charCodeAt(0);
    if (TONES.has(c)) {
      tone = ch;
      toneCount++;
    } else if (QUALITY.has(c) && units.length > 0) {
      units[units.length - 1]!.quality += ch;
    } else {
      units.push({ base: ch, quality: '' });
    }
  }
  if (toneCount !== 1) return syllable;

  let i = 0;
  while (i < units.length && !VOWELS.has(units[i]!.base)) i++;
  const onsetEnd = i;
  if (onsetEnd === units.length) return syllable;
  let nucleusStart = onsetEnd;
  const prev = onsetEnd > 0 ? units[onsetEnd - 1]!.base : '';
  const next = units[onsetEnd + 1];
  const nextIsVowel = next !== undefined && VOWELS.has(next.base);
  if ((prev === 'q' && units[onsetEnd]!.base === 'u' && nextIsVowel) ||
      (prev === 'g' && onsetEnd === 1 && units[onsetEnd]!.base === 'i' && units[onsetEnd]!.quality === '' && nextIsVowel)) {
    nucleusStart++;
  }
  let nucleusEnd = nucleusStart;
  while (nucleusEnd < units.length && VOWELS.has(units[nucleusEnd]!.base)) nucleusEnd++;
  const final = units.slice(nucleusEnd).map((u) => u.base + u.quality).join('');
  if (!FINALS.has(final) || nucleusEnd - nucleusStart > 3) return syllable;

  const nucleus = units.slice(nucleusStart, nucleusEnd);
  let at = -1;
  for (let j = 0; j < nucleus.length; j++) if (nucleus[j]!.quality !== '') at = j;
  if (at < 0) {
    if (nucleus.length === 1) at = 0;
    else if (nucleus.length === 3) at = 1;
    else if (final !== '' || SECOND_WHEN_OPEN.has(nucleus.map((u) => u.base).join(''))) at = 1;
    else at = 0;
  }
  const target = units[nucleusStart + at]!;
  target.quality += tone;
  return units.map((u) => u.base + u.quality).join('');
}

// One form per word in Tre's own Vietnamese text: the textbook's (data/house-spelling.json says which).
// Checked by `glossary check` over names, summaries, event titles and eras; aliases are exempt, since they
// record how pages write a term, not how Tre writes.

export type HouseSpelling = {
  /** Lower-case syllables written another way in the house style (ký → kí). Capitalised names keep theirs. */
  syllables: Record<string, string>;
  /** Exact spellings (case counts) and their house form (Campuchia → Cam-pu-chia). */
  phrases: Record<string, string>;
};

const TONES = '\u0300\u0301\u0303\u0309\u0323';
/**
 * An open oa / oe / uy with its tone on the first vowel (hòa, khỏe, thủy): the old placement, where the
 * textbook writes the tone on the second (hoà, khoẻ, thuỷ). After q, "uy" is "qu" + y and the tone sits on y
 * in both styles.
 */
const OLD_PLACEMENT = new RegExp(`^(?:.*[^q])?(?:o[${TONES}][ae]|u[${TONES}]y)$`);

/** The textbook's form of a syllable whose tone sits in the old place, or null when the syllable is fine. */
export function textbookTone(syllable: string): string | null {
  const nfd = syllable.normalize('NFD');
  if (!OLD_PLACEMENT.test(nfd.toLowerCase())) return null;
  // The tone mark is the second-last character: it moves after the last vowel.
  return (nfd.slice(0, -2) + nfd.at(-1)! + nfd.at(-2)!).normalize('NFC');
}

/** Every departure from the house spelling in `text`: "found → wanted". */
export function houseSpellingProblems(text: string, house: HouseSpelling): string[] {
  const problems: string[] = [];
  for (const { re, found, wanted } of phrasePatterns(house)) if (re.test(text)) problems.push(`${found} → ${wanted}`);
  for (const word of text.normalize('NFC').match(/[\p{L}\p{M}]+/gu) ?? []) {
    const wanted = house.syllables[word];
    if (wanted) problems.push(`${word} → ${wanted}`);
    const moved = textbookTone(word);
    if (moved) problems.push(`${word} → ${moved}`);
  }
  return [...new Set(problems)];
}

const compiled = new WeakMap<HouseSpelling, { re: RegExp; found: string; wanted: string }[]>();

/** The phrases as whole-word patterns, built once per house spelling (the check reads a thousand texts). */
function phrasePatterns(house: HouseSpelling) {
  let list = compiled.get(house);
  if (!list) {
    list = Object.entries(house.phrases).map(([found, wanted]) => ({
      re: new RegExp(`(?<![\\p{L}\\p{M}-])${escape(found)}(?![\\p{L}\\p{M}])`, 'u'),
      found,
      wanted,
    }));
    compiled.set(house, list);
  }
  return list;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

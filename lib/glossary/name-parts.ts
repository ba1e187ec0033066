import { canonicalize, isDiacriticFree } from '../text/canonicalize';
import { looseKey } from '../text/loose-key';

// Words written differently inside names (data/name-parts.json): "Liên Hiệp Quốc" for "Liên hợp quốc" in the
// overseas press, "Paris" for "Pa-ri", "Viet Nam" for "Vietnam". Each equivalence is stated once and expanded
// here, at build time, into every spelling that contains one of the words, instead of alias by alias.

/** At most this many spellings come out of one: a name with several swappable words stays bounded. */
const MAX_VARIANTS = 24;

type Group = { pattern: RegExp; members: string[] };

export class NameParts {
  private readonly groups: Group[];

  constructor(groups: readonly (readonly string[])[]) {
    this.groups = groups.map((members) => {
      const canon = [...new Set(members.map((m) => canonicalize(m)))];
      // Longest first, so "liên bang xô viết" is found before "xô viết".
      const alternatives = [...canon].sort((a, b) => b.length - a.length).map(escape).join('|');
      // Whole words between spaces or dashes: a numeral inside a date ("1/11/2022") is not an ordinal.
      return { pattern: new RegExp(`(?<![^\\s\\-–—])(?:${alternatives})(?![^\\s\\-–—,])`, 'gu'), members: canon };
    });
  }

  /** The other spellings of `spelling` (in canonical form) with its swappable words swapped; not the spelling itself. */
  variants(spelling: string): string[] {
    const original = canonicalize(spelling);
    let forms = [original];
    for (const { pattern, members } of this.groups) {
      const next: string[] = [];
      for (const form of forms) {
        const found = [...form.matchAll(pattern)];
        if (found.length === 0) {
          next.push(form);
          continue;
        }
        // Every choice of member at each place the group's words occur.
        let partial = [''];
        let last = 0;
        for (const m of found) {
          const before = form.slice(last, m.index);
          partial = partial.flatMap((p) => members.map((w) => p + before + w));
          last = m.index! + m[0].length;
          if (partial.length > MAX_VARIANTS) break;
        }
        next.push(...partial.map((p) => p + form.slice(last)));
      }
      forms = [...new Set(next)].slice(0, MAX_VARIANTS);
    }
    // A variant that differs from another form only by its diacritics adds nothing: a page without diacritics
    // already matches by the loose key (decision 001), and one with them matches the form that has them.
    const seen = new Set<string>();
    const kept: string[] = [];
    for (const f of [original, ...forms.filter((f) => f !== original).sort((a, b) => Number(isDiacriticFree(a)) - Number(isDiacriticFree(b)))]) {
      const key = looseKey(f).key;
      if (seen.has(key)) continue;
      seen.add(key);
      if (f !== original) kept.push(f);
    }
    return kept;
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

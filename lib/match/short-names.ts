import type { Match } from './match-index';

/**
 * What one page has named so far, so that a person's short name counts only after the full name: news writes
 * "Nguyễn Phú Trọng" once, then "ông Trọng" or "Mr. Trong"; English prose "Xi Jinping", then "Xi". The matcher
 * offers a short name (flagged `short`) only where no other mention or blocker is, in a form that stands alone
 * as a name (lib/match/context-rules.ts, shortNameFits); this memory keeps it when that person's full name was
 * found earlier on the same page, and drops it when two people so named share it (a wrong card is worse than
 * none). docs/decisions/009-context-rules.md, "Short names".
 *
 * One plain object per page scan, no globals: create it when a page's scan starts, give it to
 * Matcher.findMatches with every block of that page in document order, and drop it with the page. (A block
 * rescanned after a change sees what the whole page named, which is what a reader has seen too.)
 */
export class ShortNames {
  /** Ids of every term found on the page so far by a full spelling. */
  private readonly named = new Set<string>();

  /**
   * The block's matches (sorted by start, as Matcher.findMatches returns them) without the short names that
   * nobody named earlier; remembers the full names among them. Short names stay flagged `short`.
   */
  admit(matches: readonly Match[]): Match[] {
    const out: Match[] = [];
    for (let i = 0; i < matches.length; i++) {
      const m = matches[i]!;
      if (!m.short) {
        this.named.add(m.id);
        out.push(m);
        continue;
      }
      // The people one short name may be: the matcher offers each of them at the same place.
      let j = i;
      while (j + 1 < matches.length && matches[j + 1]!.short && matches[j + 1]!.start === m.start && matches[j + 1]!.end === m.end) j++;
      const known = matches.slice(i, j + 1).filter((c) => this.named.has(c.id));
      if (known.length === 1) out.push(known[0]!);
      i = j;
    }
    return out;
  }

  /** Whether a term was named in full on this page so far. */
  hasNamed(id: string): boolean {
    return this.named.has(id);
  }
}

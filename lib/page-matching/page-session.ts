import type { Match } from '../match/match-index';
import { ShortNames } from '../match/short-names';

/** The matcher as the background holds it: compiled once, warm, shared by every tab (Matcher.findMatches). */
export type SharedMatcher = { findMatches(text: string, names?: ShortNames): Match[] };

/**
 * One page's matching, in the background: one per Port, so one per page scan. A matcher rule that needs to
 * remember something across a page's blocks (a short name counting as a person only after the full name
 * appeared earlier on the same page) keeps that memory here, created with the session and dropped with it.
 */
export type PageSession = {
  /** The mentions of each block, in order, as flat (start, end, term index) triples. */
  matchBlocks(texts: readonly string[]): number[][];
};

export function createPageSession(matcher: SharedMatcher, indexOf: ReadonlyMap<string, number>): PageSession {
  // People's short names ("ông Trọng", "Xi") count only after the full name on this page (lib/match/short-names.ts):
  // the page sends its blocks in document order, so this memory sees them as the in-page scanner would.
  const names = new ShortNames();
  return {
    matchBlocks(texts) {
      return texts.map((text) => {
        const flat: number[] = [];
        for (const m of matcher.findMatches(text, names)) {
          const index = indexOf.get(m.id);
          if (index !== undefined) flat.push(m.start, m.end, index);
        }
        return flat;
      });
    },
  };
}

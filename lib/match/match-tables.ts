import { buildAutomatonTables, type AutomatonTables } from './automaton';
import type { MatchIndex } from './match-index';

/** Pattern flags (see AliasPattern). */
export const CAPS_ONLY = 1;
export const LOOSE_OK = 2;
export const PROPER_CASE = 4;

/**
 * Everything the matcher needs, as flat arrays indexed by pattern (the order of MatchIndex.patterns): the form
 * the content script receives, unpacked from lib/match/packed-tables.ts without building anything.
 */
export type MatchTables = {
  ids: string[];
  /** Canonical form a page span must have to count as the pattern. */
  canon: string[];
  /** Index into `ids`, or -1 for a blocker phrase. */
  term: Int32Array;
  flags: Uint8Array;
  automaton: AutomatonTables;
};

/** Compiles an index into tables: at build time, and in tests and the command line. */
export function buildMatchTables(index: MatchIndex): MatchTables {
  const { patterns } = index;
  return {
    ids: index.ids,
    canon: patterns.map((p) => p.canon),
    term: Int32Array.from(patterns, (p) => p.term),
    flags: Uint8Array.from(patterns, (p) => (p.capsOnly ? CAPS_ONLY : 0) | (p.looseOk ? LOOSE_OK : 0) | (p.properCase ? PROPER_CASE : 0)),
    automaton: buildAutomatonTables(patterns.map((p) => p.key)),
  };
}

import { buildAutomatonTables, scanTablesOf, type ScanTables } from './automaton';
import { cuePhrasesOf, type CuePhrases } from './context-rules';
import type { MatchContext, MatchIndex } from './match-index';
import { StringList } from './string-list';

/** Pattern flags (see AliasPattern); the context rules (RULE_*) follow, shifted by RULES_SHIFT. */
export const CAPS_ONLY = 1;
export const LOOSE_OK = 2;
export const PROPER_CASE = 4;
export const RULES_SHIFT = 3;

/**
 * Everything the matcher needs, as flat arrays indexed by pattern (the order of MatchIndex.patterns): the form
 * the content script receives, viewed in place from the file lib/match/packed-tables.ts writes.
 */
export type MatchTables = {
  ids: StringList;
  /** Canonical form a page span must have to count as the pattern. */
  canon: StringList;
  /** Index into `ids`, or a PatternKind (BLOCKER, STATE_NAME, CUE_WORD). */
  term: Int32Array;
  flags: Uint16Array;
  /** AliasPattern.foreignWords. */
  foreign: Uint32Array;
  automaton: ScanTables;
  context: MatchContext;
  /** The context's cue phrases, canonicalised at build time (lib/match/context-rules.ts). */
  cues: CuePhrases;
};

/** Compiles an index into tables: at build time, and in tests and the command line. */
export function buildMatchTables(index: MatchIndex): MatchTables {
  const { patterns } = index;
  return {
    ids: StringList.of(index.ids),
    canon: StringList.of(patterns.map((p) => p.canon)),
    term: Int32Array.from(patterns, (p) => p.term),
    flags: Uint16Array.from(patterns, (p) =>
      (p.capsOnly ? CAPS_ONLY : 0) | (p.looseOk ? LOOSE_OK : 0) | (p.properCase ? PROPER_CASE : 0) | ((p.rules ?? 0) << RULES_SHIFT)),
    foreign: Uint32Array.from(patterns, (p) => p.foreignWords ?? 0),
    automaton: scanTablesOf(buildAutomatonTables(patterns.map((p) => p.key))),
    context: index.context,
    cues: cuePhrasesOf(index.context),
  };
}

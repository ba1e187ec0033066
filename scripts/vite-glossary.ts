import type { Plugin } from 'vite';
import type { MatchIndex } from '../lib/match/match-index';
import type { PackedMatchTables } from '../lib/match/packed-tables';
import { compileMatchIndex } from '../lib/glossary/compile';
import { buildMatchTables } from '../lib/match/match-tables';
import { packMatchTables } from '../lib/match/packed-tables';
import { DATA_DIR, loadGlossary } from './load-glossary';

const GLOSSARY = 'virtual:tre/glossary';
const MATCH_INDEX = 'virtual:tre/match-index';
const TERM_TYPES = 'virtual:tre/term-types';
const MODULES = [GLOSSARY, MATCH_INDEX, TERM_TYPES];

/**
 * Serves data/ to the bundles as virtual modules, validated at build time: the whole glossary for the
 * background and the extension pages, and only the compiled alias index and the term types for the content
 * script (which must stay small: it runs in every tab). A glossary with problems fails the build with the same list `glossary check` prints.
 */
export function glossaryPlugin(): Plugin {
  return {
    name: 'tre-glossary',
    resolveId(id) {
      if (MODULES.includes(id)) return '\0' + id;
      return null;
    },
    load(id) {
      if (!MODULES.some((m) => id === '\0' + m)) return null;
      this.addWatchFile(DATA_DIR);
      const g = loadGlossary();
      if (g.problems.length > 0) this.error(`glossary has problems:\n${g.problems.join('\n')}`);
      const value = id === '\0' + GLOSSARY
        ? { terms: g.terms, events: g.events, eras: g.eras }
        : id === '\0' + TERM_TYPES
          // The content script filters marks by the reader's chosen term types: the type of each id of the
          // match index, in the index's order (the ids are already in the content script once).
          ? compileMatchIndex(g.terms, g.blockers).ids.map((id) => g.terms.find((t) => t.id === id)!.type)
          // Prebuilt: the tab unpacks the automaton instead of building it (lib/match/packed-tables.ts).
          : packedMatchIndex(compileMatchIndex(g.terms, g.blockers));
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
    },
  };
}

/** The content script's match index: compiled, built into tables and packed (also used by the benchmark). */
export function packedMatchIndex(index: MatchIndex): PackedMatchTables {
  return packMatchTables(buildMatchTables(index));
}

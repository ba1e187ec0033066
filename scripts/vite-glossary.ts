import type { Plugin } from 'vite';
import type { MatchIndex } from '../lib/match/match-index';
import { compileMatchIndex } from '../lib/glossary/compile';
import { PACKAGED_GLOSSARY_FILE, PACKAGED_SEARCH_INDEX_FILE } from '../lib/glossary/packaged-files';
import { prepareSearch } from '../lib/glossary/search';
import { buildMatchTables } from '../lib/match/match-tables';
import { MATCH_TABLES_FILE, packMatchTables } from '../lib/match/packed-tables';
import { DATA_DIR, loadGlossary } from './load-glossary';

const GLOSSARY = 'virtual:tre/glossary';
const MATCH_TABLES = 'virtual:tre/match-tables';
const TERM_TYPES = 'virtual:tre/term-types';
const GLOSSARY_FILE = 'virtual:tre/glossary-file';
const SEARCH_INDEX_FILE = 'virtual:tre/search-index-file';
const MODULES = [GLOSSARY, MATCH_TABLES, TERM_TYPES, GLOSSARY_FILE, SEARCH_INDEX_FILE];

/**
 * Serves data/ to the bundles, validated at build time: the whole glossary for the background and the
 * extension pages, and the search prepared for the popup; for the content script (which must stay small: it
 * runs in every tab) only the term types, and the path of the match tables, which are written beside it as a
 * binary file (lib/match/packed-tables.ts) by the build that imports that path. A glossary with problems fails
 * the build with the same list `glossary check` prints.
 */
export function glossaryPlugin(): Plugin {
  // WXT also loads entrypoints in serve mode just to read their options: there is no output to write then.
  let writesFiles = false;
  return {
    name: 'tre-glossary',
    configResolved(config) {
      writesFiles = config.command === 'build';
    },
    resolveId(id) {
      if (MODULES.includes(id)) return '\0' + id;
      return null;
    },
    load(id) {
      if (!MODULES.some((m) => id === '\0' + m)) return null;
      this.addWatchFile(DATA_DIR);
      const g = loadGlossary();
      if (g.problems.length > 0) this.error(`glossary has problems:\n${g.problems.join('\n')}`);
      // The extension pages (popup, side panel, review) fetch the glossary and the search as data files rather
      // than carry them in their scripts: half a megabyte of script delayed the popup's first paint, and the
      // pages share one copy in the package.
      if (id === '\0' + GLOSSARY_FILE || id === '\0' + SEARCH_INDEX_FILE) {
        const [fileName, value] = id === '\0' + GLOSSARY_FILE
          ? [PACKAGED_GLOSSARY_FILE, { terms: g.terms, events: g.events, eras: g.eras }]
          // The popup's search, prepared here: folding every spelling took 50-60 ms of each popup opening.
          : [PACKAGED_SEARCH_INDEX_FILE, prepareSearch(g.terms)];
        if (writesFiles) this.emitFile({ type: 'asset', fileName, source: JSON.stringify(value) });
        return `export default ${JSON.stringify('/' + fileName)};`;
      }
      if (id === '\0' + MATCH_TABLES) {
        if (writesFiles) this.emitFile({ type: 'asset', fileName: MATCH_TABLES_FILE, source: packedMatchTables(compileMatchIndex(g.terms, g.blockers)) });
        return `export default ${JSON.stringify('/' + MATCH_TABLES_FILE)};`;
      }
      const value = id === '\0' + GLOSSARY
        ? { terms: g.terms, events: g.events, eras: g.eras }
        // The content script filters marks by the reader's chosen term types: the type of each id of the
        // match tables, in their order.
        : compileMatchIndex(g.terms, g.blockers).ids.map((id) => g.terms.find((t) => t.id === id)!.type);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
    },
  };
}

/** The content script's match tables, compiled and packed (also used by the benchmark). */
export function packedMatchTables(index: MatchIndex): Uint8Array {
  return packMatchTables(buildMatchTables(index));
}

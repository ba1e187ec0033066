import type { Plugin } from 'vite';
import type { MatchIndex } from '../lib/match/match-index';
import { compileGlossaryIndex } from '../lib/glossary/compile';
import { PACKAGED_GLOSSARY_FILE, PACKAGED_SEARCH_INDEX_FILE } from '../lib/glossary/packaged-files';
import { prepareSearch } from '../lib/glossary/search';
import { withBrief } from '../lib/glossary/short-summary';
import { buildMatchTables } from '../lib/match/match-tables';
import { MATCH_TABLES_FILE, packMatchTables } from '../lib/match/packed-tables';
import { DATA_DIR, loadGlossary } from './load-glossary';

const GLOSSARY = 'virtual:tre/glossary';
const MATCH_TABLES = 'virtual:tre/match-tables';
const TERM_TYPES = 'virtual:tre/term-types';
const MODULES = [GLOSSARY, MATCH_TABLES, TERM_TYPES];

/**
 * Serves data/ to the bundles, validated at build time: the whole glossary for the background; for the content script (which must stay small: it
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
      if (id === '\0' + MATCH_TABLES) {
        if (writesFiles) this.emitFile({ type: 'asset', fileName: MATCH_TABLES_FILE, source: packedMatchTables(compileGlossaryIndex(g)) });
        return `export default ${JSON.stringify('/' + MATCH_TABLES_FILE)};`;
      }
      const value = id === '\0' + GLOSSARY
        ? { terms: g.terms.map(withBrief), events: g.events, eras: g.eras }
        // The content script filters marks by the reader's chosen term types: the type of each id of the
        // match tables, in their order.
        : compileGlossaryIndex(g).ids.map((id) => g.terms.find((t) => t.id === id)!.type);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
    },
  };
}

/**
 * The glossary and the popup's search as data files in the package, which the extension pages (popup, side
 * panel, review) fetch (lib/glossary/packaged.ts) rather than carry in their scripts: half a megabyte of script
 * delayed the popup's first paint, and the pages share one copy. Written as public files (wxt.config.ts) so
 * that the dev build has them too. Throws, listing the problems, if the glossary has any.
 */
export function packagedDataFiles(): { relativeDest: string; contents: string }[] {
  const g = loadGlossary();
  if (g.problems.length > 0) throw new Error(`glossary has problems:\n${g.problems.join('\n')}`);
  return [
    { relativeDest: PACKAGED_GLOSSARY_FILE, contents: JSON.stringify({ terms: g.terms.map(withBrief), events: g.events, eras: g.eras }) },
    // Prepared here: folding every spelling took 50-60 ms of each popup opening.
    { relativeDest: PACKAGED_SEARCH_INDEX_FILE, contents: JSON.stringify(prepareSearch(g.terms)) },
  ];
}

/** The content script's match tables, compiled and packed (also used by the benchmark). */
export function packedMatchTables(index: MatchIndex): Uint8Array {
  return packMatchTables(buildMatchTables(index));
}

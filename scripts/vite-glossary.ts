import type { Plugin } from 'vite';
import { compileMatchIndex } from '../lib/glossary/compile';
import { DATA_DIR, loadGlossary } from './load-glossary';

const GLOSSARY = 'virtual:tre/glossary';
const MATCH_INDEX = 'virtual:tre/match-index';

/**
 * Serves data/ to the bundles as two virtual modules, validated at build time: the whole glossary for the
 * background, and only the compiled alias index for the content script (which must stay small: it runs in
 * every tab). A glossary with problems fails the build with the same list `glossary check` prints.
 */
export function glossaryPlugin(): Plugin {
  return {
    name: 'tre-glossary',
    resolveId(id) {
      if (id === GLOSSARY || id === MATCH_INDEX) return '\0' + id;
      return null;
    },
    load(id) {
      if (id !== '\0' + GLOSSARY && id !== '\0' + MATCH_INDEX) return null;
      this.addWatchFile(DATA_DIR);
      const g = loadGlossary();
      if (g.problems.length > 0) this.error(`glossary has problems:\n${g.problems.join('\n')}`);
      const value = id === '\0' + GLOSSARY
        ? { terms: g.terms, events: g.events, eras: g.eras }
        : compileMatchIndex(g.terms, g.blockers);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
    },
  };
}

// Build-time modules served by scripts/vite-glossary.ts from data/.
declare module 'virtual:tre/glossary' {
  import type { Era, Event, Term } from './schema';
  const glossary: { terms: Term[]; events: Event[]; eras: Era[] };
  export default glossary;
}
declare module 'virtual:tre/match-index' {
  import type { MatchIndex } from '../match/match-index';
  const index: MatchIndex;
  export default index;
}
declare module 'virtual:tre/term-types' {
  import type { TermType } from './schema';
  /** The type of every term that can be marked on a page, by id. */
  const types: Record<string, TermType>;
  export default types;
}

// Build-time modules served by scripts/vite-glossary.ts from data/. Types by import(): an ambient module
// cannot `import` a relative path (the declarations would silently become `any` under skipLibCheck).
declare module 'virtual:tre/glossary' {
  const glossary: {
    terms: import('./schema').Term[];
    events: import('./schema').Event[];
    eras: import('./schema').Era[];
  };
  export default glossary;
}
declare module 'virtual:tre/match-tables' {
  /** Extension path of the match tables file the build writes (lib/match/packed-tables.ts). */
  const path: string;
  export default path;
}
declare module 'virtual:tre/term-types' {
  /** The type of every term that can be marked on a page, in the order of the match tables' ids. */
  const types: import('./schema').TermType[];
  export default types;
}

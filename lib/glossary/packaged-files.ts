// Names of the data files the build writes into the extension package (scripts/vite-glossary.ts) and the
// extension pages fetch (lib/glossary/packaged.ts). Kept apart so the build script imports no browser code.
export const PACKAGED_GLOSSARY_FILE = 'glossary.json';
export const PACKAGED_SEARCH_INDEX_FILE = 'search-index.json';

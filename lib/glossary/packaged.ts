import { browser, type PublicPath } from 'wxt/browser';
import { PACKAGED_GLOSSARY_FILE, PACKAGED_SEARCH_INDEX_FILE } from './packaged-files';
import type { Era, Event, Term } from './schema';
import type { SearchIndex } from './search';

// The glossary as the extension pages read it: data files in the package, fetched once per page. Validated at
// build time (scripts/vite-glossary.ts), so they are trusted here like the code beside them.

export type PackagedGlossary = { terms: Term[]; events: Event[]; eras: Era[] };

let glossary: Promise<PackagedGlossary> | null = null;
let searchIndex: Promise<SearchIndex> | null = null;

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(browser.runtime.getURL(path as PublicPath));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

/** The whole glossary: terms, timeline events and eras. */
export function loadGlossary(): Promise<PackagedGlossary> {
  return (glossary ??= fetchJson<PackagedGlossary>(`/${PACKAGED_GLOSSARY_FILE}`));
}

/** The popup's search, prepared at build time (lib/glossary/search.ts, prepareSearch). */
export function loadSearchIndex(): Promise<SearchIndex> {
  return (searchIndex ??= fetchJson<SearchIndex>(`/${PACKAGED_SEARCH_INDEX_FILE}`));
}

import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/PopupApp';
import { Catalog } from '../../lib/glossary/catalog';
import { loadGlossary, loadSearchIndex } from '../../lib/glossary/packaged';
import { GlossarySearch } from '../../lib/glossary/search';
import { takePendingTarget } from '../../lib/messaging/pending-lookup';
import { readSettings } from '../../lib/settings/store';
import '../../components/popover.css';
import '../../components/pages.css';

// The popup searches its own copy of the glossary: a keystroke must not wait for a message round trip (or for
// a stopped MV3 worker to wake). It is the very GlossarySearch `npm run glossary -- search` runs, with its
// spellings prepared at build time. Both come as data files fetched in parallel with the settings.
async function main(): Promise<void> {
  const [glossary, searchIndex, settings] = await Promise.all([loadGlossary(), loadSearchIndex(), readSettings()]);
  const search = new GlossarySearch(searchIndex);
  const catalog = new Catalog(glossary.terms);
  const params = new URLSearchParams(location.search);
  // ?q= and ?tab= come from the background when the popup could not be opened and this page was opened in a
  // window instead; a popup opened from the context menu finds its query in session storage.
  // ?term= / a pending term come from the popover's "Open in Tre": the popup opens at that term's card.
  const pending = await takePendingTarget().catch(() => null);
  const initialQuery = params.get('q') ?? pending?.query ?? '';
  const initialTerm = params.get('term') ?? pending?.term;
  const tabParam = Number(params.get('tab'));
  const tabId = Number.isInteger(tabParam) && tabParam > 0 ? tabParam : await activeTabId();
  const windowId = (await browser.windows?.getCurrent().catch(() => null))?.id;
  render(
    <PopupApp
      search={(q) => search.search(q)}
      details={(id) => catalog.details(id)}
      settings={settings}
      tabId={tabId}
      windowId={windowId}
      initialQuery={initialQuery}
      initialTerm={initialTerm ?? undefined}
    />,
    document.getElementById('app')!,
  );
  // After the first paint, before the reader's first keystroke (requestIdleCallback: Chrome and Firefox).
  requestIdleCallback(() => search.warmUp(), { timeout: 200 });
}

/** The tab the toolbar button was pressed on (its id only: reading its URL would need the `tabs` permission). */
async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

void main();

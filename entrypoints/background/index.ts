// First: it starts reading the match tables before the other modules are evaluated (early-tables.ts).
import { matchTablesFile } from './early-tables';
import termTypes from 'virtual:tre/term-types';
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { Catalog } from '../../lib/glossary/catalog';
import { loadGlossary } from '../../lib/glossary/packaged';
import { Matcher } from '../../lib/match/matcher';
import { unpackMatchTables } from '../../lib/match/packed-tables';
import { MatchService } from '../../lib/page-matching/match-service';
import { resolveLang, translator } from '../../lib/i18n/i18n';
import { askTab } from '../../lib/messaging/client';
import { leavePendingLookup, queryFromSelection, takePendingLookup } from '../../lib/messaging/pending-lookup';
import { parseRequest, STORE_CHANGED, type RequestFailure } from '../../lib/messaging/protocol';
import { allowedFromContentScript, changesStore, parseStoreRequest, type StoreRequest } from '../../lib/messaging/store-protocol';
import { glossaryView } from '../../lib/review/glossary-view';
import { dbConnector } from '../../lib/store/db';
import { toStoreError } from '../../lib/store/errors';
import { handleStoreRequest } from '../../lib/store/service';
import { normalizeSettings } from '../../lib/settings/schema';
import { openSidePanel } from '../../lib/messaging/side-panel';
import { withSite } from '../../lib/settings/site';
import { readSettings, updateSettings, watchSettings } from '../../lib/settings/store';

/** The context-menu item on a selection: "Tra cứu “…” trong Tre". */
const MENU_LOOK_UP = 'tre-look-up-selection';
/** The context-menu item that opens the side panel (searching the timeline for the selection, if any). */
const MENU_OPEN_PANEL = 'tre-open-panel';
/** The keyboard command that switches marking off (or on) for the current tab's site (manifest `commands`). */
export const COMMAND_TOGGLE_SITE = 'toggle-site';
/** The keyboard command that opens the side panel. */
export const COMMAND_OPEN_PANEL = 'open-side-panel';
/** The keyboard commands that walk a page's mentions and explain the selection (lib/messaging/commands.ts). */
const COMMAND_NEXT = 'next-mention';
const COMMAND_PREVIOUS = 'previous-mention';
const COMMAND_EXPLAIN = 'explain-selection';
/** How long a woken worker waits before counting due cards (see showDueCount). */
const DUE_COUNT_DELAY_MS = 1500;

export default defineBackground(() => {
  // Pages' matching first (lib/page-matching, docs/decisions/012): a worker woken by a page's Port loads the
  // match tables before anything else; the glossary (catalog, review's view) is fetched on first need.
  // Built on every wake-up: MV3 workers stop, so nothing here relies on surviving in memory.
  const matching = new MatchService(async () => {
    const tables = unpackMatchTables(await matchTablesFile());
    return { matcher: new Matcher(tables), ids: tables.ids.toArray(), types: termTypes };
  }, browser.runtime.id);
  browser.runtime.onConnect.addListener((port) => matching.connect(port));
  let glossaryParts: Promise<{ catalog: Catalog; view: ReturnType<typeof glossaryView> }> | null = null;
  const glossary = () => (glossaryParts ??= loadGlossary().then((g) => ({ catalog: new Catalog(g.terms), view: glossaryView(g.terms, g.events) })));
  // Firefox's MV2 build has browserAction; the MV3 builds have action.
  const action = browser.action ?? browser.browserAction;
  // The one database of saved terms and review (lib/store), opened on first use: a wake-up for a popover's
  // details must not wait for IndexedDB.
  const db = dbConnector();
  const storeDeps = () => ({
    view: () => glossary().then((g) => g.view),
    readSettings,
    applySettings: (imported: Record<string, unknown>) => updateSettings(() => normalizeSettings(imported)).then(() => undefined),
  });

  /**
   * The badge: a tab whose page mentions glossary terms shows how many (set per tab, in green); every other tab
   * shows the number of review cards due (the badge's default text, in amber). The page's count wins where it
   * has one: it is about what the reader is looking at, and the due count is one click away in the popup.
   */
  async function showDueCount(): Promise<void> {
    const reply = await handleStoreRequest(await db.get(), { type: 'store/due-count' }, storeDeps());
    const due = reply.ok ? reply.value.total : 0;
    await action.setBadgeText({ text: due > 0 ? String(Math.min(due, 999)) : '' });
    await action.setBadgeBackgroundColor({ color: '#9a5b00' });
  }
  // Due cards come due while the browser runs: counted again whenever the background wakes (any message) and
  // after every change to the store; not on a timer, which would need the `alarms` permission.
  // After the matcher, and after the page that woke the worker has had its first chunks answered: counting
  // opens IndexedDB, and with cards due parses the glossary (some 600 KB of JSON), which must not delay a page's
  // marks. With none due the glossary is not loaded at all (lib/store/service.ts).
  void matching.whenLoaded().then(() => new Promise((r) => setTimeout(r, DUE_COUNT_DELAY_MS))).then(showDueCount).catch(() => undefined);

  async function answerStore(request: StoreRequest) {
    // Opening the database can fail too (blocked by an older tab, quota): that is a store failure with its code,
    // like one inside a request, so the page says which.
    const reply = await db.get().then(async (opened) => handleStoreRequest(opened, request, storeDeps())).catch((error: unknown) => {
      const failure = toStoreError(error);
      return { ok: false as const, error: failure.code, message: failure.message };
    });
    if (changesStore(request)) {
      void showDueCount().catch(() => undefined);
      // Open pages (side panel, popup, review) ask again; with none open nobody hears it, which is no error.
      if (reply.ok) browser.runtime.sendMessage(STORE_CHANGED).catch(() => undefined);
    }
    return reply;
  }

  // Answered through sendResponse: Chrome's own onMessage (this script runs without webextension-polyfill, see
  // wxt.config.ts) does not take a returned promise. A request that fails is answered `{ failed }`, which ask()
  // turns back into a rejection (lib/messaging/client.ts).
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const answer = answerMessage(message, sender);
    if (!answer) return undefined;
    answer.then(sendResponse, (error: unknown) => {
      console.error('Tre: a request failed', error);
      sendResponse({ failed: error instanceof Error ? error.message : String(error) } satisfies RequestFailure);
    });
    return true;
  });

  function answerMessage(message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined {
    // Only Tre's own pages and content scripts; web pages cannot reach this listener, but check anyway.
    if (sender.id !== browser.runtime.id) return undefined;
    const storeRequest = parseStoreRequest(message);
    if (storeRequest) {
      // A content script runs inside pages Tre does not control: it may save and keep contexts, not read the list.
      const fromPage = sender.tab !== undefined && !sender.url?.startsWith(browser.runtime.getURL('/'));
      if (fromPage && !allowedFromContentScript(storeRequest)) return undefined;
      return answerStore(storeRequest);
    }
    const request = parseRequest(message);
    if (!request) return undefined;
    switch (request.type) {
      case 'term/details':
        return glossary().then(({ catalog }) => catalog.details(request.id));
      case 'page/mentions': {
        const tabId = sender.tab?.id;
        if (tabId !== undefined) {
          // No mentions: the tab's own text is cleared (null), so it shows the default, the due count.
          const text = request.count > 0 ? String(Math.min(request.count, 999)) : null;
          void action.setBadgeText({ tabId, text: text as string });
          void action.setBadgeBackgroundColor({ tabId, color: text ? '#2f6f3e' : '#9a5b00' });
        }
        return Promise.resolve(undefined);
      }
      case 'sidepanel/open': {
        // The popover's link: the click's gesture comes with the message in Chrome; Firefox refuses, and the
        // page opens in a tab beside the reader's instead.
        const { type: _, ...target } = request;
        void openSidePanel(target, { windowId: sender.tab?.windowId, tabId: sender.tab?.id });
        return Promise.resolve(undefined);
      }
      case 'popup/open':
        lookUp('', sender.tab?.id, request.term);
        return Promise.resolve(undefined);
    }
  }

  // Chrome keeps context menus across worker restarts; they are (re)created on install and update, and on
  // browser start for Firefox's event page. createMenu() removes any old item first, so never a duplicate.
  browser.runtime.onInstalled.addListener(() => {
    void createMenu();
  });
  browser.runtime.onStartup.addListener(() => {
    void createMenu();
  });
  // The menu speaks the reader's chosen language.
  watchSettings((settings) => {
    browser.contextMenus.update(MENU_LOOK_UP, { title: menuTitle(settings.uiLanguage) }).catch(() => undefined);
    browser.contextMenus.update(MENU_OPEN_PANEL, { title: panelMenuTitle(settings.uiLanguage) }).catch(() => undefined);
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_LOOK_UP) lookUp(info.selectionText ?? '', tab?.id);
    if (info.menuItemId === MENU_OPEN_PANEL) openPanel(info.selectionText ?? '', tab);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === COMMAND_TOGGLE_SITE) void toggleSite(tab);
    if (command === COMMAND_OPEN_PANEL) openPanel('', tab);
    if (command === COMMAND_NEXT || command === COMMAND_PREVIOUS) void step(command === COMMAND_NEXT ? 'next' : 'previous', tab);
    if (command === COMMAND_EXPLAIN) void explainSelection(tab);
  });

  /** The tab a command is about: the one it was pressed in, else the active one. */
  async function commandTab(tab: Browser.tabs.Tab | undefined): Promise<number | undefined> {
    return tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  }

  /** "Next / previous mention": the page moves to it, flashes it and opens its card with focus in it. */
  async function step(direction: 'next' | 'previous', tab: Browser.tabs.Tab | undefined) {
    const tabId = await commandTab(tab);
    if (tabId === undefined) return null;
    return askTab(tabId, { type: 'tab/step', direction }).catch(() => null); // a page Tre does not run on
  }

  /** "Explain selection": the card of the mention at the page's selection. */
  async function explainSelection(tab: Browser.tabs.Tab | undefined): Promise<boolean> {
    const tabId = await commandTab(tab);
    if (tabId === undefined) return false;
    return askTab(tabId, { type: 'tab/explain-selection' }).catch(() => false);
  }

  /** The side panel from the menu or the shortcut: synchronously, inside the reader's action. */
  function openPanel(selection: string, tab: Browser.tabs.Tab | undefined): void {
    const query = queryFromSelection(selection);
    void openSidePanel(query ? { query } : {}, { windowId: tab?.windowId, tabId: tab?.id });
  }

  /**
   * Opens the lookup searching `selection`, or at `term`'s full card (the popover's "Open in Tre"): the toolbar
   * popup where the browser lets an extension open it (Chrome 127+, Firefox from a user action), otherwise the
   * same page in a small window.
   */
  function lookUp(selection: string, tabId?: number, term?: string): void {
    const query = term ? '' : queryFromSelection(selection);
    if (!query && !term) return;
    // The query is left first and openPopup() called in the same task: Firefox allows opening the popup only
    // synchronously inside the user's action, and the write lands long before the popup page has loaded.
    const left = leavePendingLookup(query, Date.now(), term);
    let opening: Promise<void>;
    try {
      opening = action.openPopup();
    } catch (error) {
      opening = Promise.reject(error);
    }
    opening.catch(async () => {
      await left;
      await takePendingLookup(); // the query goes in the URL instead; a popup opened later must not show it
      // The window is not the tab the selection was in: tell the page which tab its switches are about.
      const params = new URLSearchParams({ ...(term ? { term } : { q: query }), ...(tabId !== undefined ? { tab: String(tabId) } : {}) });
      const url = `${browser.runtime.getURL('/popup.html')}?${params}`;
      await browser.windows.create({ url, type: 'popup', width: 420, height: 620 });
    });
  }

  // End-to-end tests choose the menu item and press the command through these: no browser API lets a test
  // click a context menu or a browser-level shortcut (tests/e2e/lookup.e2e.ts). They do what those do.
  Object.assign(globalThis, {
    treLookUpSelection: lookUp,
    treToggleSite: () => toggleSite(undefined),
    treOpenPanel: (selection: string) => openPanel(selection, undefined),
    treCommand: (command: string) => {
      if (command === COMMAND_NEXT || command === COMMAND_PREVIOUS) return step(command === COMMAND_NEXT ? 'next' : 'previous', undefined);
      if (command === COMMAND_EXPLAIN) return explainSelection(undefined);
      return undefined;
    },
  });

  /** The keyboard command: asks the page for its site (no `tabs` permission needed) and flips the site's switch. */
  async function toggleSite(tab: Browser.tabs.Tab | undefined): Promise<void> {
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    const status = await askTab(tabId, { type: 'tab/status' }).catch(() => null);
    const site = status?.site;
    if (!site) return; // a page Tre does not run on
    await updateSettings((now) => withSite(now, site, now.disabledSites.includes(site)));
  }
});

async function createMenu(): Promise<void> {
  const settings = await readSettings();
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_LOOK_UP, title: menuTitle(settings.uiLanguage), contexts: ['selection'] });
  browser.contextMenus.create({ id: MENU_OPEN_PANEL, title: panelMenuTitle(settings.uiLanguage), contexts: ['page', 'selection'] });
}

function panelMenuTitle(choice: 'auto' | 'vi' | 'en'): string {
  return translator(resolveLang(choice))('menu_openPanel');
}

function menuTitle(choice: 'auto' | 'vi' | 'en'): string {
  // %s is where the browser puts the selected text.
  return translator(resolveLang(choice))('menu_lookUpSelection');
}

import { storage } from '@wxt-dev/storage';
import * as v from 'valibot';
import { browser, type PublicPath } from 'wxt/browser';
import { panelTargetSchema, type PanelMessage, type PanelTarget } from './protocol';

// Opening the side panel (Chrome's side_panel, Firefox's sidebar_action) at a term, from any surface. Both
// browsers open it only inside the reader's own action, synchronously: Chrome's sidePanel.open() loses the user
// gesture after an await, and Firefox's sidebarAction.open() must run in the action's handler. So nothing is
// awaited before opening: the target is left in session storage (the write lands long before the panel's page
// has loaded, which then takes it) and broadcast to a panel that is already open. Where the browser refuses, the
// same page opens in a tab with the target in its URL: never nothing.

const PENDING_KEY = 'session:pendingPanelTarget' as const;
/** Long enough for the panel to load on a slow machine; a panel the reader opens later by hand starts clean. */
export const PENDING_PANEL_TTL_MS = 10_000;

const pendingSchema = v.strictObject({ target: panelTargetSchema, at: v.number() });
const item = storage.defineItem<v.InferOutput<typeof pendingSchema>>(PENDING_KEY);

/** Chrome's side panel API (the polyfill's types do not have it; Firefox has no such namespace). */
type ChromeSidePanel = { open(options: { windowId?: number; tabId?: number }): Promise<void> };
type FirefoxSidebar = { open(): Promise<void> };

function chromeSidePanel(): ChromeSidePanel | undefined {
  return (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
}

function firefoxSidebar(): FirefoxSidebar | undefined {
  return (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
}

/** Opens one of Tre's pages (`/review.html`, a full extension URL) in a new tab. */
export async function openInTab(pathOrUrl: string): Promise<void> {
  const url = pathOrUrl.startsWith('/') ? browser.runtime.getURL(pathOrUrl as PublicPath) : pathOrUrl;
  await browser.tabs.create({ url });
}

/** The side panel page's URL with a target: what a tab shows when the panel itself cannot open. */
export function panelPageUrl(target: PanelTarget, tabId?: number): string {
  const params = new URLSearchParams();
  if (target.term) params.set('term', target.term);
  if (target.query) params.set('q', target.query);
  if (tabId !== undefined) params.set('tab', String(tabId));
  const query = params.toString();
  return browser.runtime.getURL('/sidepanel.html') + (query ? `?${query}` : '');
}

export type PanelPlace = {
  /** The window to open the panel in (Chrome); the current one if missing. */
  windowId?: number;
  /** The page the reader came from: a tab opened instead of the panel shows that page's terms. */
  tabId?: number;
};

/**
 * Opens the side panel at `target`, or the same page in a tab where the browser refuses. Call it synchronously
 * from the reader's action (a click, a menu item, a command). Resolves with where it opened.
 */
export function openSidePanel(target: PanelTarget, place: PanelPlace = {}): Promise<'panel' | 'tab'> {
  const left = item.setValue({ target, at: Date.now() }).catch(() => undefined);
  const show: PanelMessage = { type: 'sidepanel/show', ...target };
  // An open panel hears this; with none open nobody does, which is no error.
  browser.runtime.sendMessage(show).catch(() => undefined);
  let opening: Promise<void>;
  try {
    const chrome = chromeSidePanel();
    const firefox = firefoxSidebar();
    if (chrome) {
      const windowId = place.windowId ?? (browser.windows ? browser.windows.WINDOW_ID_CURRENT : undefined);
      opening = chrome.open(windowId !== undefined ? { windowId } : { tabId: place.tabId! });
    } else if (firefox) {
      opening = firefox.open();
    } else {
      opening = Promise.reject(new Error('no side panel in this browser'));
    }
  } catch (error) {
    opening = Promise.reject(error);
  }
  return opening.then(() => 'panel' as const, async () => {
    await left;
    await item.removeValue().catch(() => undefined); // the target goes in the URL instead
    await openInTab(panelPageUrl(target, place.tabId));
    return 'tab' as const;
  });
}

/** The target left for a panel that is opening, if one was left in the last few seconds; taken either way. */
export async function takePendingPanelTarget(now = Date.now()): Promise<PanelTarget | null> {
  const parsed = v.safeParse(pendingSchema, await item.getValue());
  await item.removeValue();
  if (!parsed.success || now - parsed.output.at > PENDING_PANEL_TTL_MS || now < parsed.output.at) return null;
  return parsed.output.target;
}

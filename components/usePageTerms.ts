import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { askTab } from '../lib/messaging/client';
import { parseRequest, type PageTermsReport } from '../lib/messaging/protocol';

/**
 * The tab the side panel is about, followed as the reader switches tabs in its window. Without the `tabs`
 * permission the panel sees tab ids but not URLs, which is all it needs: it asks the page itself what it holds
 * (decision 004). Opened as a tab instead of a panel, it is about the tab the reader used last beside it.
 */
export function useCurrentTab(initial: number | null): number | null {
  const [tabId, setTabId] = useState<number | null>(initial);
  useEffect(() => {
    let stop = false;
    let self: number | undefined;
    let windowId: number | undefined;
    const ready = (async () => {
      const [me, win] = await Promise.all([browser.tabs.getCurrent(), browser.windows?.getCurrent()]);
      self = me?.id;
      windowId = win?.id;
      if (initial !== null || stop) return;
      const tabs = await browser.tabs.query({ currentWindow: true });
      const others = tabs.filter((t) => t.id !== self);
      const chosen = self === undefined
        ? others.find((t) => t.active)
        : others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
      if (!stop) setTabId(chosen?.id ?? null);
    })().catch(() => undefined);
    const onActivated = (info: { tabId: number; windowId: number }) => {
      void ready.then(() => {
        if (stop || info.tabId === self || (windowId !== undefined && info.windowId !== windowId)) return;
        setTabId(info.tabId);
      });
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => {
      stop = true;
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, [initial]);
  return tabId;
}

/** What the side panel knows of the current tab's page: its terms, or that Tre does not run there. */
export type PageState = { status: 'loading' } | { status: 'unavailable' } | { status: 'ready'; report: PageTermsReport };

/**
 * The terms the tab's page mentions, asked of its content script and asked again whenever the page says its
 * marks changed (its `page/mentions` message, sent for the badge, reaches the panel too), when it finishes
 * loading, and on demand.
 */
export function usePageTerms(tabId: number | null): { page: PageState; refresh: () => void } {
  const [page, setPage] = useState<PageState>({ status: 'loading' });
  const [asked, setAsked] = useState(0);
  const refresh = useCallback(() => setAsked((n) => n + 1), []);

  useEffect(() => {
    if (tabId === null) {
      setPage({ status: 'unavailable' });
      return;
    }
    let stop = false;
    askTab(tabId, { type: 'tab/terms' }).then(
      (report) => !stop && setPage(report ? { status: 'ready', report } : { status: 'unavailable' }),
      () => !stop && setPage({ status: 'unavailable' }),
    );
    return () => {
      stop = true;
    };
  }, [tabId, asked]);

  useEffect(() => {
    if (tabId === null) return;
    const onMessage = (message: unknown, sender: { id?: string; tab?: { id?: number } }) => {
      if (sender.id !== browser.runtime.id || sender.tab?.id !== tabId) return undefined;
      if (parseRequest(message)?.type === 'page/mentions') refresh();
      return undefined;
    };
    // A navigation: the new page's content script reports once it has scanned, but a page Tre does not run on
    // (a browser page) never will, and must not keep showing the previous page's terms.
    const onUpdated = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status) refresh();
    };
    browser.runtime.onMessage.addListener(onMessage);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.runtime.onMessage.removeListener(onMessage);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId, refresh]);

  return { page, refresh };
}

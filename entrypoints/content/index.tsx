import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { LazyPopover } from './lazy-popover';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { TermType } from '../../lib/glossary/schema';
import type { Mention } from '../../lib/page/mention';
import { resolveLang } from '../../lib/i18n/i18n';
import { ask, askStore } from '../../lib/messaging/client';
import { parseTabRequestQuick } from '../../lib/messaging/tab-request';
import { HighlightSurface } from '../../lib/page/highlight-surface';
import { meetingPlace } from '../../lib/page/meeting';
import { PageMarking, type Matching } from '../../lib/page/page-marking';
import { RemoteMatcher } from '../../lib/page/remote-matcher';
import { TabRequests } from '../../lib/page/tab-requests';
import { WrappingSurface } from '../../lib/page/wrapping-surface';
import { readPageSettings, watchPageSettings } from '../../lib/settings/page-settings';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { siteOf } from '../../lib/settings/site';
import highlightCss from './highlight.css?inline';
import './highlight.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  // WXT tells a newer copy of the script apart with a DOM event; its legacy window.postMessage also reached
  // the page's own message listeners and cost several ms at start (the browser records where it was sent from).
  noScriptStartedPostMessage: true,
  main(ctx) {
    try {
      start(ctx);
    } catch (error) {
      // A hostile or broken page must never see Tre throw.
      console.debug('Tre: could not start on this page', error);
    }
  },
});

function start(ctx: ContentScriptContext): void {
  // Opened first: a background worker that was stopped starts again while the page is read.
  const remote = new RemoteMatcher((name) => browser.runtime.connect({ name }));
  const matching: Matching = { matcher: remote, typeOf: (id) => remote.typeOf(id) as TermType | undefined };
  const site = siteOf(location);
  const popover = new LazyPopover(ctx);
  const page = new PageMarking({
    doc: document,
    site,
    surface: (shadowRoots) => HighlightSurface.isSupported(window) ? new HighlightSurface(document, shadowRoots, window.IntersectionObserver ?? null) : new WrappingSurface(document),
    matching: Promise.resolve(matching),
    popover: {
      setPreferences: (s) => popover.setPreferences(resolveLang(s.uiLanguage), s.theme),
      open: (m, anchor, focus) => void popover.open(m, anchor, focus),
      prepare: (m) => popover.prepare(m),
      close: () => popover.close(),
      back: () => popover.back(),
      set onClose(f: () => void) { popover.onClose = f; },
      get onClose() { return popover.onClose; },
    },
    reportCount: (count) => void ask({ type: 'page/mentions', count }).catch(() => undefined),
    onShadowRoot: giveHighlightStyles,
    // The answers are taken in outside the scanner's slices: their time is counted as one more slice.
    onFirstScreen: ({ startedAt, slices }) => markScan('tre:first-screen', startedAt, [...slices, remote.receiveMs], -1, remote.workerMs),
    onFirstScan: ({ startedAt, slices, mentions, shown }) => {
      markScan('tre:first-scan', startedAt, [...slices, remote.receiveMs], mentions, remote.workerMs);
      whenIdle(() => noteMeetings(shown));
    },
    isValid: () => !ctx.isInvalid,
  });
  const storage = browser.storage;
  const readSettings = () => readPageSettings(storage.local);
  // A change heard before the first read resolves is newer than what that read returns.
  let heard = false;
  readSettings().then((s) => heard || page.apply(s), (error) => {
    console.debug('Tre: settings unreadable, using defaults', error);
    if (!heard) page.apply(DEFAULT_SETTINGS);
  });
  const unwatch = watchPageSettings(storage.onChanged, (s) => {
    heard = true;
    page.apply(s);
  });

  // The popup and the background ask the page for its site and what was found (they cannot read its URL).
  const requests = new TabRequests({ doc: document, site, page, readSettings, afterScroll });
  // Answered through sendResponse: Chrome's own onMessage (this script runs without webextension-polyfill)
  // does not take a returned promise.
  const onTabMessage = (message: unknown, sender: { id?: string }, sendResponse: (answer: unknown) => void) => {
    const request = sender.id === browser.runtime.id ? parseTabRequestQuick(message) : null;
    if (!request) return undefined;
    requests.answer(request).then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  browser.runtime.onMessage.addListener(onTabMessage);

  ctx.onInvalidated(() => {
    unwatch();
    browser.runtime.onMessage.removeListener(onTabMessage);
    page.dispose();
    remote.close();
  });
}

/**
 * A saved term met again on this page adds this page to where the reader met it (the background keeps the 20
 * most recent places, one per address): after the first scan, when the page is idle, in one question and one
 * message per saved term found.
 */
function noteMeetings(mentions: Mention[]): void {
  const firstOf = new Map<string, Mention>();
  for (const m of mentions) if (!firstOf.has(m.id)) firstOf.set(m.id, m);
  if (firstOf.size === 0) return;
  askStore({ type: 'store/is-saved', termIds: [...firstOf.keys()].slice(0, 2000) }).then((saved) => {
    for (const id of saved) {
      const place = meetingPlace(document, firstOf.get(id)!);
      if (place.url) askStore({ type: 'store/meet', termId: id, context: place }).catch(() => undefined);
    }
  }, () => undefined);
}

/**
 * Runs `work` once a (smooth) scroll has settled: on `scrollend`; if no scroll has begun 150 ms after the
 * request (the mention was already where it goes), then; after 1.2 s at most. (Two frames were not enough: a
 * smooth scroll may not have moved yet, and the card was placed where the mention had been.)
 */
function afterScroll(work: () => void): void {
  let done = false;
  let scrolled = false;
  const onScroll = () => (scrolled = true);
  const run = () => {
    if (done) return;
    done = true;
    window.removeEventListener('scrollend', run, true);
    window.removeEventListener('scroll', onScroll, true);
    try {
      work();
    } catch (error) {
      console.debug('Tre: could not open the card', error);
    }
  };
  window.addEventListener('scroll', onScroll, { capture: true, passive: true });
  window.addEventListener('scrollend', run, { capture: true, once: true });
  setTimeout(() => scrolled || run(), 150);
  setTimeout(run, 1200);
}

function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 2000 });
  else setTimeout(work, 200);
}

/**
 * Puts the first scan on the page's performance timeline ("tre:first-scan" in DevTools' Timings track; the
 * first screen marked: "tre:first-screen"), with Tre's own main-thread time in it and the background's time
 * matching: `npm run bench` reads it, and anyone can see what Tre cost a page.
 */
function markScan(name: string, startedAt: number, slices: number[], mentions: number, workerMs: number): void {
  try {
    performance.measure(name, {
      start: startedAt,
      detail: { slices: slices.length, scanMs: slices.reduce((a, b) => a + b, 0), longestSliceMs: Math.max(0, ...slices), mentions, workerMs },
    });
  } catch {
    // a page that replaced `performance` gets no timing, nothing else changes
  }
}

let highlightSheet: CSSStyleSheet | null = null;

/** Page stylesheets do not reach into shadow trees, so an open shadow root gets the ::highlight rules too. */
function giveHighlightStyles(root: ShadowRoot): void {
  try {
    if (!highlightSheet) {
      highlightSheet = new CSSStyleSheet();
      highlightSheet.replaceSync(highlightCss);
    }
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, highlightSheet];
  } catch (error) {
    console.debug('Tre: cannot style a shadow root', error);
  }
}

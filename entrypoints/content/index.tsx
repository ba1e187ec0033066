import matchTablesPath from 'virtual:tre/match-tables';
import termTypes from 'virtual:tre/term-types';
import { browser, type PublicPath } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { LazyPopover } from './lazy-popover';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { TermType } from '../../lib/glossary/schema';
import type { Mention } from '../../lib/page/mention';
import { resolveLang } from '../../lib/i18n/i18n';
import { Matcher } from '../../lib/match/matcher';
import { fetchMatchTablesFile, unpackMatchTables } from '../../lib/match/packed-tables';
import { ask, askStore } from '../../lib/messaging/client';
import { meetingPlace } from '../../lib/page/meeting';
import { parseTabRequest, type PageTermsReport, type RevealResult, type TabStatus } from '../../lib/messaging/protocol';
import { FilteredSurface } from '../../lib/page/filtered-surface';
import { HighlightSurface } from '../../lib/page/highlight-surface';
import { ContentScope } from '../../lib/page/main-content';
import { pageGround, type PageGround } from '../../lib/page/page-ground';
import { DEFAULT_TIMINGS, MentionPointer } from '../../lib/page/mention-pointer';
import { PageScanner } from '../../lib/page/page-scanner';
import { MentionTour, pageTerms } from '../../lib/page/page-terms';
import { MentionWalk } from '../../lib/page/mention-walk';
import { liveRange } from '../../lib/page/mention';
import { revealMention } from '../../lib/page/reveal';
import { OWN_UI_TAG } from '../../lib/page/segments';
import { WrappingSurface } from '../../lib/page/wrapping-surface';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/schema';
import { isHighlightingOn, siteOf } from '../../lib/settings/site';
import { readSettings, watchSettings } from '../../lib/settings/store';
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
  const startedAt = performance.now();
  // Main-thread work of the first scan, for the page's timeline (markFirstScan): its slices, the first one
  // with the tables' unpacking (they run in one task).
  const slices: number[] = [];
  let unpackMs = 0;
  let firstScanRunning = true;
  let typeOf = new Map<string, TermType>();
  // Fetched while the settings are read: the tables are a file viewed in place, not script to parse.
  const matcherReady = fetchMatchTablesFile(browser.runtime.getURL(matchTablesPath as PublicPath)).then((file) => {
    const unpackStart = performance.now();
    const tables = unpackMatchTables(file);
    typeOf = new Map(tables.ids.toArray().map((id, i): [string, TermType] => [id, termTypes[i]!]));
    const matcher = new Matcher(tables);
    unpackMs = performance.now() - unpackStart;
    return matcher;
  });
  // Handled where the scan starts; a page where marking stays off must not log an unhandled rejection.
  matcherReady.catch(() => undefined);
  const site = siteOf(location);
  let settings: Settings = DEFAULT_SETTINGS;
  let scanner: PageScanner | null = null;
  const base = HighlightSurface.isSupported(window)
    ? new HighlightSurface(document, () => scanner?.openShadowRoots ?? [])
    : new WrappingSurface(document);
  const surface = new FilteredSurface(base, (m) => settings.highlightTypes.includes(typeOf.get(m.id)!));
  // Which blocks are the page's main text (marked unless the reader asks for marks everywhere).
  const scope = new ContentScope(document);
  let ground: PageGround | null = null;
  let lastCount = -1;
  // The badge counts what is marked (only the chosen term types); nothing while marking is off here.
  const report = () => {
    const count = scanner && isHighlightingOn(settings, site) ? surface.shownCount : 0;
    if (count === lastCount) return;
    lastCount = count;
    ask({ type: 'page/mentions', count }).catch(() => undefined);
  };
  const popover = new LazyPopover(ctx);
  // The pointer reads the delay on every hover, so changing this object's field is enough to follow the setting.
  const timings = { ...DEFAULT_TIMINGS };
  const pointer = new MentionPointer(document, surface, {
    open: (m, anchor, _pinned, focus) => popover.open(m, anchor, focus),
    prepare: (m) => popover.prepare(m),
    close: () => popover.close(),
    escape: () => popover.back(),
    isInside: (target) => target instanceof Element && target.localName === OWN_UI_TAG,
  }, timings);
  popover.onClose = () => pointer.close();

  // A page where marking is off at load is not scanned at all until it is switched on.
  let firstScan: Promise<void> | null = null;
  const apply = (next: Settings) => {
    const typesChanged = next.highlightTypes.join() !== settings.highlightTypes.join();
    const scopeChanged = next.markEverywhere !== settings.markEverywhere;
    settings = next;
    timings.hoverDelayMs = next.hoverDelayMs;
    popover.setPreferences(resolveLang(next.uiLanguage), next.theme);
    // The page's ground is read once, from its main text: the marks take colours that keep it readable.
    ground ??= readGround(scope);
    surface.setLook({ style: next.highlightStyle, emphasis: next.mentionMarking, ground });
    const on = isHighlightingOn(next, site);
    surface.setVisible(on);
    if (!on) pointer.close();
    if (on && !firstScan) {
      firstScan = matcherReady.then((matcher) => {
        if (ctx.isInvalid) return undefined;
        scanner = new PageScanner(document, matcher, surface, {
          onMentions: report,
          onShadowRoot: giveHighlightStyles,
          onSlice: (ms) => firstScanRunning && slices.push(ms + (slices.length ? 0 : unpackMs)),
          accepts: (block) => settings.markEverywhere || scope.accepts(block),
        });
        return scanner.start();
      }).then(() => {
        firstScanRunning = false;
        if (scanner) markFirstScan(startedAt, slices, scanner.mentionCount);
        if (scanner) whenIdle(() => noteMeetings(surface.shownMentions()));
      }, (error) => console.debug('Tre: match tables unavailable, nothing marked', error));
    } else if (scanner && (typesChanged || scopeChanged)) {
      // Marks of newly chosen types, or of the parts of the page now marked, are found again by a rescan (see
      // FilteredSurface); the main content is decided again too, the page may have changed since.
      scope.reset();
      void scanner.start();
    }
    report();
  };
  // A change heard before the first read resolves is newer than what that read returns.
  let heard = false;
  readSettings().then((s) => heard || apply(s), (error) => {
    console.debug('Tre: settings unreadable, using defaults', error);
    if (!heard) apply(DEFAULT_SETTINGS);
  });
  const unwatch = watchSettings((s) => {
    heard = true;
    apply(s);
  });

  // The popup and the background ask the page for its site and what was found (they cannot read its URL).
  // The answer waits for the settings as stored now and for the scan they start: a popup that has just
  // switched marking on may ask before this page has heard of the change.
  // The side panel's "On this page" asks for the terms and walks through a term's mentions.
  const tour = new MentionTour();
  // The keyboard's way through every mention (the "next / previous mention" commands).
  const walk = new MentionWalk();
  const onTabMessage = (message: unknown, sender: { id?: string }) => {
    const request = sender.id === browser.runtime.id ? parseTabRequest(message) : null;
    if (!request) return undefined;
    const scanned = readSettings()
      .then((now) => {
        if (JSON.stringify(now) !== JSON.stringify(settings)) apply(now);
        return firstScan?.then(() => scanner?.idle());
      })
      .catch(() => undefined);
    const marking = () => scanner !== null && isHighlightingOn(settings, site);
    switch (request.type) {
      case 'tab/status':
        return scanned.then((): TabStatus => ({
          site,
          terms: scanner ? surface.shownTerms().size : null,
          mentions: scanner ? surface.shownCount : null,
        }));
      case 'tab/terms':
        return scanned.then((): PageTermsReport => ({ site, terms: marking() ? pageTerms(surface.shownMentions()) : [] }));
      case 'tab/reveal':
        return scanned.then((): RevealResult => {
          const next = marking() ? tour.next(request.id, surface.shownMentions()) : null;
          if (!next) return null;
          revealMention(document, next.mention);
          return { index: next.index, count: next.count };
        });
      case 'tab/step':
        return scanned.then((): RevealResult => {
          const topOf = (m: Mention) => liveRange(m.range).getBoundingClientRect().top;
          const next = marking() ? walk.step(request.direction, surface.shownMentions(), topOf, window.innerHeight) : null;
          if (!next) return null;
          revealMention(document, next.mention);
          // Opened once the scroll has brought it into view, so the card sits beside it.
          afterScroll(() => pointer.openFromKeyboard(next.mention));
          return { index: next.index, count: next.count };
        });
      case 'tab/explain-selection':
        return scanned.then(() => {
          const m = marking() ? pointer.mentionAtSelection() : null;
          if (m) pointer.openFromKeyboard(m);
          return m !== null;
        });
    }
  };
  browser.runtime.onMessage.addListener(onTabMessage);

  ctx.onInvalidated(() => {
    unwatch();
    browser.runtime.onMessage.removeListener(onTabMessage);
    scanner?.stop();
    pointer.dispose();
    surface.dispose();
  });
}

function readGround(scope: ContentScope): PageGround {
  try {
    return pageGround(scope.mainElement ?? document.body ?? document.documentElement);
  } catch {
    return 'light';
  }
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
 * Puts the first scan on the page's performance timeline ("tre:first-scan" in DevTools' Timings track), with
 * Tre's own main-thread time in it: `npm run bench` reads it, and anyone can see what Tre cost a page.
 */
function markFirstScan(startedAt: number, slices: number[], mentions: number): void {
  try {
    performance.measure('tre:first-scan', {
      start: startedAt,
      detail: { slices: slices.length, scanMs: slices.reduce((a, b) => a + b, 0), longestSliceMs: Math.max(0, ...slices), mentions },
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

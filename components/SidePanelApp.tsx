import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Catalog } from '../lib/glossary/catalog';
import type { PackagedGlossary } from '../lib/glossary/packaged';
import type { GlossarySearch } from '../lib/glossary/search';
import { format, resolveLang, translator } from '../lib/i18n/i18n';
import { askStore, askTab } from '../lib/messaging/client';
import { reviewPagePath } from '../lib/review/review-page';
import { onStoreChanged, parsePanelMessage, type PanelTarget } from '../lib/messaging/protocol';
import { openInTab, takePendingPanelTarget } from '../lib/messaging/side-panel';
import type { Settings } from '../lib/settings/schema';
import { watchSettings } from '../lib/settings/store';
import { sortChronologically } from '../lib/timeline/eras';
import { countEvents, filterTimeline, termTypes } from '../lib/timeline/filters';
import { pageTimeline } from '../lib/timeline/page-timeline';
import type { SidepanelState, SidepanelView } from '../lib/timeline/view-state';
import { PageTerms, type PageTerm } from './PageTerms';
import { PageTimeline } from './PageTimeline';
import { SavedView } from './SavedView';
import { useDocumentPreferences } from './preferences';
import { TermFocus } from './TermFocus';
import { Timeline } from './Timeline';
import { TimelineFilters } from './TimelineFilters';
import { eventElementId, localized, type TermSummary } from './timeline-text';
import { useCurrentTab, usePageTerms } from './usePageTerms';
import { remember, useRememberedFilter, useRememberedScroll } from './usePanelMemory';
import { useSavedTerms } from './useSavedTerms';
import { ViewTabs } from './ViewTabs';

type Props = {
  glossary: PackagedGlossary;
  search: Pick<GlossarySearch, 'search'>;
  settings: Settings;
  /** What the panel remembered from its last opening. */
  initialState: SidepanelState;
  /** Where it was asked to open (`?term=`, `?q=`, or a target left by the surface that opened it). */
  initialTarget: PanelTarget | null;
  /** The tab it was opened for (`?tab=`), else the active one. */
  initialTab: number | null;
};

const subscribeToStore = (onChange: () => void) => onStoreChanged(browser.runtime, onChange);

/**
 * The side panel: the timeline of Vietnam's foreign relations, the terms of the page in the current tab (with
 * that page's own history), and, opened at a term, its card above its events. Remembers its view, filters and
 * place between openings; follows the reader's tab switches and navigations.
 */
export function SidePanelApp({ glossary, search, settings: initialSettings, initialState, initialTarget, initialTab }: Props) {
  const [settings, setSettings] = useState(initialSettings);
  const lang = resolveLang(settings.uiLanguage);
  // Stable between draws, like the callbacks below: the timeline's events redraw only when their own props change.
  const t = useMemo(() => translator(lang), [lang]);
  useDocumentPreferences(lang, settings.theme, t('panel_title'));
  useEffect(() => watchSettings(setSettings), []);

  const catalog = useMemo(() => new Catalog(glossary.terms), [glossary]);
  const summaries = useMemo(
    () => new Map<string, TermSummary>(glossary.terms.map((term) => [term.id, { id: term.id, type: term.type, name: term.name }])),
    [glossary],
  );
  const types = useMemo(() => termTypes(glossary.terms), [glossary]);
  const chronological = useMemo(() => sortChronologically(glossary.events), [glossary]);

  const [view, setView] = useState<SidepanelView>(initialState.view);
  const [filter, changeFilter] = useRememberedFilter(initialState.filter);
  /** The terms opened, the last one shown; empty while the plain timeline is shown. */
  const [trail, setTrail] = useState<string[]>(initialState.lastTerm && !initialTarget ? [initialState.lastTerm] : []);
  const openTermId = trail.at(-1) ?? null;
  const [announcement, setAnnouncement] = useState('');
  const cardHeading = useRef<HTMLDivElement>(null);
  /** Where the timeline was before a card opened: Back returns there. */
  const scrollBeforeCard = useRef(initialState.timelineScroll);

  /** The saved terms: the Save buttons' state and the timeline's "only saved terms" filter. */
  const saved = useSavedTerms(t, view);
  const openReviewPage = (path: string) => void openInTab(path);

  const tabId = useCurrentTab(initialTab);
  const { page } = usePageTerms(tabId);
  const pageIds = page.status === 'ready' ? page.report.terms.map((term) => term.id).filter((id) => summaries.has(id)) : [];
  const pageIdSet = useMemo(() => new Set(pageIds), [pageIds.join()]);

  const changeView = (next: SidepanelView) => {
    setView(next);
    remember({ view: next });
  };
  const openTerm = useCallback((id: string) => {
    if (!catalog.details(id)) return;
    if (trail.length === 0) scrollBeforeCard.current = window.scrollY;
    setTrail((now) => (now.at(-1) === id ? now : [...now, id]));
    setView('timeline');
    remember({ view: 'timeline', lastTerm: id });
  }, [catalog, trail.length]);

  // The timeline and the lists get one callback for the panel's life, which always runs the newest openTerm.
  const openTermLatest = useRef(openTerm);
  openTermLatest.current = openTerm;
  const openTermStable = useCallback((id: string) => openTermLatest.current(id), []);

  const back = useCallback(() => {
    setTrail((now) => {
      const next = now.slice(0, -1);
      remember({ lastTerm: next.at(-1) ?? null });
      return next;
    });
  }, []);

  const applyTarget = useCallback((target: PanelTarget) => {
    if (target.query !== undefined) changeFilter({ ...filter, query: target.query });
    if (target.term) openTerm(target.term);
    else changeView('timeline');
  }, [filter, openTerm]);

  // Targets: the one this page was opened with, then any sent to the open panel by another surface.
  useEffect(() => {
    if (initialTarget) applyTarget(initialTarget);
  }, []);
  const applyLatest = useRef(applyTarget);
  applyLatest.current = applyTarget;
  useEffect(() => {
    const onMessage = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const shown = parsePanelMessage(message);
      if (shown) {
        applyLatest.current(shown);
        void takePendingPanelTarget().catch(() => undefined); // shown here: not again at the next opening
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);

  // A card opens at the top, focused for a screen reader to read from its start; closing it returns the
  // timeline to where the reader was.
  useLayoutEffect(() => {
    if (openTermId) {
      window.scrollTo(0, 0);
      cardHeading.current?.focus();
    } else if (view === 'timeline') {
      window.scrollTo(0, scrollBeforeCard.current);
    }
  }, [openTermId]);

  // The address says which term is open (`?term=ID`, the page's contract): a reload reopens it, and the browser
  // (and a test) can tell where the panel is.
  useEffect(() => {
    const url = new URL(location.href);
    if (openTermId) url.searchParams.set('term', openTermId);
    else url.searchParams.delete('term');
    url.searchParams.delete('q');
    if (url.href !== location.href) history.replaceState(null, '', url.href);
  }, [openTermId]);

  // A layout effect, as in LookupPanel: heard from the moment the card is on screen, not after the next paint.
  useLayoutEffect(() => {
    if (!openTermId) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      back();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [openTermId, back]);

  // The timeline's place, remembered while no card is open (a card scrolls to the top, which is not a place).
  useRememberedScroll(view === 'timeline' && !openTermId);

  const context = {
    termTypes: types,
    search,
    pageTermIds: page.status === 'ready' ? pageIdSet : undefined,
    savedTermIds: saved.ids ?? undefined,
  };
  const groups = useMemo(
    () => filterTimeline(glossary.eras, glossary.events, filter, context),
    [glossary, filter, pageIdSet, page.status, saved.ids],
  );
  const openDetails = openTermId ? catalog.details(openTermId) : null;
  const termEvents = useMemo(
    () => (openTermId ? chronological.filter((e) => e.terms.includes(openTermId)) : []),
    [chronological, openTermId],
  );
  const highlighted = useMemo(() => new Set(termEvents.map((e) => e.id)), [termEvents]);

  const goToEvent = (eventId: string) => {
    const show = () => {
      const el = document.getElementById(eventElementId(eventId));
      if (!el) return false;
      el.scrollIntoView({ block: 'center' });
      el.focus({ preventScroll: true });
      return true;
    };
    // The filters may hide it: cleared, the event is there on the next frame.
    if (!show()) {
      changeFilter({});
      requestAnimationFrame(() => show());
    }
  };

  const reveal = async (id: string) => {
    if (tabId === null) return;
    const shown = await askTab(tabId, { type: 'tab/reveal', id }).catch(() => null);
    const name = localized(summaries.get(id)?.name ?? { vi: id }, lang).text;
    setAnnouncement(shown ? format(t('panel_revealed'), { name, i: shown.index + 1, n: shown.count }) : t('panel_revealFailed'));
  };

  const pageTerms: PageTerm[] = page.status === 'ready'
    ? page.report.terms.flatMap((term) => {
      const summary = summaries.get(term.id);
      return summary ? [{ ...summary, mentions: term.count }] : [];
    })
    : [];

  return (
    <main class="tre-sidepanel">
      <h1 class="tre-visually-hidden">{t('panel_title')}</h1>
      <ViewTabs active={view} onChange={changeView} t={t} savingEnabled>
        {view === 'timeline' && (
          <>
            {openDetails && (
              <TermFocus
                details={openDetails}
                events={termEvents}
                lang={lang}
                t={t}
                onBack={back}
                onOpenTerm={openTerm}
                onGoToEvent={goToEvent}
                headingRef={cardHeading}
                actions={
                  <>
                    <button type="button" aria-pressed={saved.ids?.has(openDetails.term.id) ?? false} onClick={() => saved.toggle(openDetails.term.id)}>
                      {saved.ids?.has(openDetails.term.id) ? t('save_saved') : t('save_save')}
                    </button>
                    {saved.error && <p class="tre-action-error" role="alert">{saved.error}</p>}
                  </>
                }
              />
            )}
            <TimelineFilters
              filter={filter}
              onChange={changeFilter}
              eras={glossary.eras}
              count={countEvents(groups)}
              lang={lang}
              t={t}
              pageAvailable={page.status === 'ready'}
              savingEnabled
            />
            <Timeline groups={groups} terms={summaries} lang={lang} t={t} onOpenTerm={openTermStable} highlighted={highlighted} />
          </>
        )}
        {view === 'page' && (
          <>
            {page.status === 'unavailable' && <p class="tre-hint">{t('panel_pageUnavailable')}</p>}
            {page.status === 'loading' && <p class="tre-hint">{t('popover_loading')}</p>}
            {page.status === 'ready' && (
              <>
                <PageTimeline
                  items={pageTimeline(chronological, pageIds)}
                  terms={summaries}
                  lang={lang}
                  t={t}
                  onOpenTerm={openTerm}
                />
                {pageTerms.length > 0 && tabId !== null && (
                  <div class="tre-card-actions">
                    <button type="button" onClick={() => openReviewPage(reviewPagePath({ kind: 'quiz', tabId }))}>{t('popup_quiz')}</button>
                  </div>
                )}
                <PageTerms terms={pageTerms} lang={lang} t={t} onChooseTerm={(id) => void reveal(id)} />
              </>
            )}
          </>
        )}
        {view === 'saved' && (
          <SavedView
            ask={askStore}
            lang={lang}
            t={t}
            onOpenTerm={openTerm}
            onOpenReview={() => openReviewPage(reviewPagePath())}
            subscribe={subscribeToStore}
          />
        )}
      </ViewTabs>
      <p class="tre-visually-hidden" role="status" aria-live="polite">{announcement}</p>
    </main>
  );
}


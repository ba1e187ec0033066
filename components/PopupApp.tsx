import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TermDetails } from '../lib/glossary/catalog';
import type { SearchResult } from '../lib/glossary/search';
import { resolveLang, translator } from '../lib/i18n/i18n';
import { askStore, askTab } from '../lib/messaging/client';
import { openInTab, openSidePanel } from '../lib/messaging/side-panel';
import { reviewPagePath } from '../lib/review/review-page';
import type { TabStatus } from '../lib/messaging/protocol';
import type { Settings } from '../lib/settings/schema';
import { isHighlightingOn, withSite } from '../lib/settings/site';
import { updateSettings, watchSettings } from '../lib/settings/store';
import { clearRecent, readRecent, rememberLookup } from '../lib/lookup/recent';
import { LookupPanel } from './LookupPanel';
import { openShortcutSettings } from '../lib/messaging/shortcut-settings';
import { ShortcutList, useShortcuts } from './ShortcutList';
import { usePageTerms } from './usePageTerms';
import { PageControls } from './PageControls';
import { StudyBar } from './StudyBar';
import { useSavedTerms } from './useSavedTerms';
import { useDocumentPreferences } from './preferences';

type Props = {
  search: (query: string) => SearchResult[];
  details: (id: string) => TermDetails | null;
  settings: Settings;
  /** The tab the popup is about: the active one, or the one a context-menu lookup came from. */
  tabId: number | null;
  /** The popup's window: Chrome opens the side panel there, inside the click (no await before it). */
  windowId?: number;
  initialQuery: string;
  /** A term to open at once (the popover's "Open in Tre"). */
  initialTerm?: string;
};

/** The toolbar popup: the current page's switches above the lookup. Follows settings changed elsewhere. */
export function PopupApp({ search, details, settings: initial, tabId, windowId, initialQuery, initialTerm }: Props) {
  const [settings, setSettings] = useState(initial);
  const [status, setStatus] = useState<TabStatus | null>(null);
  const [due, setDue] = useState<number | null>(null);
  const lang = resolveLang(settings.uiLanguage);
  const t = translator(lang);
  const saved = useSavedTerms(t);
  useDocumentPreferences(lang, settings.theme, t('lookup_label'));
  const { page } = usePageTerms(tabId);
  const [recent, setRecent] = useState<string[]>([]);
  const [view, setView] = useState<'search' | 'card'>(initialTerm ? 'card' : 'search');
  const shortcuts = useShortcuts();

  useEffect(() => {
    readRecent().then(setRecent, () => undefined);
  }, []);
  const onOpened = useCallback((id: string) => {
    rememberLookup(id).then(setRecent, () => undefined);
  }, []);

  useEffect(() => watchSettings(setSettings), []);
  useEffect(() => {
    if (tabId === null) return;
    let stop = false;
    // Asked again after a switch: a page scanned only once marking is on has a count only from then.
    askTab(tabId, { type: 'tab/status' }).then((s) => !stop && setStatus(s), () => !stop && setStatus(null));
    return () => {
      stop = true;
    };
  }, [tabId, settings]);

  useEffect(() => {
    askStore({ type: 'store/due-count' }).then((d) => setDue(d.total), () => setDue(null));
  }, []);

  const openPage = (path: string) => void openInTab(path).then(() => window.close());
  const openTimeline = (term?: string) =>
    void openSidePanel(term ? { term } : {}, { windowId, tabId: tabId ?? undefined }).then(() => window.close());

  const site = status?.site ?? null;
  const onCard = view === 'card';
  return (
    <main class="tre-popup" data-view={view}>
      <h1 class="tre-visually-hidden">{t('popup_heading')}</h1>
      {/* Hidden while a card is open: its Back control must be the first thing Tab reaches. */}
      {!onCard && <PageControls
        status={status}
        enabled={settings.enabled}
        siteOn={site !== null && isHighlightingOn({ ...settings, enabled: true }, site)}
        t={t}
        onSiteChange={(on) => site && void updateSettings((now) => withSite(now, site, on)).then(setSettings)}
        onGlobalChange={(on) => void updateSettings({ enabled: on }).then(setSettings)}
      />}
      <LookupPanel
        search={search}
        details={details}
        lang={lang}
        t={t}
        initialQuery={initialQuery}
        onDismiss={() => window.close()}
        onToggleSave={saved.toggle}
        isSaved={(id) => saved.ids?.has(id) ?? false}
        actionError={saved.error}
        onShowTimeline={(id) => openTimeline(id)}
        initialTerm={initialTerm}
        pageTerms={page.status === 'ready' ? page.report.terms : null}
        recent={recent}
        onOpened={onOpened}
        onClearRecent={() => void clearRecent().then(() => setRecent([]), () => undefined)}
        onViewChange={setView}
      />
      {!onCard && <StudyBar
        due={due}
        canQuiz={tabId !== null && (status?.terms ?? 0) > 0}
        t={t}
        onReview={() => openPage(reviewPagePath())}
        onQuiz={() => openPage(reviewPagePath({ kind: 'quiz', tabId }))}
        onTimeline={() => openTimeline()}
      />}
      {!onCard && shortcuts && shortcuts.length > 0 && (
        <details class="tre-popup-shortcuts">
          <summary>{t('popup_shortcuts')}</summary>
          <ShortcutList
            shortcuts={shortcuts}
            t={t}
            onChange={hasShortcutPage() ? () => void openShortcutSettings().then(() => window.close(), () => undefined) : undefined}
            showFirefoxSteps={!hasShortcutPage()}
          />
        </details>
      )}
      <footer class="tre-popup-footer">
        <a
          href={browser.runtime.getURL('/options.html')}
          onClick={(e) => {
            // The browser's own way: it reuses an open options tab (or the embedded page in Firefox).
            e.preventDefault();
            void browser.runtime.openOptionsPage().then(() => window.close());
          }}
        >
          {t('lookup_openOptions')}
        </a>
      </footer>
    </main>
  );
}

/** Whether the popup can open the browser's shortcut settings: Chrome's page in a tab, or Firefox 137+'s API. */
function hasShortcutPage(): boolean {
  if (!import.meta.env.FIREFOX) return true;
  return typeof (browser.commands as { openShortcutSettings?: unknown }).openShortcutSettings === 'function';
}

import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TermDetails } from '../lib/glossary/catalog';
import type { SearchResult } from '../lib/glossary/search';
import { resolveLang, translator } from '../lib/i18n/i18n';
import { askTab } from '../lib/messaging/client';
import type { TabStatus } from '../lib/messaging/protocol';
import type { Settings } from '../lib/settings/schema';
import { isHighlightingOn, withSite } from '../lib/settings/site';
import { updateSettings, watchSettings } from '../lib/settings/store';
import { LookupPanel } from './LookupPanel';
import { PageControls } from './PageControls';
import { useDocumentPreferences } from './preferences';

type Props = {
  search: (query: string) => SearchResult[];
  details: (id: string) => TermDetails | null;
  settings: Settings;
  /** The tab the popup is about: the active one, or the one a context-menu lookup came from. */
  tabId: number | null;
  initialQuery: string;
};

/** The toolbar popup: the current page's switches above the lookup. Follows settings changed elsewhere. */
export function PopupApp({ search, details, settings: initial, tabId, initialQuery }: Props) {
  const [settings, setSettings] = useState(initial);
  const [status, setStatus] = useState<TabStatus | null>(null);
  const lang = resolveLang(settings.uiLanguage);
  const t = translator(lang);
  useDocumentPreferences(lang, settings.theme, t('lookup_label'));

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

  const site = status?.site ?? null;
  return (
    <main class="tre-popup">
      <PageControls
        status={status}
        enabled={settings.enabled}
        siteOn={site !== null && isHighlightingOn({ ...settings, enabled: true }, site)}
        t={t}
        onSiteChange={(on) => site && void updateSettings((now) => withSite(now, site, on)).then(setSettings)}
        onGlobalChange={(on) => void updateSettings({ enabled: on }).then(setSettings)}
      />
      <LookupPanel
        search={search}
        details={details}
        lang={lang}
        t={t}
        initialQuery={initialQuery}
        onDismiss={() => window.close()}
      />
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

import { useEffect, useState } from 'preact/hooks';
import { formatIsoDate } from '../lib/i18n/dates';
import { format, resolveLang, translator } from '../lib/i18n/i18n';
import { DEFAULT_SETTINGS, type Settings } from '../lib/settings/schema';
import { updateSettings, watchSettings } from '../lib/settings/store';
import { MarkPreview } from './MarkPreview';
import { useDocumentPreferences } from './preferences';
import { SETTING_LABELS, SettingsForm } from './SettingsForm';
import { ShortcutTable, type BoundCommand } from './ShortcutTable';

/** What the options page learns from the browser and the package (entrypoints/options/main.tsx). */
export type OptionsEnv = {
  version: string;
  firefox: boolean;
  loadAbout: () => Promise<{ terms: number; newestSource: string | null }>;
  loadShortcuts: () => Promise<BoundCommand[] | null>;
  openShortcutSettings: () => void;
  /** Asks before resetting (window.confirm in the page; a test or another host may answer otherwise). */
  confirm: (question: string) => boolean;
};

type About = { terms: number; newestSource: string | null };

/**
 * The options page: every setting, saved as soon as it changes (the "Saved" notice beside what changed), a live
 * preview of the marks, the keyboard shortcuts, what this copy of Tre is, and a way back to the defaults.
 */
export function OptionsApp({ settings: initial, env }: { settings: Settings; env: OptionsEnv }) {
  const [settings, setSettings] = useState(initial);
  const [saved, setSaved] = useState<{ field: keyof Settings | 'reset'; n: number } | null>(null);
  const [about, setAbout] = useState<About | null>(null);
  const [shortcuts, setShortcuts] = useState<BoundCommand[] | null>(null);
  const lang = resolveLang(settings.uiLanguage);
  const t = translator(lang);
  useDocumentPreferences(lang, settings.theme, t('options_title'));
  useEffect(() => watchSettings(setSettings), []);
  useEffect(() => {
    env.loadAbout().then(setAbout, () => undefined);
    const refresh = () => env.loadShortcuts().then(setShortcuts, () => setShortcuts(null));
    void refresh();
    // Back from the browser's shortcut page: show the keys as they are now.
    const onVisible = () => document.visibilityState === 'visible' && void refresh();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);
  const dark = useDark(settings.theme);

  const onChange = (change: Partial<Settings>) => {
    setSettings((now) => ({ ...now, ...change }));
    const field = Object.keys(change)[0] as keyof Settings;
    void updateSettings(change).then((next) => {
      setSettings(next);
      setSaved((now) => ({ field, n: (now?.n ?? 0) + 1 }));
    });
  };

  const reset = () => {
    if (!env.confirm(t('options_resetConfirm'))) return;
    void updateSettings(() => structuredClone(DEFAULT_SETTINGS)).then((next) => {
      setSettings(next);
      setSaved((now) => ({ field: 'reset', n: (now?.n ?? 0) + 1 }));
    });
  };

  const announcement = !saved ? '' : saved.field === 'reset'
    ? t('options_resetDone')
    : format(t('options_savedAnnounce'), { field: t(SETTING_LABELS[saved.field]) });

  return (
    <main class="tre-options">
      <h1>{t('options_title')}</h1>
      <SettingsForm
        settings={settings}
        t={t}
        lang={lang}
        onChange={onChange}
        savedField={saved && saved.field !== 'reset' ? saved.field : null}
        preview={<MarkPreview settings={settings} t={t} dark={dark} />}
      />
      <section aria-labelledby="opt-shortcuts-heading">
        <h2 id="opt-shortcuts-heading">{t('options_shortcuts')}</h2>
        <ShortcutTable t={t} bound={shortcuts} firefox={env.firefox} onOpenSettings={env.openShortcutSettings} />
      </section>
      <section aria-labelledby="opt-about-heading">
        <h2 id="opt-about-heading">{t('options_about')}</h2>
        <dl class="tre-about">
          <dt>{t('options_aboutVersion')}</dt>
          <dd>{env.version}</dd>
          <dt>{t('options_aboutTerms')}</dt>
          <dd>{about ? about.terms.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB') : t('options_aboutLoading')}</dd>
          <dt>{t('options_aboutNewestSource')}</dt>
          <dd>{about ? (about.newestSource ? formatIsoDate(about.newestSource, lang) : '—') : t('options_aboutLoading')}</dd>
        </dl>
      </section>
      <section class="tre-reset">
        <button type="button" onClick={reset}>{t('options_reset')}</button>
        {saved?.field === 'reset' && <span class="tre-saved-note" aria-hidden="true">✓ {t('options_resetDone')}</span>}
      </section>
      {/* Announced to screen readers after each change, naming what was saved; keyed so a repeat is announced again. */}
      <p class="tre-visually-hidden" role="status" key={saved?.n ?? 0}>{announcement}</p>
    </main>
  );
}

/** Whether the page shows dark: the chosen theme, or the system's when it follows the system. */
function useDark(theme: Settings['theme']): boolean {
  const query = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
  const [system, setSystem] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return undefined;
    const on = () => setSystem(query.matches);
    query.addEventListener('change', on);
    return () => query.removeEventListener('change', on);
  }, []);
  return theme === 'dark' || (theme === 'auto' && system);
}

import { useEffect, useState } from 'preact/hooks';
import { resolveLang, translator } from '../lib/i18n/i18n';
import type { Settings } from '../lib/settings/schema';
import { updateSettings, watchSettings } from '../lib/settings/store';
import { useDocumentPreferences } from './preferences';
import { SettingsForm } from './SettingsForm';

/** The options page: every setting, saved as soon as it changes, and kept current if changed elsewhere. */
export function OptionsApp({ settings: initial }: { settings: Settings }) {
  const [settings, setSettings] = useState(initial);
  const [saved, setSaved] = useState(0);
  const t = translator(resolveLang(settings.uiLanguage));
  useDocumentPreferences(resolveLang(settings.uiLanguage), settings.theme, t('options_title'));
  useEffect(() => watchSettings(setSettings), []);

  const onChange = (change: Partial<Settings>) => {
    setSettings((now) => ({ ...now, ...change }));
    void updateSettings(change).then((next) => {
      setSettings(next);
      setSaved((n) => n + 1);
    });
  };

  return (
    <main class="tre-options">
      <h1>{t('options_title')}</h1>
      <SettingsForm settings={settings} t={t} onChange={onChange} />
      <section>
        <h2>{t('options_shortcuts')}</h2>
        <p class="tre-help">{t('options_shortcutsHelp')}</p>
      </section>
      {/* Announced to screen readers after each change; keyed so a repeated change is announced again. */}
      <p class="tre-saved" role="status" key={saved}>{saved > 0 ? t('options_saved') : ''}</p>
    </main>
  );
}

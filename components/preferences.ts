import { useEffect } from 'preact/hooks';
import type { Lang } from '../lib/i18n/i18n';
import type { Theme } from '../lib/settings/schema';

/** Puts the reader's language and theme on an extension page's <html> (lang for screen readers, theme for CSS). */
export function useDocumentPreferences(lang: Lang, theme: Theme, title: string): void {
  useEffect(() => {
    const root = document.documentElement;
    root.lang = lang;
    root.dataset.theme = theme;
    document.title = title;
  }, [lang, theme, title]);
}

import { browser } from 'wxt/browser';

// Every string a user reads comes from public/_locales (vi is the default locale, en the second).

export type Lang = 'vi' | 'en';

export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key as never, substitutions) || key;
}

/** The language for glossary content: English only for an English browser UI, Vietnamese otherwise. */
export function contentLang(): Lang {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('en') ? 'en' : 'vi';
}

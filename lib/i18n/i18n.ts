import { browser } from 'wxt/browser';
import { UI_STRINGS, type UiKey } from './ui-strings';

export type Lang = 'vi' | 'en';
export type Translate = (key: string) => string;

/** The reader's language: English only for an English browser UI, Vietnamese otherwise (Tre speaks vi first). */
export function browserLang(): Lang {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('en') ? 'en' : 'vi';
}

/** Looks a UI string up in the chosen language; an unknown key comes back as itself, so it shows in tests. */
export function translator(lang: Lang): Translate {
  const table: Record<string, string> = UI_STRINGS[lang];
  return (key: string) => table[key as UiKey] ?? key;
}

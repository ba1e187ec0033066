import { browser } from 'wxt/browser';
import { UI_STRINGS, type UiKey } from './ui-strings';

export type Lang = 'vi' | 'en';
export type Translate = (key: string) => string;

/** The reader's language: English only for an English browser UI, Vietnamese otherwise (Tre speaks vi first). */
export function browserLang(): Lang {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('en') ? 'en' : 'vi';
}

/** The language the reader chose, or the browser's when they left it on "auto". */
export function resolveLang(choice: 'auto' | Lang): Lang {
  return choice === 'auto' ? browserLang() : choice;
}

/** Looks a UI string up in the chosen language; an unknown key comes back as itself, so it shows in tests. */
export function translator(lang: Lang): Translate {
  const table: Record<string, string> = UI_STRINGS[lang];
  return (key: string) => table[key as UiKey] ?? key;
}

/** Fills {name} placeholders: format(t('page_termCount'), { n: 3 }). */
export function format(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (all, name: string) => (name in values ? String(values[name]) : all));
}

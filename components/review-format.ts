import { format, type Lang, type Translate } from '../lib/i18n/i18n';
import { gapParts } from '../lib/review/review-page';

// Times as the review page, the saved list and the data panel write them, in the reader's language.

const locale = (lang: Lang) => (lang === 'vi' ? 'vi-VN' : 'en-GB');

/** "3 ngày", "10 min": how long until a card comes back. */
export function gapText(ms: number, t: Translate): string {
  const { unit, n } = gapParts(ms);
  if (unit === 'soon') return t('reviewPage_gapSoon');
  const key = `reviewPage_gap${unit[0]!.toUpperCase()}${unit.slice(1)}`;
  return format(t(key), { n: n.toLocaleString() });
}

/** A day: 5/3/2025, 5 Mar 2025. */
export function dayText(ms: number, lang: Lang): string {
  return new Intl.DateTimeFormat(locale(lang), { day: 'numeric', month: lang === 'vi' ? 'numeric' : 'short', year: 'numeric' }).format(ms);
}

/** A moment: a time today, or a day and a time. */
export function momentText(ms: number, lang: Lang, now: number): string {
  const time = new Intl.DateTimeFormat(locale(lang), { hour: '2-digit', minute: '2-digit' }).format(ms);
  return new Date(ms).toDateString() === new Date(now).toDateString() ? time : `${time} ${dayText(ms, lang)}`;
}

/** Only web and file addresses become links: a backup edited by hand must not bring a javascript: link. */
export function safeHref(url: string): string | null {
  return /^(https?|file):/i.test(url) ? url : null;
}

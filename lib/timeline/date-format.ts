import { formatIsoDate } from '../i18n/dates';
import type { Lang } from '../i18n/i18n';
import { UI_STRINGS } from '../i18n/ui-strings';

export { datePrecision, type DatePrecision } from '../i18n/dates';

/**
 * A timeline date with exactly the precision it has: vi 21/7/1954, 7/1954, 1954; en 21 July 1954, July 1954,
 * 1954. Never more precise than the data (no "1/7/1954" for July 1954).
 */
export function formatEventDate(iso: string, lang: Lang): string {
  return formatIsoDate(iso, lang, { monthWord: false });
}

/**
 * A period, such as a term's start and end dates: "1946 – 1954", "3/1945 – 7/1954", "March 1945 – July 1954".
 * An open end reads "từ 1946" / "since 1946", a missing start "đến 1954" / "until 1954"; equal ends one date.
 */
export function formatDateRange(start: string | undefined, end: string | undefined, lang: Lang): string {
  const strings = UI_STRINGS[lang];
  if (start && end) {
    return start === end ? formatEventDate(start, lang) : `${formatEventDate(start, lang)} – ${formatEventDate(end, lang)}`;
  }
  if (start) return strings.date_since.replace('{date}', formatEventDate(start, lang));
  if (end) return strings.date_until.replace('{date}', formatEventDate(end, lang));
  return '';
}

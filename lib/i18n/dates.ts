import type { Lang } from './i18n';

export const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

/** How much of a date is known: an ISO date says it by its length (YYYY, YYYY-MM, YYYY-MM-DD). */
export type DatePrecision = 'year' | 'month' | 'day';

export function datePrecision(iso: string): DatePrecision {
  const parts = iso.split('-').length;
  return parts >= 3 ? 'day' : parts === 2 ? 'month' : 'year';
}

/**
 * An ISO date (YYYY, YYYY-MM, YYYY-MM-DD) the way a reader of that language writes it, with exactly the
 * precision it has: 21/7/1954, 21 July 1954. A Vietnamese month-only date is "tháng 7/1954" where it stands
 * alone after a label (the term card), "7/1954" with `monthWord: false` (the timeline's date column and ranges,
 * where every entry is a date and the word would only lengthen it).
 */
export function formatIsoDate(iso: string, lang: Lang, { monthWord = true }: { monthWord?: boolean } = {}): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y!;
  const month = Number(m);
  if (lang === 'vi') return d ? `${Number(d)}/${month}/${y}` : `${monthWord ? 'tháng ' : ''}${month}/${y}`;
  return d ? `${Number(d)} ${EN_MONTHS[month - 1]} ${y}` : `${EN_MONTHS[month - 1]} ${y}`;
}

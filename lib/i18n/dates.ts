import type { Lang } from './i18n';

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

/** An ISO date (YYYY, YYYY-MM, YYYY-MM-DD) the way a reader of that language writes it: 21/7/1954, 21 July 1954. */
export function formatIsoDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y!;
  const month = Number(m);
  if (lang === 'vi') return d ? `${Number(d)}/${month}/${y}` : `tháng ${month}/${y}`;
  return d ? `${Number(d)} ${EN_MONTHS[month - 1]} ${y}` : `${EN_MONTHS[month - 1]} ${y}`;
}

import type { Term } from '../glossary/schema';
import { translator, type Lang } from '../i18n/i18n';
import type { SavedTerm } from './records';

// The saved list as a spreadsheet: UTF-8 with a byte order mark (without it Excel reads Vietnamese as
// mojibake), RFC 4180 quoting, CRLF line ends.

/** A saved term with its glossary entry, or null when the glossary no longer has it (the row stays). */
export type SavedTermRow = { saved: SavedTerm; term: Term | null };

export function savedTermsCsv(rows: readonly SavedTermRow[], lang: Lang): string {
  const t = translator(lang);
  const header = ['csv_termId', 'csv_nameVi', 'csv_nameEn', 'csv_summary', 'csv_note', 'csv_savedAt', 'csv_sentence', 'csv_url', 'csv_pageTitle'].map(t);
  const lines = rows.map(({ saved, term }) => {
    // The latest place the term was met: contexts are stored newest first.
    const context = saved.contexts[0];
    return [
      saved.termId,
      term?.name.vi ?? '',
      term?.name.en ?? '',
      term ? (lang === 'en' ? term.summary.en ?? term.summary.vi : term.summary.vi) : '',
      saved.note,
      new Date(saved.savedAt).toISOString(),
      context?.sentence ?? '',
      context?.url ?? '',
      context?.title ?? '',
    ];
  });
  return '\uFEFF' + [header, ...lines].map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * One field, quoted when it holds a comma, quote or line break (RFC 4180). A field a spreadsheet would run as
 * a formula (= + - @ at its start: page titles come from any web page) gets a leading apostrophe, the
 * usual defence against CSV injection.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

import type { Term } from '../glossary/schema';
import type { Lang } from '../i18n/i18n';
import type { SavedTermRow } from './csv';

// The saved list as an Anki text import (Anki manual, "Importing > Text files"): file headers tell Anki the
// separator, that fields are plain text, the columns, the note type and deck, and that column 1 is the
// note's GUID. The term id as GUID means importing again updates the notes instead of duplicating them.

export const ANKI_COLUMNS = ['GUID', 'Front', 'Back', 'Note', 'Context', 'Source', 'Tags'] as const;

/**
 * One note per saved term still in the glossary (a term Tre can no longer explain has no card to make):
 * Front the name, Back the summary, then the reader's note, the sentence where it was met and the page.
 * The columns Front and Back match Anki's stock "Basic" note type; the others can be mapped to fields of
 * the reader's own note type in Anki's import dialog.
 */
export function savedTermsAnki(rows: readonly SavedTermRow[], lang: Lang, deck = 'Tre'): string {
  const header = [
    '#separator:tab',
    '#html:false',
    `#columns:${ANKI_COLUMNS.join('\t')}`,
    '#notetype:Basic',
    `#deck:${ankiField(deck)}`,
    `#guid column:1`,
    `#tags column:${ANKI_COLUMNS.length}`,
  ];
  const notes = rows.flatMap(({ saved, term }) => {
    if (!term) return [];
    const context = saved.contexts[0];
    return [[
      saved.termId,
      front(term, lang),
      lang === 'en' ? term.summary.en ?? term.summary.vi : term.summary.vi,
      saved.note,
      context?.sentence ?? '',
      context ? [context.title, context.url].filter(Boolean).join(' — ') : '',
      `tre tre::${term.type}`,
    ].map(ankiField).join('\t')];
  });
  return [...header, ...notes].join('\n') + '\n';
}

function front(term: Term, lang: Lang): string {
  const [first, second] = lang === 'en' && term.name.en ? [term.name.en, term.name.vi] : [term.name.vi, term.name.en];
  return second && second !== first ? `${first} (${second})` : first;
}

/**
 * A field that cannot break the file: tabs and line breaks (which would start a new field or note) become
 * spaces, and a field holding a quote is quoted with its quotes doubled, since Anki reads a field that starts
 * with a quote as a quoted one.
 */
export function ankiField(value: string): string {
  const flat = value.replace(/[\t\r\n\u2028\u2029]+/g, ' ').trim();
  return flat.includes('"') ? `"${flat.replace(/"/g, '""')}"` : flat;
}

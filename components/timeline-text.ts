import type { Term } from '../lib/glossary/schema';
import type { Lang } from '../lib/i18n/i18n';

/** What the side panel's lists need of a term: its name and type (the full entry stays in the background). */
export type TermSummary = Pick<Term, 'id' | 'type' | 'name'>;

/** A localised text in the reader's language where it exists, with the language it is really in (for `lang`). */
export function localized(text: { vi: string; en?: string }, lang: Lang): { text: string; lang: Lang } {
  return lang === 'en' && text.en ? { text: text.en, lang: 'en' } : { text: text.vi, lang: 'vi' };
}

/** The DOM id of an event in the timeline: the container scrolls to it (e.g. the opened term's first event). */
export function eventElementId(eventId: string): string {
  return `tre-event-${eventId}`;
}

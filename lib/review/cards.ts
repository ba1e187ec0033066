import type { Event, Term } from '../glossary/schema';
import type { GlossaryView } from './glossary-view';
import { newCard } from './scheduler';
import type { CardKind, ReviewCard } from './types';

// Which cards a saved term gets, decided from the glossary alone: a card is made only when the glossary holds
// its answer, and never when the question would give the answer away.

/**
 * Which of a term's dates is the one worth learning, most telling first: the act that makes a treaty or an
 * organisation what it is (signed, founded, established), then when an event happened (held, start), then
 * the rest. `end`/`died` come last: alone they rarely identify the term.
 */
export const DATE_KEY_PRIORITY = [
  'signed', 'founded', 'established', 'held', 'start', 'adopted', 'inForce', 'joined', 'born', 'upgraded', 'end', 'died',
] as const;
export type DateKey = (typeof DATE_KEY_PRIORITY)[number];

export type DatePrecision = 'year' | 'month' | 'day';

export type KeyDate = { key: DateKey; iso: string; precision: DatePrecision };

export function precisionOf(iso: string): DatePrecision {
  return iso.length === 4 ? 'year' : iso.length === 7 ? 'month' : 'day';
}

/** The term's most important date, or null when it has none Tre knows how to ask about. */
export function keyDate(term: Term): KeyDate | null {
  for (const key of DATE_KEY_PRIORITY) {
    const iso = term.dates?.[key];
    if (iso) return { key, iso, precision: precisionOf(iso) };
  }
  return null;
}

const YEAR = /(?<!\d)(1[5-9]|20)\d\d(?!\d)/;

/**
 * The name as a question shows it: without a trailing "(1995)" or "(1945–1954)" that only dates it (several
 * event names carry one), which would hand the reader the answer to a date question.
 */
export function nameWithoutDate(name: string): string {
  return name.replace(/\s*\([^()]*\d{4}[^()]*\)\s*$/, '').trim() || name;
}

/** Whether a date question on this term would give the answer away: its shown name still holds the year. */
function nameRevealsYear(term: Term, iso: string): boolean {
  const year = iso.slice(0, 4);
  return [term.name.vi, term.name.en].some((n) => n !== undefined && nameWithoutDate(n).includes(year));
}

/** A date question exists for a term only with a key date its name does not reveal. */
export function askableDate(term: Term): KeyDate | null {
  const date = keyDate(term);
  return date && !nameRevealsYear(term, date.iso) ? date : null;
}

/**
 * Orders two ISO dates at the precision both have: -1 if a is earlier, 1 if later, 0 when that precision
 * cannot tell ("1954" against "1954-07-21" could be either). A question must never rest on a 0.
 */
export function compareDates(a: string, b: string): -1 | 0 | 1 {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** An event fit for an order question: its title does not state its year (a fifth of them do). */
export function orderableEvent(event: Event): boolean {
  return !YEAR.test(event.title.vi) && !(event.title.en !== undefined && YEAR.test(event.title.en));
}

/** The events an event can be compared with: orderable, another one, and surely before or after it. */
export function orderPartners(event: Event, view: GlossaryView): Event[] {
  return view.events.filter((e) => e.id !== event.id && orderableEvent(e) && compareDates(e.date, event.date) !== 0);
}

/** The term's events that an order question can be built on. */
export function orderableEventsOf(termId: string, view: GlossaryView): Event[] {
  return (view.eventsByTerm.get(termId) ?? []).filter((e) => orderableEvent(e) && orderPartners(e, view).length > 0);
}

/** The kinds of card a term gets, in the order the review introduces them. */
export function cardKindsFor(term: Term, view: GlossaryView): CardKind[] {
  const kinds: CardKind[] = ['name-to-summary', 'summary-to-name'];
  if (askableDate(term)) kinds.push('date');
  if (orderableEventsOf(term.id, view).length > 0) kinds.push('order');
  return kinds;
}

/** New cards for a term just saved, created `now` and due at once. */
export function createCardsForTerm(term: Term, view: GlossaryView, now: number): ReviewCard[] {
  return cardKindsFor(term, view).map((kind) => newCard(term.id, kind, now));
}

import type { Era, Event, Term, TermType } from '../glossary/schema';
import { foldWords, type GlossarySearch } from '../glossary/search';
import { groupByEra, type EraGroup } from './eras';
import { lessonsOf, type TextbookLesson } from './lessons';

/** What the reader narrowed the timeline to. Every field set must hold (they AND together); none set: all events. */
export type TimelineFilter = {
  era?: string;
  /** Events involving at least one term of this type. */
  termType?: TermType;
  /** Events backed by this lesson of the textbook (see lessons.ts). */
  lesson?: number;
  /** Events involving at least one term found on the current page. */
  onlyPageTerms?: boolean;
  /** Events involving at least one saved term. */
  onlySaved?: boolean;
  /** Text typed in the timeline's search box (see `filterEvents`). */
  query?: string;
};

/** What a filter is applied with, besides the events. */
export type TimelineFilterContext = {
  /** The type of every glossary term, by id (`termTypes(terms)`). */
  termTypes: ReadonlyMap<string, TermType>;
  /** The popup's term search: a query finds terms by any name, alias or acronym, with or without diacritics. */
  search: Pick<GlossarySearch, 'search'>;
  /** The terms found on the current page; absent where that is unknown (no page), and `onlyPageTerms` is ignored. */
  pageTermIds?: ReadonlySet<string>;
  /** The saved terms; absent where saving does not exist, and `onlySaved` is ignored. */
  savedTermIds?: ReadonlySet<string>;
};

/**
 * The lowest search score at which a term counts as named by the query: a whole spelling or the start of one
 * of its words (GlossarySearch's tiers 100, 95, 80, 60). Below are one-typo and mid-word hits, which at a
 * popup's ranked list are useful last suggestions but here would pull in events the reader did not ask for.
 */
export const MIN_TERM_SCORE = 60;

export function termTypes(terms: readonly Pick<Term, 'id' | 'type'>[]): Map<string, TermType> {
  return new Map(terms.map((t) => [t.id, t.type]));
}

export function isFilterEmpty(filter: TimelineFilter): boolean {
  return filter.era === undefined && filter.termType === undefined && filter.lesson === undefined &&
    !filter.onlyPageTerms && !filter.onlySaved && !filter.query?.trim();
}

/**
 * The events that pass every part of the filter, in their given order. The query matches an event when, folded
 * as the popup folds (no diacritics, any case, dashes as spaces), it starts a word of the event's Vietnamese or
 * English title ("hiep dinh so" finds "Ký Hiệp định Sơ bộ"), or when the popup's search finds, by a whole
 * spelling or a word's start, one of the event's terms ("LHQ", "Gionevo", "Paris Peace Accords").
 */
export function filterEvents(events: readonly Event[], filter: TimelineFilter, context: TimelineFilterContext): Event[] {
  const test = eventTest(filter, context);
  return events.filter(test);
}

/** The filtered events grouped by era in the eras' order, chronological within; eras left empty are dropped. */
export function filterTimeline(
  eras: readonly Era[],
  events: readonly Event[],
  filter: TimelineFilter,
  context: TimelineFilterContext,
): EraGroup[] {
  return groupByEra(eras, filterEvents(events, filter, context), { dropEmpty: true });
}

export function countEvents(groups: readonly EraGroup[]): number {
  return groups.reduce((n, g) => n + g.events.length, 0);
}

function eventTest(filter: TimelineFilter, context: TimelineFilterContext): (event: Event) => boolean {
  const tests: ((event: Event) => boolean)[] = [];
  const { era, termType, lesson, query } = filter;
  if (era !== undefined) tests.push((e) => e.era === era);
  if (termType !== undefined) tests.push((e) => e.terms.some((id) => context.termTypes.get(id) === termType));
  if (lesson !== undefined) tests.push((e) => (cachedLessons(e) as readonly number[]).includes(lesson));
  const page = context.pageTermIds;
  if (filter.onlyPageTerms && page) tests.push((e) => e.terms.some((id) => page.has(id)));
  const saved = context.savedTermIds;
  if (filter.onlySaved && saved) tests.push((e) => e.terms.some((id) => saved.has(id)));
  const words = query ? foldWords(query) : '';
  if (words !== '') {
    const named = new Set(
      context.search.search(query!, Infinity).filter((r) => r.score >= MIN_TERM_SCORE).map((r) => r.id),
    );
    const needle = ' ' + words;
    tests.push((e) => cachedTitle(e).includes(needle) || e.terms.some((id) => named.has(id)));
  }
  return (event) => tests.every((test) => test(event));
}

// Per event, worked out once: every keystroke in the search box filters every event again.
const titles = new WeakMap<Event, string>();
const lessons = new WeakMap<Event, TextbookLesson[]>();

/** Both titles folded, each word preceded by a space, so that " " + query finds a word's start. */
function cachedTitle(event: Event): string {
  let folded = titles.get(event);
  if (folded === undefined) {
    folded = ` ${foldWords(event.title.vi)} \n ${foldWords(event.title.en ?? '')}`;
    titles.set(event, folded);
  }
  return folded;
}

function cachedLessons(event: Event): TextbookLesson[] {
  let found = lessons.get(event);
  if (found === undefined) {
    found = lessonsOf(event);
    lessons.set(event, found);
  }
  return found;
}

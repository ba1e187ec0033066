import type { Era, Event } from '../glossary/schema';

/** An era of the timeline with its events in chronological order (see `sortChronologically`). */
export type EraGroup = {
  era: Era;
  /** The era's one-sentence summary (data/eras.json), or null where the data has none. */
  summary: { vi: string; en?: string } | null;
  events: Event[];
};

/**
 * The events in chronological order, by this rule (dates carry different precisions: 1954, 1954-07, 1954-07-21):
 *
 * - events are ordered by year;
 * - within a year, an event known only to the year keeps its place among that year's events as the data lists
 *   them, and the year's events dated to a month or a day are ordered by month in the places left;
 * - within a month, the same again: an event known only to the month keeps its place, the day-dated ones are
 *   ordered by day in the places left;
 * - equal dates keep the data's order.
 *
 * Why not compare "2020" with "2020-05" at all: an event dated only to the year happened at some unknown point in
 * it, so neither order is right, and the data's editor placed it on purpose (the data lists a year's undated
 * events first, as its sources do). A comparator that treats "same year" as equal cannot be used either: with
 * year-only events in between, it is not transitive (2020-05, 2020, 2020-03 would each come before the next).
 */
export function sortChronologically(events: readonly Event[]): Event[] {
  return order([...events], 0);
}

/**
 * The events grouped by era, in the eras' order, each era's events in chronological order. Events of an era not
 * in `eras` are left out (`glossary check` rejects them). Eras without events are kept unless `dropEmpty`.
 */
export function groupByEra(
  eras: readonly Era[],
  events: readonly Event[],
  { dropEmpty = false }: { dropEmpty?: boolean } = {},
): EraGroup[] {
  const byEra = new Map<string, Event[]>(eras.map((era) => [era.id, []]));
  for (const event of events) byEra.get(event.era)?.push(event);
  const groups: EraGroup[] = [];
  for (const era of eras) {
    const own = byEra.get(era.id)!;
    if (dropEmpty && own.length === 0) continue;
    groups.push({ era, summary: era.summary ?? null, events: sortChronologically(own) });
    byEra.set(era.id, []); // an era listed twice gets its events once
  }
  return groups;
}

/** The `part`-th number of an ISO date (0 year, 1 month, 2 day), or undefined where the date stops before it. */
function partOf(event: Event, part: number): number | undefined {
  const text = event.date.split('-')[part];
  return text === undefined ? undefined : Number(text);
}

/** Orders events that share their first `part` date parts (see sortChronologically for the rule). */
function order(events: Event[], part: number): Event[] {
  if (part > 2 || events.length < 2) return events;
  const dated = events.filter((e) => partOf(e, part) !== undefined);
  // Array.prototype.sort is stable (ES2019): equal values keep the data's order.
  dated.sort((a, b) => partOf(a, part)! - partOf(b, part)!);
  const refined: Event[] = [];
  for (let i = 0; i < dated.length;) {
    let j = i + 1;
    while (j < dated.length && partOf(dated[j]!, part) === partOf(dated[i]!, part)) j++;
    refined.push(...order(dated.slice(i, j), part + 1));
    i = j;
  }
  // The less precise events stay in their places; the others fill the remaining places in order.
  let k = 0;
  return events.map((e) => (partOf(e, part) === undefined ? e : refined[k++]!));
}

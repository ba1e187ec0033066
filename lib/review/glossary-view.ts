import type { Event, Term } from '../glossary/schema';

/** The glossary as review and quizzes read it, indexed once per glossary (not per question). */
export type GlossaryView = {
  terms: ReadonlyMap<string, Term>;
  /** Every timeline event, oldest first. */
  events: readonly Event[];
  /** The events that name each term, oldest first. */
  eventsByTerm: ReadonlyMap<string, readonly Event[]>;
};

export function glossaryView(terms: readonly Term[], events: readonly Event[]): GlossaryView {
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const eventsByTerm = new Map<string, Event[]>();
  for (const event of sorted) {
    for (const id of new Set(event.terms)) {
      let list = eventsByTerm.get(id);
      if (!list) eventsByTerm.set(id, (list = []));
      list.push(event);
    }
  }
  return { terms: new Map(terms.map((t) => [t.id, t])), events: sorted, eventsByTerm };
}

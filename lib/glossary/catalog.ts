import type { Term, TermType } from './schema';

/** A term with its related terms resolved to names, as a popover or a card shows it. */
export type TermDetails = {
  term: Term;
  related: { id: string; type: TermType; name: Term['name'] }[];
};

/** The background's read-only view of the glossary: details by id. */
export class Catalog {
  private readonly byId: Map<string, Term>;

  constructor(terms: readonly Term[]) {
    this.byId = new Map(terms.map((t) => [t.id, t]));
  }

  get size(): number {
    return this.byId.size;
  }

  details(id: string): TermDetails | null {
    const term = this.byId.get(id);
    if (!term) return null;
    const related = (term.related ?? []).flatMap((rid) => {
      const r = this.byId.get(rid);
      return r ? [{ id: r.id, type: r.type, name: r.name }] : [];
    });
    return { term, related };
  }
}

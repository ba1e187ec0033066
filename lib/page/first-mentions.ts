import { startsBefore, type Mention } from './mention';

/**
 * Which mention of each term comes first in the document, kept current as mentions come and go (for the
 * "first mention strongly, the rest lightly" marking). Reports the mentions whose standing changed, so a
 * surface restyles only those.
 */
export class FirstMentions {
  private readonly byTerm = new Map<string, Set<Mention>>();
  private readonly first = new Map<string, Mention>();

  /** `precedes` orders two mentions in the document (the wrapping fallback orders by its marks). */
  constructor(private readonly precedes: (a: Mention, b: Mention) => boolean = rangePrecedes) {}

  /** Adds mentions; returns every mention whose standing is new or changed, with true for "first". */
  add(mentions: readonly Mention[]): Map<Mention, boolean> {
    const changed = new Map<Mention, boolean>();
    for (const m of mentions) {
      let set = this.byTerm.get(m.id);
      if (!set) this.byTerm.set(m.id, (set = new Set()));
      set.add(m);
      const current = this.first.get(m.id);
      if (!current || this.precedes(m, current)) {
        if (current) changed.set(current, false);
        this.first.set(m.id, m);
        changed.set(m, true);
      } else {
        changed.set(m, false);
      }
    }
    return changed;
  }

  /** Whether `m` is its term's first mention now. */
  isFirst(m: Mention): boolean {
    return this.first.get(m.id) === m;
  }

  /** Removes mentions; returns the remaining mentions promoted to "first" in their place. */
  remove(mentions: readonly Mention[]): Map<Mention, boolean> {
    const changed = new Map<Mention, boolean>();
    const orphaned = new Set<string>();
    for (const m of mentions) {
      this.byTerm.get(m.id)?.delete(m);
      changed.delete(m);
      if (this.first.get(m.id) === m) orphaned.add(m.id);
    }
    for (const id of orphaned) {
      this.first.delete(id);
      const rest = this.byTerm.get(id);
      if (!rest || rest.size === 0) {
        this.byTerm.delete(id);
        continue;
      }
      let best: Mention | null = null;
      for (const m of rest) if (!best || this.precedes(m, best)) best = m;
      this.first.set(id, best!);
      changed.set(best!, true);
    }
    return changed;
  }
}

function rangePrecedes(a: Mention, b: Mention): boolean {
  if (a.order !== undefined && b.order !== undefined) return a.order < b.order;
  return startsBefore(a.range, b.range);
}

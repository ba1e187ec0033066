import { startsBefore, type Mention } from './mention';

// What the side panel's "On this page" view lists, and the order in which "next mention" visits a term's
// mentions: both in document order, which is the reading order of the page.

/** A term the page mentions, with how often. */
export type PageTerm = { id: string; count: number };

/** Mentions in document order. Mentions in different trees (a shadow root) keep the order they were found in. */
export function inDocumentOrder(mentions: Iterable<Mention>): Mention[] {
  return [...mentions].sort((a, b) => (startsBefore(a.range, b.range) ? -1 : startsBefore(b.range, a.range) ? 1 : 0));
}

/** The terms of the page in the order of their first mention, each with its number of mentions. */
export function pageTerms(mentions: Iterable<Mention>): PageTerm[] {
  const counts = new Map<string, number>();
  for (const m of inDocumentOrder(mentions)) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  return [...counts].map(([id, count]) => ({ id, count }));
}

/**
 * Visits a term's mentions one after another, wrapping round: the side panel's repeated choice of a term
 * moves through the page. Remembers where it is per term; a page whose mentions changed meanwhile continues
 * from the same position, clamped.
 */
export class MentionTour {
  private readonly position = new Map<string, number>();

  next(id: string, mentions: Iterable<Mention>): { mention: Mention; index: number; count: number } | null {
    const ofTerm = inDocumentOrder([...mentions].filter((m) => m.id === id));
    if (ofTerm.length === 0) return null;
    const last = this.position.get(id);
    const index = last === undefined ? 0 : (last + 1) % ofTerm.length;
    this.position.set(id, index);
    return { mention: ofTerm[index]!, index, count: ofTerm.length };
  }
}

import type { Event } from '../glossary/schema';
import { sortChronologically } from './eras';

/** An event of "Lịch sử của trang này", with the terms of the page it involves. */
export type PageEvent = {
  event: Event;
  /** The page's terms among the event's, in the page's order (first mention first). */
  pageTerms: string[];
};

/**
 * "Lịch sử của trang này": every event involving at least one term found on the page, in chronological order
 * across eras (the rule of `sortChronologically`), each with the page terms it involves.
 *
 * `pageTermIds` in the page's order of first mention: an event's page terms are listed in that order, so the
 * first is the one the reader met first.
 */
export function pageTimeline(events: readonly Event[], pageTermIds: readonly string[]): PageEvent[] {
  const rank = new Map<string, number>();
  pageTermIds.forEach((id, i) => !rank.has(id) && rank.set(id, i));
  const found: PageEvent[] = [];
  for (const event of sortChronologically(events)) {
    const pageTerms = [...new Set(event.terms.filter((id) => rank.has(id)))].sort((a, b) => rank.get(a)! - rank.get(b)!);
    if (pageTerms.length > 0) found.push({ event, pageTerms });
  }
  return found;
}

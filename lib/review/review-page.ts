import { rate, type SchedulerOptions } from './scheduler';
import { RATINGS, type Rating, type ReviewCard } from './types';

// Small pure helpers of the review page (review.html): its address, and the gaps the rating buttons preview.

/** How review.html is opened: plain review of the due cards, or a quiz about one tab's page. */
export type ReviewPageMode = { kind: 'review' } | { kind: 'quiz'; tabId: number | null };

/** The page's path (for browser.runtime.getURL): `/review.html`, or `/review.html?quiz=1&tab=ID` for the page quiz. */
export function reviewPagePath(mode: ReviewPageMode = { kind: 'review' }): string {
  if (mode.kind === 'review') return '/review.html';
  return mode.tabId === null ? '/review.html?quiz=1' : `/review.html?quiz=1&tab=${mode.tabId}`;
}

/** The mode a review.html address asks for (`?quiz=1&tab=ID`); anything else is plain review. */
export function reviewPageModeOf(search: string): ReviewPageMode {
  const params = new URLSearchParams(search);
  if (params.get('quiz') !== '1') return { kind: 'review' };
  const tab = Number(params.get('tab'));
  return { kind: 'quiz', tabId: params.get('tab') !== null && Number.isInteger(tab) && tab >= 0 ? tab : null };
}

/**
 * How long until the card comes back after each rating, in milliseconds, as the background would schedule it
 * now (ts-fsrs; its fuzz makes the real gap differ by a little). A preview only: the background decides.
 */
export function previewGaps(card: ReviewCard, now: number, options: SchedulerOptions): Record<Rating, number> {
  const out = {} as Record<Rating, number>;
  for (const rating of RATINGS) out[rating] = Math.max(0, rate(card, rating, now, options).card.due - now);
  return out;
}

export type GapUnit = 'soon' | 'minute' | 'hour' | 'day' | 'month' | 'year';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A gap rounded the way a reader says it: "10 minutes", "3 days", "2 months"; under a minute is "soon". */
export function gapParts(ms: number): { unit: GapUnit; n: number } {
  if (ms < MINUTE) return { unit: 'soon', n: 0 };
  if (ms < HOUR) return { unit: 'minute', n: Math.round(ms / MINUTE) };
  if (ms < DAY) return { unit: 'hour', n: Math.max(1, Math.round(ms / HOUR)) };
  const days = Math.round(ms / DAY);
  if (days < 31) return { unit: 'day', n: Math.max(1, days) };
  if (days < 365) return { unit: 'month', n: Math.max(1, Math.round(days / 30.4)) };
  return { unit: 'year', n: Math.max(1, Math.round((days / 365) * 10) / 10) };
}

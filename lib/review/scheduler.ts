import { createEmptyCard, fsrs, generatorParameters, type Card, type FSRS, type Grade } from 'ts-fsrs';
import { STATE_NEW, type CardKind, type CardState, type Rating, type ReviewCard, type ReviewLogEntry, cardId } from './types';

// Spaced repetition through ts-fsrs only: the FSRS formulas and their fitted weights are the library's, and
// upgrading it is how Tre gets better scheduling. This file only converts between Tre's stored JSON cards
// (times as numbers) and ts-fsrs's Card (times as Dates).

export type SchedulerOptions = {
  /** The probability of remembering a card when it comes due (FSRS's request_retention), from settings. */
  targetRetention: number;
  /** The longest gap between two reviews, in days. */
  maximumIntervalDays?: number;
};

/** Ten years: longer gaps make no sense for school and university study, and FSRS's default is a century. */
export const DEFAULT_MAXIMUM_INTERVAL_DAYS = 3650;

const schedulers = new Map<string, FSRS>();

function schedulerFor(options: SchedulerOptions): FSRS {
  const key = `${options.targetRetention}|${options.maximumIntervalDays ?? DEFAULT_MAXIMUM_INTERVAL_DAYS}`;
  let f = schedulers.get(key);
  if (!f) {
    f = fsrs(generatorParameters({
      request_retention: options.targetRetention,
      maximum_interval: options.maximumIntervalDays ?? DEFAULT_MAXIMUM_INTERVAL_DAYS,
      // Fuzz spreads cards learnt together over nearby days so they do not all come back on one day; ts-fsrs
      // seeds it from the card and the review time, so the same answer still gives the same schedule.
      enable_fuzz: true,
    }));
    schedulers.set(key, f);
  }
  return f;
}

/** A card never reviewed, due at once. */
export function newCard(termId: string, kind: CardKind, now: number): ReviewCard {
  return fromFsrs(createEmptyCard(new Date(now)), { id: cardId(termId, kind), termId, kind, createdAt: now });
}

/** The card after the reader's answer, and the log entry that records it. */
export function rate(card: ReviewCard, rating: Rating, now: number, options: SchedulerOptions): { card: ReviewCard; log: ReviewLogEntry } {
  const { card: next, log } = schedulerFor(options).next(toFsrs(card), new Date(now), rating as Grade);
  return {
    card: fromFsrs(next, card),
    log: {
      cardId: card.id,
      termId: card.termId,
      rating,
      review: now,
      state: log.state as CardState,
      due: log.due.getTime(),
      stability: log.stability,
      difficulty: log.difficulty,
      scheduledDays: log.scheduled_days,
      learningSteps: log.learning_steps,
    },
  };
}

/** The cards due at `now`, soonest first; new cards are due from their creation. */
export function dueCards(cards: readonly ReviewCard[], now: number): ReviewCard[] {
  return cards.filter((c) => c.due <= now).sort((a, b) => a.due - b.due || a.id.localeCompare(b.id));
}

/** Local midnight before `now`: "today" is the reader's day, not UTC's. */
export function startOfDay(now: number): number {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** How many cards were seen for the first time today: log entries whose card was New before the answer. */
export function newCardsIntroducedToday(log: readonly ReviewLogEntry[], now: number): number {
  const from = startOfDay(now);
  const cards = new Set<string>();
  for (const entry of log) if (entry.state === STATE_NEW && entry.review >= from && entry.review <= now) cards.add(entry.cardId);
  return cards.size;
}

/** How many new cards the reader may still start today under their daily limit. */
export function newCardsLeftToday(log: readonly ReviewLogEntry[], now: number, newCardsPerDay: number): number {
  return Math.max(0, newCardsPerDay - newCardsIntroducedToday(log, now));
}

export type DueSummary = { review: number; new: number; total: number };

/**
 * What the reader can study now: every due card already started, plus new cards up to what today's limit
 * leaves. This is the badge's and the review page's count.
 */
export function dueSummary(cards: readonly ReviewCard[], log: readonly ReviewLogEntry[], now: number, newCardsPerDay: number): DueSummary {
  const due = dueCards(cards, now);
  const review = due.filter((c) => c.state !== STATE_NEW).length;
  const fresh = Math.min(due.length - review, newCardsLeftToday(log, now, newCardsPerDay));
  return { review, new: fresh, total: review + fresh };
}

/**
 * The next card to study: the most overdue started card first (forgetting costs more than not yet learning),
 * then the oldest new card while today's limit allows. `skip` leaves out cards the caller cannot show.
 */
export function nextCard(
  cards: readonly ReviewCard[], log: readonly ReviewLogEntry[], now: number, newCardsPerDay: number,
  skip: (card: ReviewCard) => boolean = () => false,
): ReviewCard | null {
  const due = dueCards(cards, now).filter((c) => !skip(c));
  const started = due.find((c) => c.state !== STATE_NEW);
  if (started) return started;
  if (newCardsLeftToday(log, now, newCardsPerDay) === 0) return null;
  return due.filter((c) => c.state === STATE_NEW).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))[0] ?? null;
}

function toFsrs(card: ReviewCard): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.lastReview === null ? {} : { last_review: new Date(card.lastReview) }),
  };
}

function fromFsrs(card: Card, identity: Pick<ReviewCard, 'id' | 'termId' | 'kind' | 'createdAt'>): ReviewCard {
  return {
    id: identity.id,
    termId: identity.termId,
    kind: identity.kind,
    createdAt: identity.createdAt,
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as CardState,
    lastReview: card.last_review ? card.last_review.getTime() : null,
  };
}

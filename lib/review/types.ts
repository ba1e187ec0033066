// The review data Tre stores (lib/store) and schedules (scheduler.ts). Plain JSON values only — numbers for
// times (milliseconds since the Unix epoch, UTC) — so that a record in IndexedDB, in a message between
// contexts and in a backup file is the same object, and a backup round-trips exactly.

/** What a card asks about its term. The question itself is built from the glossary at review time, so a
 *  corrected glossary entry corrects every card at once; the card only carries the scheduling state. */
export const CARD_KINDS = ['name-to-summary', 'summary-to-name', 'date', 'order'] as const;
export type CardKind = (typeof CARD_KINDS)[number];

/** How well the reader remembered: Again, Hard, Good, Easy (FSRS's grades). */
export type Rating = 1 | 2 | 3 | 4;
export const RATINGS: readonly Rating[] = [1, 2, 3, 4];

/** FSRS's card states: New, Learning, Review, Relearning. */
export type CardState = 0 | 1 | 2 | 3;
export const STATE_NEW: CardState = 0;

export type ReviewCard = {
  /** `${termId}|${kind}`: one card per term and kind, so saving a term twice never doubles its cards. */
  id: string;
  termId: string;
  kind: CardKind;
  createdAt: number;
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardState;
  /** null until the first review. */
  lastReview: number | null;
};

/** One answer given in review: enough to rebuild a card's history (FSRS can reschedule from it). */
export type ReviewLogEntry = {
  /** IndexedDB's key for the entry; absent before it is stored and in backups (it is local to a database). */
  id?: number;
  cardId: string;
  termId: string;
  rating: Rating;
  /** When the answer was given. */
  review: number;
  /** The card's state, due time, stability and difficulty before this answer (as ts-fsrs logs them). */
  state: CardState;
  due: number;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
};

export function cardId(termId: string, kind: CardKind): string {
  return `${termId}|${kind}`;
}

/** The same identity for a log entry on every device: a card is never answered twice in one millisecond. */
export function logEntryKey(entry: Pick<ReviewLogEntry, 'cardId' | 'review' | 'rating'>): string {
  return `${entry.cardId}|${entry.review}|${entry.rating}`;
}

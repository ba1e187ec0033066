import type { ReviewCard, ReviewLogEntry } from '../review/types';
import type { TreDb } from './db';
import { guard } from './errors';

// Review cards and the review log in IndexedDB. The scheduling itself is lib/review's; this only keeps it.

export function getCard(db: TreDb, id: string): Promise<ReviewCard | null> {
  return guard(async () => (await db.get('reviewCards', id)) ?? null);
}

export function allCards(db: TreDb): Promise<ReviewCard[]> {
  return guard(() => db.getAll('reviewCards'));
}

export function cardsOfTerm(db: TreDb, termId: string): Promise<ReviewCard[]> {
  return guard(() => db.getAllFromIndex('reviewCards', 'byTermId', termId));
}

/** Cards due at `now` (through the due index: the worker never reads cards that are not due). */
export function cardsDueBy(db: TreDb, now: number): Promise<ReviewCard[]> {
  return guard(() => db.getAllFromIndex('reviewCards', 'byDue', IDBKeyRange.upperBound(now)));
}

/** The log entries since a time (for today's new-card count). */
export function logSince(db: TreDb, from: number): Promise<ReviewLogEntry[]> {
  return guard(() => db.getAllFromIndex('reviewLog', 'byReview', IDBKeyRange.lowerBound(from)));
}

export function logOfCard(db: TreDb, cardId: string): Promise<ReviewLogEntry[]> {
  return guard(() => db.getAllFromIndex('reviewLog', 'byCardId', cardId));
}

/**
 * Stores an answer: the card's new state and its log entry, together or not at all. Refuses an answer to a
 * card that changed meanwhile (answered in another tab): `expected` is the state the answer was given to.
 */
export function recordAnswer(db: TreDb, expected: ReviewCard, next: ReviewCard, log: ReviewLogEntry): Promise<boolean> {
  return guard(async () => {
    const tx = db.transaction(['reviewCards', 'reviewLog'], 'readwrite');
    const now = await tx.objectStore('reviewCards').get(expected.id);
    const current = now !== undefined && now.reps === expected.reps && now.due === expected.due;
    if (current) {
      await tx.objectStore('reviewCards').put(next);
      const { id: _ignored, ...entry } = log;
      await tx.objectStore('reviewLog').add(entry);
    }
    await tx.done;
    return current;
  });
}

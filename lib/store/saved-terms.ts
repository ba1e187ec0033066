import type { ReviewCard } from '../review/types';
import { cleanUrl } from './context';
import type { TreDb } from './db';
import { guard } from './errors';
import { MAX_CONTEXTS, MAX_NOTE_LENGTH, MAX_SENTENCE_LENGTH, MAX_TITLE_LENGTH, type MeetingContext, type SavedTerm } from './records';

// The reader's saved terms. A term id the glossary no longer has is kept like any other (docs/architecture.md: saved
// data is never lost); the pages show it as a term Tre no longer explains.

export type SaveOptions = {
  /** Where the reader met the term now; its URL is cleaned here, whoever calls. */
  context?: Omit<MeetingContext, 'seenAt'>;
  now: number;
  /** Review cards to start for the term (made by lib/review/cards.ts); those it already has are kept. */
  cards?: readonly ReviewCard[];
  keepQuery?: boolean;
};

/**
 * Saves a term, or adds where it was met again to a term already saved (one context per URL, the newer
 * replacing the older, the MAX_CONTEXTS most recent kept). Saving and its cards are one transaction.
 */
export function saveTerm(db: TreDb, termId: string, options: SaveOptions): Promise<SavedTerm> {
  return guard(async () => {
    const tx = db.transaction(['savedTerms', 'reviewCards'], 'readwrite');
    const terms = tx.objectStore('savedTerms');
    const existing = await terms.get(termId);
    const saved: SavedTerm = existing ?? { termId, savedAt: options.now, updatedAt: options.now, note: '', contexts: [] };
    const context = options.context && meetingContext(options.context, options.now, options.keepQuery);
    if (context) saved.contexts = mergeContexts(saved.contexts, [context]);
    if (!existing || context) saved.updatedAt = Math.max(saved.updatedAt, options.now);
    await terms.put(saved);
    const cards = tx.objectStore('reviewCards');
    for (const card of options.cards ?? []) {
      if (card.termId !== termId) throw new Error(`card ${card.id} is not for ${termId}`);
      if ((await cards.getKey(card.id)) === undefined) await cards.put(card);
    }
    await tx.done;
    return saved;
  });
}

/**
 * Adds where a term was met, only if it is saved (the content script reports every saved term it marks).
 * Returns whether the term is saved.
 */
export function recordMeeting(db: TreDb, termId: string, context: Omit<MeetingContext, 'seenAt'>, now: number, keepQuery = false): Promise<boolean> {
  return guard(async () => {
    const tx = db.transaction('savedTerms', 'readwrite');
    const saved = await tx.store.get(termId);
    const meeting = meetingContext(context, now, keepQuery);
    if (saved && meeting) {
      saved.contexts = mergeContexts(saved.contexts, [meeting]);
      saved.updatedAt = Math.max(saved.updatedAt, now);
      await tx.store.put(saved);
    }
    await tx.done;
    return saved !== undefined;
  });
}

/**
 * Removes a saved term with its contexts and its review cards. Its review log stays: it holds no page data,
 * only when cards were answered, and it is the reader's study history (today's new-card count, statistics,
 * and the history FSRS can rebuild a card from if the term is saved again).
 */
export function unsaveTerm(db: TreDb, termId: string): Promise<boolean> {
  return guard(async () => {
    const tx = db.transaction(['savedTerms', 'reviewCards'], 'readwrite');
    const existed = (await tx.objectStore('savedTerms').getKey(termId)) !== undefined;
    await tx.objectStore('savedTerms').delete(termId);
    const cards = tx.objectStore('reviewCards');
    for (const key of await cards.index('byTermId').getAllKeys(termId)) await cards.delete(key);
    await tx.done;
    return existed;
  });
}

export function isSaved(db: TreDb, termId: string): Promise<boolean> {
  return guard(async () => (await db.getKey('savedTerms', termId)) !== undefined);
}

/** Which of these ids are saved (one transaction for a whole page's terms). */
export function savedAmong(db: TreDb, termIds: readonly string[]): Promise<string[]> {
  return guard(async () => {
    const tx = db.transaction('savedTerms');
    const keys = await Promise.all(termIds.map((id) => tx.store.getKey(id)));
    await tx.done;
    return termIds.filter((_, i) => keys[i] !== undefined);
  });
}

export function getSaved(db: TreDb, termId: string): Promise<SavedTerm | null> {
  return guard(async () => (await db.get('savedTerms', termId)) ?? null);
}

/** Every saved term, the most recently saved first. */
export function listSaved(db: TreDb): Promise<SavedTerm[]> {
  return guard(async () => (await db.getAll('savedTerms')).sort(newestFirst));
}

/** Sets the reader's note ('' clears it). Returns the term, or null if it is not saved. */
export function setNote(db: TreDb, termId: string, note: string, now: number): Promise<SavedTerm | null> {
  return guard(async () => {
    const tx = db.transaction('savedTerms', 'readwrite');
    const saved = await tx.store.get(termId);
    if (saved) {
      saved.note = note.trim().slice(0, MAX_NOTE_LENGTH);
      saved.updatedAt = Math.max(saved.updatedAt, now);
      await tx.store.put(saved);
    }
    await tx.done;
    return saved ?? null;
  });
}

export function newestFirst(a: SavedTerm, b: SavedTerm): number {
  return b.savedAt - a.savedAt || b.updatedAt - a.updatedAt || a.termId.localeCompare(b.termId);
}

/** Two lists of contexts as one: one per URL (the most recent), newest first, at most MAX_CONTEXTS. */
export function mergeContexts(a: readonly MeetingContext[], b: readonly MeetingContext[]): MeetingContext[] {
  const byUrl = new Map<string, MeetingContext>();
  for (const c of [...a, ...b]) {
    const had = byUrl.get(c.url);
    if (!had || c.seenAt >= had.seenAt) byUrl.set(c.url, c);
  }
  return [...byUrl.values()].sort((x, y) => y.seenAt - x.seenAt || x.url.localeCompare(y.url)).slice(0, MAX_CONTEXTS);
}

function meetingContext(context: Omit<MeetingContext, 'seenAt'>, now: number, keepQuery = false): MeetingContext | null {
  const url = cleanUrl(context.url, keepQuery);
  if (!url) return null;
  return {
    url,
    title: context.title.replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE_LENGTH),
    sentence: context.sentence.replace(/\s+/g, ' ').trim().slice(0, MAX_SENTENCE_LENGTH),
    seenAt: now,
  };
}

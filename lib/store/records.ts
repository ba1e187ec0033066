import type { ReviewCard, ReviewLogEntry } from '../review/types';

// What Tre stores about the reader's study, as stored in IndexedDB and written to backups. Times are numbers
// (milliseconds since the Unix epoch, UTC) so that every copy of a record is the same plain JSON.

/** Where the reader met a saved term. */
export type MeetingContext = {
  /** The page's address without query string and fragment (context.ts, cleanUrl). */
  url: string;
  title: string;
  /** The sentence around the mention (context.ts, sentenceAround). */
  sentence: string;
  seenAt: number;
};

export type SavedTerm = {
  /** The glossary term's id. Kept even when a later glossary no longer has that term: saved data is never lost. */
  termId: string;
  savedAt: number;
  /** Last change of any field (note, contexts): what a backup merge compares. */
  updatedAt: number;
  /** The reader's own note; '' for none. */
  note: string;
  /** Newest first, at most MAX_CONTEXTS, one per URL. */
  contexts: MeetingContext[];
};

export type { ReviewCard, ReviewLogEntry };

/** Enough places to remember where a term keeps turning up, few enough that a record stays small. */
export const MAX_CONTEXTS = 20;
export const MAX_NOTE_LENGTH = 2000;
export const MAX_SENTENCE_LENGTH = 400;
export const MAX_TITLE_LENGTH = 500;
export const MAX_URL_LENGTH = 2048;

import * as v from 'valibot';
import type { Question } from '../review/questions';
import type { DueSummary } from '../review/scheduler';
import type { ReviewCard } from '../review/types';
import type { ImportResult } from '../store/backup';
import type { StoreErrorCode } from '../store/errors';
import type { SavedTerm } from '../store/records';
import { MAX_BACKUP_CHARS } from '../store/backup-format';
import { MAX_NOTE_LENGTH, MAX_SENTENCE_LENGTH, MAX_TITLE_LENGTH, MAX_URL_LENGTH } from '../store/records';
import type { TermType } from '../glossary/schema';
import { termId } from './protocol';

// Messages to the background about saved terms and review (lib/store/service.ts answers them). Like every
// message, each is validated on arrival: a content script runs inside pages Tre does not control.

const lang = v.picklist(['vi', 'en'] as const);
const context = v.strictObject({
  url: v.pipe(v.string(), v.maxLength(MAX_URL_LENGTH)),
  title: v.pipe(v.string(), v.maxLength(MAX_TITLE_LENGTH)),
  sentence: v.pipe(v.string(), v.maxLength(MAX_SENTENCE_LENGTH)),
});
const cardId = v.pipe(v.string(), v.maxLength(160), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*\|[a-z-]+$/));

export const storeRequestSchema = v.variant('type', [
  /** Save a term (or add where it was met again), starting its review cards. */
  v.strictObject({ type: v.literal('store/save'), termId, context: v.optional(context) }),
  /** A saved term met on a page: add the context; nothing happens for a term not saved. */
  v.strictObject({ type: v.literal('store/meet'), termId, context }),
  v.strictObject({ type: v.literal('store/unsave'), termId }),
  v.strictObject({ type: v.literal('store/note'), termId, note: v.pipe(v.string(), v.maxLength(MAX_NOTE_LENGTH)) }),
  v.strictObject({ type: v.literal('store/list') }),
  /** Which of a page's terms are saved. */
  v.strictObject({ type: v.literal('store/is-saved'), termIds: v.pipe(v.array(termId), v.maxLength(2000)) }),
  v.strictObject({ type: v.literal('store/due-count') }),
  v.strictObject({ type: v.literal('store/due-cards') }),
  v.strictObject({ type: v.literal('store/next-card'), lang }),
  /** `reps`: how many answers the card had when shown, so an answer given twice (two tabs) counts once. */
  v.strictObject({
    type: v.literal('store/rate'), cardId, rating: v.picklist([1, 2, 3, 4] as const),
    reps: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e9)), lang,
  }),
  v.strictObject({ type: v.literal('store/export'), format: v.picklist(['backup', 'csv', 'anki'] as const), lang }),
  v.strictObject({ type: v.literal('store/import'), text: v.pipe(v.string(), v.maxLength(MAX_BACKUP_CHARS)) }),
]);

export type StoreRequest = v.InferOutput<typeof storeRequestSchema>;

/** A saved term as the lists show it: with the glossary's name and type, or null where the glossary lost it. */
export type SavedTermView = SavedTerm & { term: { name: { vi: string; en?: string }; type: TermType } | null };

export type ExportedFile = { text: string; fileName: string; mimeType: string };

/** The next card to study with its question, or null when nothing is due. */
export type NextReview = { card: ReviewCard; question: Question; due: DueSummary } | null;

export type StoreValueOf<R extends StoreRequest> =
  // null: the glossary has no such term (a new save needs one; terms saved before stay saved regardless).
  R extends { type: 'store/save' } ? SavedTerm | null :
  R extends { type: 'store/meet' } ? boolean :
  R extends { type: 'store/unsave' } ? boolean :
  R extends { type: 'store/note' } ? SavedTerm | null :
  R extends { type: 'store/list' } ? SavedTermView[] :
  R extends { type: 'store/is-saved' } ? string[] :
  R extends { type: 'store/due-count' } ? DueSummary :
  R extends { type: 'store/due-cards' } ? ReviewCard[] :
  R extends { type: 'store/next-card' } ? NextReview :
  // null when the card is gone or was answered meanwhile (another tab): the page asks for the next one.
  R extends { type: 'store/rate' } ? { card: ReviewCard; next: NextReview } | null :
  R extends { type: 'store/export' } ? ExportedFile :
  R extends { type: 'store/import' } ? ImportResult :
  never;

/** Every answer: the value, or the store's failure as a code the page turns into a sentence (store_error_<code>). */
export type StoreReply<T> = { ok: true; value: T } | { ok: false; error: StoreErrorCode; message: string };

export function parseStoreRequest(message: unknown): StoreRequest | null {
  const parsed = v.safeParse(storeRequestSchema, message);
  return parsed.success ? parsed.output : null;
}

/**
 * What a content script may ask: saving from the popover and keeping contexts. Reading the whole list,
 * review, export and import are for Tre's own pages; the background checks the sender against this.
 */
const FROM_CONTENT_SCRIPT = new Set<StoreRequest['type']>(['store/save', 'store/meet', 'store/unsave', 'store/note', 'store/is-saved']);

/** What changes the store (the rest only reads it): the badge is recounted and open pages told after these. */
const CHANGES_STORE = new Set<StoreRequest['type']>(['store/save', 'store/meet', 'store/unsave', 'store/note', 'store/rate', 'store/import']);

export function changesStore(request: StoreRequest): boolean {
  return CHANGES_STORE.has(request.type);
}

export function allowedFromContentScript(request: StoreRequest): boolean {
  return FROM_CONTENT_SCRIPT.has(request.type);
}

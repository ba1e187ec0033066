import * as v from 'valibot';
import { format as fill, translator, type Lang } from '../i18n/i18n';
import { CARD_KINDS } from '../review/types';
import { cleanUrl } from './context';
import { MAX_CONTEXTS, MAX_NOTE_LENGTH, MAX_SENTENCE_LENGTH, MAX_TITLE_LENGTH, MAX_URL_LENGTH } from './records';

// The backup file's format (docs/backup-format.md): its schema, its versions and the limits an import
// enforces before it touches anything.

export const BACKUP_FORMAT_NAME = 'tre-backup';
/** The version this build writes. */
export const BACKUP_FORMAT_VERSION = 1;

/**
 * How a backup of an older format version is brought up to date before validation: step N turns what
 * version N-1 wrote into what version N writes (the same convention as lib/settings/migrations.ts). Add a
 * step and a sample (backup.test.ts, BACKUP_SAMPLES) with every new version; never edit a published step.
 */
// `any`: each step knows the shape of the version it reads; JSON.parse hands it over untyped.
export const BACKUP_MIGRATIONS: Record<number, (old: any) => unknown> = {
  // Version 1 is the first; nothing to migrate from yet.
};

/**
 * Limits that keep a hostile or broken file from freezing the background: about 50 MB of text (a reader
 * answering 100 cards a day for three years writes ~110,000 log entries, ~25 MB), and per list far more than
 * the glossary could ever fill (it has a few hundred terms, four cards each).
 */
export const MAX_BACKUP_CHARS = 50_000_000;
export const MAX_SAVED_TERMS = 50_000;
export const MAX_REVIEW_CARDS = 200_000;
export const MAX_LOG_ENTRIES = 500_000;

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const termId = v.pipe(v.string(), v.maxLength(120), v.regex(SLUG, 'a term id (kebab-case slug)'));
const cardIdPattern = new RegExp(`^[a-z0-9]+(-[a-z0-9]+)*\\|(${CARD_KINDS.join('|')})$`);
const cardId = v.pipe(v.string(), v.maxLength(160), v.regex(cardIdPattern, 'a card id (term id|kind)'));
/** A time in milliseconds since 1970, within what a Date can hold. */
const time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));
const amount = v.pipe(v.number(), v.minValue(0), v.maxValue(1e9));
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e9));
const state = v.picklist([0, 1, 2, 3] as const);

const meetingContextSchema = v.object({
  url: v.pipe(v.string(), v.maxLength(MAX_URL_LENGTH), v.check((u) => cleanUrl(u, true) !== null, 'an http(s) or file address')),
  title: v.pipe(v.string(), v.maxLength(MAX_TITLE_LENGTH)),
  sentence: v.pipe(v.string(), v.maxLength(MAX_SENTENCE_LENGTH)),
  seenAt: time,
});

const savedTermSchema = v.object({
  termId,
  savedAt: time,
  updatedAt: time,
  note: v.pipe(v.string(), v.maxLength(MAX_NOTE_LENGTH)),
  contexts: v.pipe(v.array(meetingContextSchema), v.maxLength(MAX_CONTEXTS)),
});

const reviewCardSchema = v.pipe(
  v.object({
    id: cardId,
    termId,
    kind: v.picklist(CARD_KINDS),
    createdAt: time,
    due: time,
    stability: amount,
    difficulty: amount,
    elapsedDays: amount,
    scheduledDays: amount,
    learningSteps: count,
    reps: count,
    lapses: count,
    state,
    lastReview: v.nullable(time),
  }),
  v.check((c) => c.id === `${c.termId}|${c.kind}`, 'the card id is its term id and kind'),
);

/** A log entry's local `id` is not part of the format (it is the database's own key) and is dropped. */
const reviewLogEntrySchema = v.object({
  cardId,
  termId,
  rating: v.picklist([1, 2, 3, 4] as const),
  review: time,
  state,
  due: time,
  stability: amount,
  difficulty: amount,
  scheduledDays: amount,
  learningSteps: count,
});

/**
 * The whole file. Unknown fields are ignored rather than refused: they do no harm, and refusing them would
 * fail a file that a text editor or another tool added a field to.
 */
export const backupSchema = v.object({
  format: v.object({ name: v.literal(BACKUP_FORMAT_NAME), version: v.literal(BACKUP_FORMAT_VERSION) }),
  exportedAt: time,
  savedTerms: v.pipe(v.array(savedTermSchema), v.maxLength(MAX_SAVED_TERMS)),
  reviewCards: v.pipe(v.array(reviewCardSchema), v.maxLength(MAX_REVIEW_CARDS)),
  reviewLog: v.pipe(v.array(reviewLogEntrySchema), v.maxLength(MAX_LOG_ENTRIES)),
  /** The reader's settings as the exporting build stored them; the caller normalises and applies them. */
  settings: v.record(v.string(), v.unknown()),
});

export type Backup = v.InferOutput<typeof backupSchema>;

export const BACKUP_PROBLEM_CODES = [
  'notJson', 'tooLarge', 'notBackup', 'newerVersion', 'missing', 'wrongType', 'invalid', 'duplicate', 'orphanCard', 'unknownTerm',
] as const;
export type BackupProblemCode = (typeof BACKUP_PROBLEM_CODES)[number];

/**
 * What is wrong where: `path` is JSON-path style ($.savedTerms[3].termId); the reader's sentence is
 * ui-strings' backup_problem_<code> with {detail} filled in (describeProblem).
 */
export type BackupProblem = { path: string; code: BackupProblemCode; detail?: string };

/** Problems as valibot found them, in the reader's terms. */
export function problemsFromIssues(issues: readonly v.BaseIssue<unknown>[]): BackupProblem[] {
  return issues.map((issue) => {
    const path = jsonPath((issue.path ?? []).map((item) => item.key));
    if (issue.kind === 'schema' && issue.input === undefined) return { path, code: 'missing' };
    const detail = `expected ${issue.expected ?? '?'}, got ${issue.received}`;
    // A value of the right type but not one of those allowed (a rating of 5) is invalid, not mistyped.
    if (issue.type === 'picklist' || issue.type === 'literal') return { path, code: 'invalid', detail };
    if (issue.kind === 'schema') return { path, code: 'wrongType', detail };
    return { path, code: 'invalid', detail: issue.message };
  });
}

export function jsonPath(keys: readonly unknown[]): string {
  return '$' + keys.map((k) => (typeof k === 'number' ? `[${k}]` : /^[A-Za-z_$][\w$]*$/.test(String(k)) ? `.${String(k)}` : `[${JSON.stringify(String(k))}]`)).join('');
}

/** A problem as the reader reads it: "$.savedTerms[3].termId: Trùng mã với $.savedTerms[1]." */
export function describeProblem(problem: BackupProblem, lang: Lang): string {
  const text = fill(translator(lang)(`backup_problem_${problem.code}`), { detail: problem.detail ?? '' });
  return problem.path === '$' ? text : `${problem.path}: ${text}`;
}

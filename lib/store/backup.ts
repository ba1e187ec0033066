import * as v from 'valibot';
import { logEntryKey, type ReviewCard, type ReviewLogEntry } from '../review/types';
import {
  BACKUP_FORMAT_NAME, BACKUP_FORMAT_VERSION, BACKUP_MIGRATIONS, MAX_BACKUP_CHARS, MAX_LOG_ENTRIES, MAX_REVIEW_CARDS, MAX_SAVED_TERMS,
  backupSchema, problemsFromIssues, type Backup, type BackupProblem,
} from './backup-format';
import type { TreDb } from './db';
import { guard } from './errors';
import type { SavedTerm } from './records';
import { mergeContexts, newestFirst } from './saved-terms';

// Export and import of everything the reader saved (docs/backup-format.md). An import reads and checks
// the whole file first and changes nothing unless all of it is good; then it merges in one transaction.

/** At most this many problems are reported: enough to see what is wrong, not a wall of text. */
export const MAX_PROBLEMS = 10;

/** The backup of the whole store, with the settings the caller passes (the store does not own them). */
export function exportBackup(db: TreDb, settings: Record<string, unknown>, now: number): Promise<Backup> {
  return guard(async () => {
    const tx = db.transaction(['savedTerms', 'reviewCards', 'reviewLog']);
    const [savedTerms, reviewCards, reviewLog] = await Promise.all([
      tx.objectStore('savedTerms').getAll(), tx.objectStore('reviewCards').getAll(), tx.objectStore('reviewLog').getAll(),
    ]);
    await tx.done;
    return {
      format: { name: BACKUP_FORMAT_NAME, version: BACKUP_FORMAT_VERSION },
      exportedAt: now,
      savedTerms: savedTerms.sort(newestFirst),
      reviewCards: reviewCards.sort((a, b) => a.id.localeCompare(b.id)),
      reviewLog: reviewLog.map(({ id: _local, ...entry }) => entry).sort(byReviewTime),
      settings,
    };
  });
}

export function backupText(backup: Backup): string {
  return JSON.stringify(backup, null, 1);
}

export type ParsedBackup =
  | { ok: true; backup: Backup; warnings: BackupProblem[] }
  | { ok: false; problems: BackupProblem[]; more: number };

/**
 * Reads and checks a backup file's text without touching the store. Term ids missing from `knownTermIds`
 * (a glossary that dropped or renamed a term) are warnings, not errors: such saved items are kept.
 */
export function parseBackup(text: string, knownTermIds: ReadonlySet<string>): ParsedBackup {
  const fail = (problems: BackupProblem[]): ParsedBackup => ({ ok: false, problems: problems.slice(0, MAX_PROBLEMS), more: Math.max(0, problems.length - MAX_PROBLEMS) });
  if (text.length > MAX_BACKUP_CHARS) return fail([{ path: '$', code: 'tooLarge', detail: `${text.length} > ${MAX_BACKUP_CHARS} characters` }]);
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail([{ path: '$', code: 'notJson', detail: error instanceof Error ? error.message : undefined }]);
  }
  const upgraded = upgradeFormat(data);
  if ('problem' in upgraded) return fail([upgraded.problem]);
  // Count before validating: checking a million entries one by one is the freeze the limits exist to avoid.
  const sizes: [string, number][] = [['savedTerms', MAX_SAVED_TERMS], ['reviewCards', MAX_REVIEW_CARDS], ['reviewLog', MAX_LOG_ENTRIES]];
  const tooMany = sizes.flatMap(([key, max]): BackupProblem[] => {
    const list = (upgraded.data as Record<string, unknown>)[key];
    return Array.isArray(list) && list.length > max ? [{ path: `$.${key}`, code: 'tooLarge', detail: `${list.length} > ${max} items` }] : [];
  });
  if (tooMany.length > 0) return fail(tooMany);
  const parsed = v.safeParse(backupSchema, upgraded.data);
  if (!parsed.success) return fail(problemsFromIssues(parsed.issues));
  const backup = parsed.output;
  const problems = [...duplicates(backup.savedTerms.map((s) => s.termId), 'savedTerms', 'termId'),
    ...duplicates(backup.reviewCards.map((c) => c.id), 'reviewCards', 'id')];
  const saved = new Set(backup.savedTerms.map((s) => s.termId));
  backup.reviewCards.forEach((card, i) => {
    if (!saved.has(card.termId)) problems.push({ path: `$.reviewCards[${i}].termId`, code: 'orphanCard', detail: card.termId });
  });
  if (problems.length > 0) return fail(problems);
  const warnings = backup.savedTerms.flatMap((s, i): BackupProblem[] =>
    knownTermIds.has(s.termId) ? [] : [{ path: `$.savedTerms[${i}].termId`, code: 'unknownTerm', detail: s.termId }]);
  backup.reviewLog = dedupeLog(backup.reviewLog);
  return { ok: true, backup, warnings };
}

/** Brings a backup of any earlier format version to the current one; refuses a newer one or a stranger. */
function upgradeFormat(data: unknown): { data: unknown } | { problem: BackupProblem } {
  const format = isRecord(data) && isRecord(data.format) ? data.format : null;
  if (!format || format.name !== BACKUP_FORMAT_NAME) return { problem: { path: '$.format.name', code: 'notBackup' } };
  const version = format.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { problem: { path: '$.format.version', code: 'invalid', detail: `not a format version: ${JSON.stringify(version)}` } };
  }
  if (version > BACKUP_FORMAT_VERSION) return { problem: { path: '$.format.version', code: 'newerVersion', detail: String(version) } };
  let out: unknown = data;
  for (let next = version + 1; next <= BACKUP_FORMAT_VERSION; next++) {
    out = BACKUP_MIGRATIONS[next]!(out);
    (out as { format: { version: number } }).format.version = next;
  }
  return { data: out };
}

function duplicates(ids: readonly string[], list: string, field: string): BackupProblem[] {
  const first = new Map<string, number>();
  return ids.flatMap((id, i): BackupProblem[] => {
    const at = first.get(id);
    if (at === undefined) {
      first.set(id, i);
      return [];
    }
    return [{ path: `$.${list}[${i}].${field}`, code: 'duplicate', detail: `$.${list}[${at}]` }];
  });
}

export type ImportCounts = { added: number; updated: number };
export type ImportResult =
  | { ok: true; settings: Record<string, unknown>; savedTerms: ImportCounts; reviewCards: ImportCounts; reviewLog: { added: number }; warnings: BackupProblem[] }
  | { ok: false; problems: BackupProblem[]; more: number };

/**
 * Imports a backup's text: on any problem nothing changes and the problems come back; otherwise everything is
 * merged into what is stored, in one transaction (all of it lands, or none of it does):
 * - a saved term: the version changed last (updatedAt) wins for its note; contexts of both are kept (one
 *   per URL, newest first, MAX_CONTEXTS) and savedAt is the earlier of the two;
 * - a review card: the one reviewed last wins (then the one reviewed more often, then the later due);
 * - the review log: the union, an entry already stored (same card, time and rating) not added twice.
 * The file's settings come back for the caller to apply.
 */
export async function importBackup(db: TreDb, text: string, knownTermIds: ReadonlySet<string>): Promise<ImportResult> {
  const parsed = parseBackup(text, knownTermIds);
  if (!parsed.ok) return parsed;
  const { backup } = parsed;
  return guard(async () => {
    const tx = db.transaction(['savedTerms', 'reviewCards', 'reviewLog'], 'readwrite');
    const terms = tx.objectStore('savedTerms');
    const cards = tx.objectStore('reviewCards');
    const log = tx.objectStore('reviewLog');
    const result = { savedTerms: { added: 0, updated: 0 }, reviewCards: { added: 0, updated: 0 }, reviewLog: { added: 0 } };
    for (const incoming of backup.savedTerms) {
      const existing = await terms.get(incoming.termId);
      const merged = existing ? mergeSavedTerm(existing, incoming) : incoming;
      if (!existing) result.savedTerms.added++;
      else if (JSON.stringify(merged) !== JSON.stringify(existing)) result.savedTerms.updated++;
      else continue;
      await terms.put(merged);
    }
    for (const incoming of backup.reviewCards) {
      const existing = await cards.get(incoming.id);
      if (existing && !isLater(incoming, existing)) continue;
      if (existing) result.reviewCards.updated++;
      else result.reviewCards.added++;
      await cards.put(incoming);
    }
    const stored = new Set((await log.getAll()).map(logEntryKey));
    for (const entry of backup.reviewLog) {
      if (stored.has(logEntryKey(entry))) continue;
      await log.add(entry);
      result.reviewLog.added++;
    }
    await tx.done;
    return { ok: true as const, settings: backup.settings, ...result, warnings: parsed.warnings };
  });
}

function mergeSavedTerm(existing: SavedTerm, incoming: SavedTerm): SavedTerm {
  const winner = incoming.updatedAt > existing.updatedAt ? incoming : existing;
  return {
    termId: existing.termId,
    savedAt: Math.min(existing.savedAt, incoming.savedAt),
    updatedAt: Math.max(existing.updatedAt, incoming.updatedAt),
    note: winner.note,
    contexts: mergeContexts(existing.contexts, incoming.contexts),
  };
}

/** Whether card a holds a later state of the same card than b. */
function isLater(a: ReviewCard, b: ReviewCard): boolean {
  return ((a.lastReview ?? -1) - (b.lastReview ?? -1) || a.reps - b.reps || a.due - b.due) > 0;
}

function dedupeLog(entries: ReviewLogEntry[]): ReviewLogEntry[] {
  const seen = new Set<string>();
  return entries.filter((e) => !seen.has(logEntryKey(e)) && seen.add(logEntryKey(e)));
}

function byReviewTime(a: ReviewLogEntry, b: ReviewLogEntry): number {
  return a.review - b.review || a.cardId.localeCompare(b.cardId);
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

import type { StoreReply, StoreRequest, StoreValueOf, NextReview, SavedTermView, ExportedFile } from '../messaging/store-protocol';
import type { Lang } from '../i18n/i18n';
import type { Settings } from '../settings/schema';
import { createCardsForTerm } from '../review/cards';
import type { GlossaryView } from '../review/glossary-view';
import { buildQuestion, type Question } from '../review/questions';
import { seedOf, seededRandom } from '../review/random';
import { dueSummary, nextCard, rate, startOfDay } from '../review/scheduler';
import type { ReviewCard } from '../review/types';
import { savedTermsAnki } from './anki';
import { backupText, exportBackup, importBackup } from './backup';
import { savedTermsCsv, type SavedTermRow } from './csv';
import type { TreDb } from './db';
import { toStoreError } from './errors';
import { cardsDueBy, getCard, logSince, recordAnswer } from './review-store';
import { isSaved, listSaved, recordMeeting, saveTerm, savedAmong, setNote, unsaveTerm } from './saved-terms';

// The background's answer to every store message (lib/messaging/store-protocol.ts). The background parses
// and checks the sender; this does the work and turns any failure into a reply the page can show.

export type StoreDeps = {
  /**
   * The glossary as review reads it, loaded when a request first needs it: counting due cards with none due,
   * saving a context or asking what is saved must not fetch and parse the glossary (600 KB of JSON, 25-40 ms on
   * this machine) in a worker woken by a page.
   */
  view: () => Promise<GlossaryView>;
  readSettings: () => Promise<Settings>;
  /** Applies the settings of an imported backup (the store does not own settings). */
  applySettings?: (settings: Record<string, unknown>) => Promise<void>;
  now?: () => number;
};

export async function handleStoreRequest<R extends StoreRequest>(db: TreDb, request: R, deps: StoreDeps): Promise<StoreReply<StoreValueOf<R>>> {
  try {
    return { ok: true, value: (await answer(db, request, deps)) as StoreValueOf<R> };
  } catch (error) {
    const storeError = toStoreError(error);
    console.error('Tre: store request failed', request.type, error);
    return { ok: false, error: storeError.code, message: storeError.message };
  }
}

async function answer(db: TreDb, request: StoreRequest, deps: StoreDeps): Promise<unknown> {
  const now = (deps.now ?? Date.now)();
  switch (request.type) {
    case 'store/save': {
      // The reader's choice decides whether a page's query string is kept (tracking parameters never are).
      const keepQuery = request.context ? (await deps.readSettings()).keepUrlQuery : false;
      const view = await deps.view();
      const term = view.terms.get(request.termId);
      if (!term) return (await isSaved(db, request.termId)) ? saveTerm(db, request.termId, { now, context: request.context, keepQuery }) : null;
      return saveTerm(db, term.id, { now, context: request.context, keepQuery, cards: createCardsForTerm(term, view, now) });
    }
    case 'store/meet':
      return recordMeeting(db, request.termId, request.context, now, (await deps.readSettings()).keepUrlQuery);
    case 'store/unsave':
      return unsaveTerm(db, request.termId);
    case 'store/note':
      return setNote(db, request.termId, request.note, now);
    case 'store/list': {
      const [list, view] = await Promise.all([listSaved(db), deps.view()]);
      return list.map((saved): SavedTermView => {
        const term = view.terms.get(saved.termId);
        return { ...saved, term: term ? { name: term.name, type: term.type } : null };
      });
    }
    case 'store/is-saved':
      return savedAmong(db, request.termIds);
    case 'store/due-count':
      return (await studyNow(db, deps, now, 'vi')).due;
    case 'store/due-cards':
      return (await studyNow(db, deps, now, 'vi')).showable;
    case 'store/next-card':
      return nextReview(db, deps, now, request.lang);
    case 'store/rate': {
      const card = await getCard(db, request.cardId);
      if (!card || card.reps !== request.reps) return null;
      const settings = await deps.readSettings();
      const answered = rate(card, request.rating, now, { targetRetention: settings.targetRetention });
      if (!(await recordAnswer(db, card, answered.card, answered.log))) return null;
      return { card: answered.card, next: await nextReview(db, deps, now, request.lang) };
    }
    case 'store/export':
      return exportFile(db, deps, now, request.format, request.lang);
    case 'store/import': {
      const result = await importBackup(db, request.text, new Set((await deps.view()).terms.keys()));
      if (result.ok) await deps.applySettings?.(result.settings);
      return result;
    }
  }
}

/** The question a card asks now; the same card shown again after an answer may pair other events. */
function questionOf(card: ReviewCard, view: GlossaryView, lang: Lang): Question | null {
  return buildQuestion(card.termId, card.kind, view, { lang, random: seededRandom(seedOf(`${card.id}|${card.reps}`)), choices: false });
}

/**
 * The due cards that can be shown (a card whose term or answer the glossary lost is skipped, not counted:
 * a count the reader can never bring to zero is worse than none), and what today's limits leave of them.
 */
async function studyNow(db: TreDb, deps: StoreDeps, now: number, lang: Lang) {
  const [due, log, settings] = await Promise.all([cardsDueBy(db, now), logSince(db, startOfDay(now)), deps.readSettings()]);
  // With nothing due the glossary is not needed (nor loaded): the badge's count on every wake-up is this case.
  const view = due.length > 0 ? await deps.view() : null;
  const showable = view ? due.filter((card) => questionOf(card, view, lang) !== null) : [];
  return { showable, log, settings, view, due: dueSummary(showable, log, now, settings.newCardsPerDay) };
}

async function nextReview(db: TreDb, deps: StoreDeps, now: number, lang: Lang): Promise<NextReview> {
  const { showable, log, settings, view, due } = await studyNow(db, deps, now, lang);
  const card = nextCard(showable, log, now, settings.newCardsPerDay);
  const question = card && view && questionOf(card, view, lang);
  return card && question ? { card, question, due } : null;
}

async function exportFile(db: TreDb, deps: StoreDeps, now: number, format: 'backup' | 'csv' | 'anki', lang: Lang): Promise<ExportedFile> {
  const day = new Date(now).toISOString().slice(0, 10);
  if (format === 'backup') {
    const settings = await deps.readSettings();
    return { text: backupText(await exportBackup(db, settings, now)), fileName: `tre-backup-${day}.json`, mimeType: 'application/json' };
  }
  const [list, view] = await Promise.all([listSaved(db), deps.view()]);
  const rows: SavedTermRow[] = list.map((saved) => ({ saved, term: view.terms.get(saved.termId) ?? null }));
  return format === 'csv'
    ? { text: savedTermsCsv(rows, lang), fileName: `tre-saved-terms-${day}.csv`, mimeType: 'text/csv;charset=utf-8' }
    : { text: savedTermsAnki(rows, lang), fileName: `tre-anki-${day}.txt`, mimeType: 'text/plain;charset=utf-8' };
}

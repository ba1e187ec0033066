import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadGlossary } from '../../scripts/load-glossary';
import { allowedFromContentScript, parseStoreRequest, type StoreRequest, type StoreValueOf } from '../messaging/store-protocol';
import { glossaryView } from '../review/glossary-view';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import { dump, freshIndexedDb } from '../../tests/unit/indexeddb';
import { openTreDb, type TreDb } from './db';
import { handleStoreRequest, type StoreDeps } from './service';

const glossary = loadGlossary();
const view = glossaryView(glossary.terms, glossary.events);
const NOW = new Date(2025, 0, 15, 10).getTime();
const GENEVA = 'hiep-dinh-gio-ne-vo-1954';

let db: TreDb;
let clock = NOW;
let settings: Settings;
let applied: Record<string, unknown> | null;
/** How many times a request asked for the glossary (it is loaded only when a request needs it). */
let viewLoads = 0;
const deps: StoreDeps = {
  view: async () => { viewLoads++; return view; }, now: () => clock, readSettings: async () => settings, applySettings: async (s) => { applied = s; },
};

beforeEach(async () => {
  freshIndexedDb();
  db = await openTreDb();
  clock = NOW;
  settings = { ...DEFAULT_SETTINGS, newCardsPerDay: 2 };
  applied = null;
  viewLoads = 0;
  return () => db.close();
});

async function ask<R extends StoreRequest>(request: R): Promise<StoreValueOf<R>> {
  const parsed = parseStoreRequest(request);
  if (!parsed) throw new Error(`invalid request ${JSON.stringify(request)}`);
  const reply = await handleStoreRequest(db, parsed as R, deps);
  if (!reply.ok) throw new Error(reply.message);
  return reply.value;
}

describe('store requests', () => {
  it('validates every request', () => {
    const ok = { type: 'store/save', termId: GENEVA, context: { url: 'https://a.vn/', title: 't', sentence: 's' } };
    expect(parseStoreRequest(ok)).toEqual(ok);
    for (const bad of [
      { ...ok, termId: '../etc' },
      { ...ok, context: { ...ok.context, sentence: 'x'.repeat(401) } },
      { ...ok, context: { ...ok.context, url: 'https://a.vn/' + 'x'.repeat(2100) } },
      { ...ok, extra: 1 },
      { type: 'store/note', termId: GENEVA, note: 'n'.repeat(2001) },
      { type: 'store/rate', cardId: `${GENEVA}|date`, rating: 5, reps: 0, lang: 'vi' },
      { type: 'store/rate', cardId: `${GENEVA}|date`, rating: 0, reps: 0, lang: 'vi' },
      { type: 'store/export', format: 'xml', lang: 'vi' },
      { type: 'store/drop-everything' },
      null, 'store/list',
    ]) expect(parseStoreRequest(bad), JSON.stringify(bad)?.slice(0, 80)).toBeNull();
    expect(allowedFromContentScript({ type: 'store/save', termId: GENEVA })).toBe(true);
    expect(allowedFromContentScript({ type: 'store/import', text: '{}' })).toBe(false);
    expect(allowedFromContentScript({ type: 'store/export', format: 'backup', lang: 'vi' })).toBe(false);
  });

  it('saves with context, lists, answers is-saved, and refuses a term no glossary has', async () => {
    const saved = await ask({ type: 'store/save', termId: GENEVA, context: { url: 'https://vnexpress.net/a?utm_source=x', title: 'Bài', sentence: 'Câu.' } });
    expect(saved?.contexts[0]?.url).toBe('https://vnexpress.net/a');
    expect(await ask({ type: 'store/save', termId: 'made-up-term' })).toBeNull();
    expect(await ask({ type: 'store/is-saved', termIds: [GENEVA, 'asean'] })).toEqual([GENEVA]);
    const list = await ask({ type: 'store/list' });
    expect(list.map((s) => [s.termId, s.term?.name.vi])).toEqual([[GENEVA, 'Hiệp định Giơ-ne-vơ']]);
    expect((await dump(db)).reviewCards.map((c) => (c as { id: string }).id).sort()).toEqual(
      [`${GENEVA}|date`, `${GENEVA}|name-to-summary`, `${GENEVA}|order`, `${GENEVA}|summary-to-name`]);
  });

  it('counts due cards and keeps contexts without loading the glossary while nothing is due', async () => {
    expect(await ask({ type: 'store/due-count' })).toEqual({ review: 0, new: 0, total: 0 });
    expect(await ask({ type: 'store/is-saved', termIds: [GENEVA] })).toEqual([]);
    expect(await ask({ type: 'store/next-card', lang: 'vi' })).toBeNull();
    expect(viewLoads).toBe(0);
    await ask({ type: 'store/save', termId: GENEVA });
    expect(viewLoads).toBe(1);
    expect((await ask({ type: 'store/due-count' })).total).toBe(2);
    expect(viewLoads).toBe(2);
  });

  it('reviews: counts due cards under the daily limit, rates, and moves on', async () => {
    await ask({ type: 'store/save', termId: GENEVA });
    expect(await ask({ type: 'store/due-count' })).toEqual({ review: 0, new: 2, total: 2 });
    const first = (await ask({ type: 'store/next-card', lang: 'vi' }))!;
    expect(first.question.termId).toBe(GENEVA);
    expect(first.question.answer).not.toBe('');
    const rated = (await ask({ type: 'store/rate', cardId: first.card.id, rating: 3, reps: first.card.reps, lang: 'vi' }))!;
    expect(rated.card.due).toBeGreaterThan(NOW);
    // The same answer again (a second tab) does not count twice.
    expect(await ask({ type: 'store/rate', cardId: first.card.id, rating: 3, reps: first.card.reps, lang: 'vi' })).toBeNull();
    expect((await dump(db)).reviewLog).toHaveLength(1);
    expect(rated.next?.card.id).not.toBe(first.card.id);
    clock += 1000;
    await ask({ type: 'store/rate', cardId: rated.next!.card.id, rating: 4, reps: 0, lang: 'vi' });
    // Two new cards started today: the limit is reached; the first card, still learning, comes back soon.
    expect((await ask({ type: 'store/due-count' })).new).toBe(0);
    clock += 24 * 3600_000;
    expect((await ask({ type: 'store/due-count' })).new).toBe(2);
  });

  it('exports CSV, Anki and a backup that imports back, applying its settings', async () => {
    await ask({ type: 'store/save', termId: GENEVA, context: { url: 'https://a.vn/x', title: 'T', sentence: 'S.' } });
    const csv = await ask({ type: 'store/export', format: 'csv', lang: 'vi' });
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    expect(csv.fileName).toBe('tre-saved-terms-2025-01-15.csv');
    expect((await ask({ type: 'store/export', format: 'anki', lang: 'vi' })).text).toContain(`\n${GENEVA}\t`);
    const backup = await ask({ type: 'store/export', format: 'backup', lang: 'vi' });
    const before = await dump(db);
    await ask({ type: 'store/unsave', termId: GENEVA });
    const result = await ask({ type: 'store/import', text: backup.text });
    expect(result.ok).toBe(true);
    expect(applied).toEqual(settings);
    expect((await dump(db)).savedTerms).toEqual(before.savedTerms);
    expect((await dump(db)).reviewCards).toEqual(before.reviewCards);
    const bad = await ask({ type: 'store/import', text: '{' });
    expect(bad.ok).toBe(false);
  });

  it('replies with the store error instead of throwing', async () => {
    db.close();
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const reply = await handleStoreRequest(db, { type: 'store/list' }, { ...deps });
    expect(reply).toMatchObject({ ok: false, error: 'failed' });
    expect(quiet).toHaveBeenCalled();
    quiet.mockRestore();
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { newCard } from '../review/scheduler';
import { dump, freshIndexedDb } from '../../tests/unit/indexeddb';
import { openTreDb, type TreDb } from './db';
import { MAX_CONTEXTS } from './records';
import { allCards, recordAnswer } from './review-store';
import { rate } from '../review/scheduler';
import { getSaved, isSaved, listSaved, recordMeeting, saveTerm, savedAmong, setNote, unsaveTerm } from './saved-terms';

let db: TreDb;
beforeEach(async () => {
  freshIndexedDb();
  db = await openTreDb();
  return () => db.close();
});

const T0 = 1_735_000_000_000;
const page = (n: number, sentence = `Câu số ${n} về Hiệp định Pa-ri.`) => ({
  url: `https://baoquocte.vn/bai-${n}.html?utm_source=zalo#binh-luan`, title: `Bài ${n}`, sentence,
});

describe('saved terms', () => {
  it('saves a term with where it was met, URL cleaned', async () => {
    const saved = await saveTerm(db, 'hiep-dinh-pa-ri-1973', { context: page(1), now: T0 });
    expect(saved).toEqual({
      termId: 'hiep-dinh-pa-ri-1973', savedAt: T0, updatedAt: T0, note: '',
      contexts: [{ url: 'https://baoquocte.vn/bai-1.html', title: 'Bài 1', sentence: 'Câu số 1 về Hiệp định Pa-ri.', seenAt: T0 }],
    });
    expect(await isSaved(db, 'hiep-dinh-pa-ri-1973')).toBe(true);
    expect(await isSaved(db, 'asean')).toBe(false);
    expect(await getSaved(db, 'hiep-dinh-pa-ri-1973')).toEqual(saved);
  });

  it('adds a context per page, the newer replacing the older for the same URL', async () => {
    await saveTerm(db, 'asean', { context: page(1, 'Cũ.'), now: T0 });
    await saveTerm(db, 'asean', { context: page(2), now: T0 + 10 });
    await saveTerm(db, 'asean', { context: { ...page(1, 'Mới.'), url: 'https://baoquocte.vn/bai-1.html?fbclid=1' }, now: T0 + 20 });
    const saved = (await getSaved(db, 'asean'))!;
    expect(saved.contexts.map((c) => [c.url, c.sentence, c.seenAt])).toEqual([
      ['https://baoquocte.vn/bai-1.html', 'Mới.', T0 + 20],
      ['https://baoquocte.vn/bai-2.html', 'Câu số 2 về Hiệp định Pa-ri.', T0 + 10],
    ]);
    expect(saved.savedAt).toBe(T0);
    expect(saved.updatedAt).toBe(T0 + 20);
  });

  it('keeps the 20 most recent contexts', async () => {
    await saveTerm(db, 'asean', { now: T0 });
    for (let n = 1; n <= 25; n++) expect(await recordMeeting(db, 'asean', page(n), T0 + n)).toBe(true);
    const saved = (await getSaved(db, 'asean'))!;
    expect(saved.contexts).toHaveLength(MAX_CONTEXTS);
    expect(saved.contexts[0]!.title).toBe('Bài 25');
    expect(saved.contexts.at(-1)!.title).toBe('Bài 6');
  });

  it('records a meeting only for a saved term, and never a page it cannot go back to', async () => {
    expect(await recordMeeting(db, 'asean', page(1), T0)).toBe(false);
    expect(await dump(db)).toEqual({ savedTerms: [], reviewCards: [], reviewLog: [] });
    await saveTerm(db, 'asean', { now: T0 });
    await recordMeeting(db, 'asean', { ...page(1), url: 'data:text/html,<p>ASEAN</p>' }, T0 + 1);
    expect((await getSaved(db, 'asean'))!.contexts).toEqual([]);
  });

  it('lists newest first and answers for a page’s ids at once', async () => {
    await saveTerm(db, 'a', { now: T0 });
    await saveTerm(db, 'c', { now: T0 + 2 });
    await saveTerm(db, 'b', { now: T0 + 1 });
    expect((await listSaved(db)).map((s) => s.termId)).toEqual(['c', 'b', 'a']);
    expect(await savedAmong(db, ['x', 'b', 'a', 'y'])).toEqual(['b', 'a']);
  });

  it('sets and clears a note, trimmed and capped', async () => {
    expect(await setNote(db, 'asean', 'x', T0)).toBeNull();
    await saveTerm(db, 'asean', { now: T0 });
    expect((await setNote(db, 'asean', '  Thành lập 8/8/1967 — nhớ kỹ!  ', T0 + 5))!.note).toBe('Thành lập 8/8/1967 — nhớ kỹ!');
    expect((await getSaved(db, 'asean'))!.updatedAt).toBe(T0 + 5);
    expect((await setNote(db, 'asean', 'y'.repeat(5000), T0 + 6))!.note).toHaveLength(2000);
    expect((await setNote(db, 'asean', '', T0 + 7))!.note).toBe('');
  });

  it('keeps a term the glossary no longer has', async () => {
    await saveTerm(db, 'term-removed-from-glossary', { now: T0 });
    db.close();
    db = await openTreDb();
    expect((await listSaved(db)).map((s) => s.termId)).toEqual(['term-removed-from-glossary']);
  });

  it('starts the cards given once, and never resets a card already studied', async () => {
    const cards = [newCard('asean', 'name-to-summary', T0), newCard('asean', 'date', T0)];
    await saveTerm(db, 'asean', { now: T0, cards });
    const { card: studied, log } = rate(cards[1]!, 3, T0 + 1, { targetRetention: 0.9 });
    expect(await recordAnswer(db, cards[1]!, studied, log)).toBe(true);
    await saveTerm(db, 'asean', { now: T0 + 2, cards: [newCard('asean', 'date', T0 + 2), newCard('asean', 'order', T0 + 2)] });
    const stored = await allCards(db);
    expect(stored.map((c) => c.id).sort()).toEqual(['asean|date', 'asean|name-to-summary', 'asean|order']);
    expect(stored.find((c) => c.id === 'asean|date')).toEqual(studied);
  });

  it('refuses an answer to a card that changed meanwhile', async () => {
    const card = newCard('asean', 'date', T0);
    await saveTerm(db, 'asean', { now: T0, cards: [card] });
    const first = rate(card, 3, T0 + 1, opts);
    expect(await recordAnswer(db, card, first.card, first.log)).toBe(true);
    const stale = rate(card, 1, T0 + 2, opts);
    expect(await recordAnswer(db, card, stale.card, stale.log)).toBe(false);
    expect((await dump(db)).reviewLog).toHaveLength(1);
  });

  it('unsaves a term with its cards, keeping the review log', async () => {
    const card = newCard('asean', 'date', T0);
    await saveTerm(db, 'asean', { now: T0, context: page(1), cards: [card, newCard('asean', 'order', T0)] });
    await saveTerm(db, 'wto', { now: T0, cards: [newCard('wto', 'date', T0)] });
    const { card: next, log } = rate(card, 3, T0 + 1, opts);
    await recordAnswer(db, card, next, log);
    expect(await unsaveTerm(db, 'asean')).toBe(true);
    expect(await unsaveTerm(db, 'asean')).toBe(false);
    const after = await dump(db);
    expect(after.savedTerms.map((s) => (s as { termId: string }).termId)).toEqual(['wto']);
    expect(after.reviewCards.map((c) => (c as { id: string }).id)).toEqual(['wto|date']);
    expect(after.reviewLog).toHaveLength(1);
  });
});

const opts = { targetRetention: 0.9 };

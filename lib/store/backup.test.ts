import { beforeEach, describe, expect, it } from 'vitest';
import { newCard, rate } from '../review/scheduler';
import { dump, freshIndexedDb } from '../../tests/unit/indexeddb';
import { BACKUP_FORMAT_VERSION, MAX_BACKUP_CHARS, MAX_SAVED_TERMS, describeProblem } from './backup-format';
import { backupText, exportBackup, importBackup, parseBackup } from './backup';
import { openTreDb, type TreDb } from './db';
import { recordAnswer } from './review-store';
import { saveTerm, setNote } from './saved-terms';

const T0 = 1_735_000_000_000;
const KNOWN = new Set(['hiep-dinh-gio-ne-vo-1954', 'asean', 'wto']);
const SETTINGS = { enabled: true, uiLanguage: 'vi', newCardsPerDay: 15, targetRetention: 0.85 };
const opts = { targetRetention: 0.9 };

let db: TreDb;
beforeEach(async () => {
  freshIndexedDb();
  db = await openTreDb();
  return () => db.close();
});

/** A store with saved terms (one unknown to the glossary), notes, contexts, studied cards and a log. */
async function fill(target: TreDb): Promise<void> {
  await saveTerm(target, 'hiep-dinh-gio-ne-vo-1954', {
    now: T0, context: { url: 'https://vnexpress.net/geneve.html?utm_source=x', title: 'Giơ-ne-vơ 1954', sentence: 'Hiệp định Giơ-ne-vơ được ký ngày 21/7/1954, "lịch sử".' },
    cards: [newCard('hiep-dinh-gio-ne-vo-1954', 'date', T0), newCard('hiep-dinh-gio-ne-vo-1954', 'order', T0)],
  });
  await setNote(target, 'hiep-dinh-gio-ne-vo-1954', 'Ghi chú: vĩ tuyến 17\nnhớ kỹ', T0 + 1);
  await saveTerm(target, 'asean', { now: T0 + 2, cards: [newCard('asean', 'name-to-summary', T0 + 2)] });
  await saveTerm(target, 'term-removed-from-glossary', { now: T0 + 3 });
  let card = newCard('hiep-dinh-gio-ne-vo-1954', 'date', T0);
  for (const [i, r] of ([3, 3, 1, 4] as const).entries()) {
    const next = rate(card, r, T0 + 10 + i * 86_400_000, opts);
    await recordAnswer(target, card, next.card, next.log);
    card = next.card;
  }
}

async function text(target: TreDb): Promise<string> {
  return backupText(await exportBackup(target, SETTINGS, T0 + 1000));
}

describe('backup export and import', () => {
  it('round-trips exactly into an empty store', async () => {
    await fill(db);
    const original = await text(db);
    const empty = await openTreDb({ name: 'tre-other' });
    const result = await importBackup(empty, original, KNOWN);
    expect(result).toMatchObject({
      ok: true, settings: SETTINGS, savedTerms: { added: 3, updated: 0 }, reviewCards: { added: 3, updated: 0 }, reviewLog: { added: 4 },
    });
    expect(await text(empty)).toBe(original);
    const [a, b] = [await dump(db), await dump(empty)];
    expect(b.savedTerms).toEqual(a.savedTerms);
    expect(b.reviewCards).toEqual(a.reviewCards);
    empty.close();
  });

  it('writes the documented top-level shape', async () => {
    await fill(db);
    const backup = JSON.parse(await text(db));
    expect(Object.keys(backup)).toEqual(['format', 'exportedAt', 'savedTerms', 'reviewCards', 'reviewLog', 'settings']);
    expect(backup.format).toEqual({ name: 'tre-backup', version: 1 });
    expect(backup.savedTerms[2].contexts[0].url).toBe('https://vnexpress.net/geneve.html');
    expect(backup.reviewLog[0]).not.toHaveProperty('id');
  });

  it('keeps ids the glossary lacks, with a warning', async () => {
    await fill(db);
    const empty = await openTreDb({ name: 'tre-other' });
    const result = await importBackup(empty, await text(db), KNOWN);
    expect(result.ok && result.warnings).toEqual([{ path: '$.savedTerms[0].termId', code: 'unknownTerm', detail: 'term-removed-from-glossary' }]);
    expect(await empty.get('savedTerms', 'term-removed-from-glossary')).toBeDefined();
    expect(describeProblem({ path: '$', code: 'unknownTerm', detail: 'x' }, 'vi')).toBe('Thuật ngữ “x” không còn trong từ điển hiện tại; vẫn được giữ lại.');
    empty.close();
  });

  it('merges: newest note wins, contexts united, the later card state wins, the log is united once', async () => {
    await fill(db);
    const backup = JSON.parse(await text(db));
    // The file: an older note but a context from another page; the store: a newer note.
    backup.savedTerms.find((s: { termId: string }) => s.termId === 'hiep-dinh-gio-ne-vo-1954').contexts.push(
      { url: 'https://baoquocte.vn/x.html', title: 'Khác', sentence: 'Câu khác.', seenAt: T0 - 5 });
    await setNote(db, 'hiep-dinh-gio-ne-vo-1954', 'Ghi chú mới hơn', T0 + 500);
    // A card that was studied further on the other device.
    const asean = backup.reviewCards.find((c: { id: string }) => c.id === 'asean|name-to-summary');
    const studied = rate(asean, 3, T0 + 600, opts);
    backup.reviewCards[backup.reviewCards.indexOf(asean)] = studied.card;
    backup.reviewLog.push(studied.log);
    const result = await importBackup(db, JSON.stringify(backup), KNOWN);
    expect(result).toMatchObject({ ok: true, savedTerms: { added: 0, updated: 1 }, reviewCards: { added: 0, updated: 1 }, reviewLog: { added: 1 } });
    const geneva = (await db.get('savedTerms', 'hiep-dinh-gio-ne-vo-1954'))!;
    expect(geneva.note).toBe('Ghi chú mới hơn');
    expect(geneva.contexts.map((c) => c.url)).toEqual(['https://vnexpress.net/geneve.html', 'https://baoquocte.vn/x.html']);
    expect(await db.get('reviewCards', 'asean|name-to-summary')).toEqual(studied.card);
    // Importing the same file again changes nothing.
    const before = await dump(db);
    expect(await importBackup(db, JSON.stringify(backup), KNOWN)).toMatchObject({
      ok: true, savedTerms: { added: 0, updated: 0 }, reviewCards: { added: 0, updated: 0 }, reviewLog: { added: 0 },
    });
    expect(await dump(db)).toEqual(before);
    // An older card state never overwrites a newer one.
    backup.reviewCards[backup.reviewCards.indexOf(studied.card)] = asean;
    await importBackup(db, JSON.stringify(backup), KNOWN);
    expect(await db.get('reviewCards', 'asean|name-to-summary')).toEqual(studied.card);
  });

  describe('refuses a bad file and changes nothing', () => {
    const good = async () => JSON.parse(await text(db));
    // `any`: each case spoils the parsed JSON of a good file in its own way.
    const cases: [string, (b: any) => unknown, { path: string; code: string }][] = [
      ['not JSON', () => '{"format": {"name": "tre-backup", ', { path: '$', code: 'notJson' }],
      ['another program’s JSON', () => ({ version: 1, cards: [] }), { path: '$.format.name', code: 'notBackup' }],
      ['a newer format version', (b) => ({ ...b, format: { name: 'tre-backup', version: BACKUP_FORMAT_VERSION + 1 } }), { path: '$.format.version', code: 'newerVersion' }],
      ['a nonsense version', (b) => ({ ...b, format: { name: 'tre-backup', version: '1' } }), { path: '$.format.version', code: 'invalid' }],
      ['a missing list', (b) => { delete b.reviewCards; return b; }, { path: '$.reviewCards', code: 'missing' }],
      ['a missing field', (b) => { delete b.savedTerms[1].contexts; return b; }, { path: '$.savedTerms[1].contexts', code: 'missing' }],
      ['a wrong type', (b) => { b.savedTerms[2].savedAt = '2025-01-01'; return b; }, { path: '$.savedTerms[2].savedAt', code: 'wrongType' }],
      ['a bad term id', (b) => { b.savedTerms[0].termId = 'Not A Slug'; return b; }, { path: '$.savedTerms[0].termId', code: 'invalid' }],
      ['a bad rating', (b) => { b.reviewLog[2].rating = 5; return b; }, { path: '$.reviewLog[2].rating', code: 'invalid' }],
      ['a script URL', (b) => { b.savedTerms[2].contexts[0].url = 'javascript:alert(1)'; return b; }, { path: '$.savedTerms[2].contexts[0].url', code: 'invalid' }],
      ['a card id that is not its term and kind', (b) => { b.reviewCards[0].id = 'asean|date'; return b; }, { path: '$.reviewCards[0]', code: 'invalid' }],
      ['duplicate term ids', (b) => { b.savedTerms.push({ ...b.savedTerms[0] }); return b; }, { path: '$.savedTerms[3].termId', code: 'duplicate' }],
      ['duplicate card ids', (b) => { b.reviewCards.push({ ...b.reviewCards[1] }); return b; }, { path: '$.reviewCards[3].id', code: 'duplicate' }],
      ['a card of an unsaved term', (b) => { b.savedTerms = b.savedTerms.filter((s: { termId: string }) => s.termId !== 'asean'); return b; }, { path: '$.reviewCards[0].termId', code: 'orphanCard' }],
      ['too many items', (b) => ({ ...b, savedTerms: Array.from({ length: MAX_SAVED_TERMS + 1 }, () => b.savedTerms[0]) }), { path: '$.savedTerms', code: 'tooLarge' }],
      ['a huge text', () => ' '.repeat(MAX_BACKUP_CHARS + 1), { path: '$', code: 'tooLarge' }],
    ];

    it.each(cases)('%s', async (_name, spoil, problem) => {
      await fill(db);
      const before = await dump(db);
      const spoiled = spoil(await good());
      const result = await importBackup(db, typeof spoiled === 'string' ? spoiled : JSON.stringify(spoiled), KNOWN);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.problems[0]).toMatchObject(problem);
      expect(await dump(db)).toEqual(before);
    });

    it('reports at most ten problems, and how many more there were', async () => {
      await fill(db);
      const b = await good();
      b.savedTerms = Array.from({ length: 25 }, (_, i) => ({ ...b.savedTerms[0], termId: `BAD ${i}` }));
      const result = parseBackup(JSON.stringify(b), KNOWN);
      expect(!result.ok && result.problems).toHaveLength(10);
      expect(!result.ok && result.more).toBeGreaterThanOrEqual(15);
    });
  });

  /** What each backup format version wrote; every one must import. Add one per new version. */
  const BACKUP_SAMPLES: Record<number, string> = {
    1: JSON.stringify({
      format: { name: 'tre-backup', version: 1 }, exportedAt: T0,
      savedTerms: [{ termId: 'asean', savedAt: T0, updatedAt: T0, note: 'n', contexts: [{ url: 'https://a.vn/', title: 't', sentence: 's', seenAt: T0 }] }],
      reviewCards: [{ id: 'asean|date', termId: 'asean', kind: 'date', createdAt: T0, due: T0, stability: 0, difficulty: 0, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, state: 0, lastReview: null }],
      reviewLog: [], settings: { enabled: true },
    }),
  };

  it('has a sample for every format version, and imports each', async () => {
    for (let version = 1; version <= BACKUP_FORMAT_VERSION; version++) {
      expect(BACKUP_SAMPLES[version], `sample of v${version}`).toBeDefined();
      const target = await openTreDb({ name: `tre-v${version}` });
      expect(await importBackup(target, BACKUP_SAMPLES[version]!, KNOWN)).toMatchObject({ ok: true, savedTerms: { added: 1 } });
      target.close();
    }
  });

  it('reads a file saved with a byte order mark', async () => {
    expect(parseBackup('\uFEFF' + BACKUP_SAMPLES[1], KNOWN).ok).toBe(true);
  });
});

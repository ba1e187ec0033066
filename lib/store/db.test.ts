import { openDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { dump, freshIndexedDb } from '../../tests/unit/indexeddb';
import { DB_NAME, DB_VERSION, MIGRATIONS, dbConnector, openTreDb, type Migration } from './db';
import { StoreError, toStoreError } from './errors';

beforeEach(freshIndexedDb);

/** A saved term, card and log entry as version 1 wrote them. */
const V1_SAMPLE = {
  savedTerms: [{
    termId: 'hiep-dinh-gio-ne-vo-1954', savedAt: 1_700_000_000_000, updatedAt: 1_700_000_100_000, note: 'Đề thi 2023',
    contexts: [{ url: 'https://vnexpress.net/a.html', title: 'Bài báo', sentence: 'Hiệp định Giơ-ne-vơ được ký năm 1954.', seenAt: 1_700_000_100_000 }],
  }, {
    termId: 'term-removed-from-glossary', savedAt: 1_600_000_000_000, updatedAt: 1_600_000_000_000, note: '', contexts: [],
  }],
  reviewCards: [{
    id: 'hiep-dinh-gio-ne-vo-1954|date', termId: 'hiep-dinh-gio-ne-vo-1954', kind: 'date', createdAt: 1_700_000_000_000,
    due: 1_700_500_000_000, stability: 3.2, difficulty: 5.1, elapsedDays: 0, scheduledDays: 3, learningSteps: 0, reps: 1, lapses: 0,
    state: 2, lastReview: 1_700_200_000_000,
  }],
  reviewLog: [{
    id: 1, cardId: 'hiep-dinh-gio-ne-vo-1954|date', termId: 'hiep-dinh-gio-ne-vo-1954', rating: 3, review: 1_700_200_000_000,
    state: 0, due: 1_700_000_000_000, stability: 0, difficulty: 0, scheduledDays: 0, learningSteps: 0,
  }],
};

/**
 * What each version of the database held, and what the current build must read from it. Add the sample of
 * version N when adding the step N → N+1 to MIGRATIONS; the test below upgrades every sample to today.
 */
const DB_SAMPLES: Record<number, { stored: typeof V1_SAMPLE; reads: typeof V1_SAMPLE }> = {
  1: { stored: V1_SAMPLE, reads: V1_SAMPLE },
};

describe('the database', () => {
  it('opens fresh at the current version with every store and index', async () => {
    const db = await openTreDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['reviewCards', 'reviewLog', 'savedTerms']);
    const tx = db.transaction(['reviewCards', 'reviewLog']);
    expect([...tx.objectStore('reviewCards').indexNames].sort()).toEqual(['byDue', 'byTermId']);
    expect([...tx.objectStore('reviewLog').indexNames].sort()).toEqual(['byCardId', 'byReview']);
    expect(tx.objectStore('reviewLog').autoIncrement).toBe(true);
    db.close();
  });

  it('has a sample for every version', () => {
    for (let v = 1; v <= DB_VERSION; v++) expect(DB_SAMPLES[v], `sample of v${v}`).toBeDefined();
  });

  it.each(Object.keys(DB_SAMPLES).map(Number))('upgrades what version %i stored, keeping every record', async (version) => {
    const sample = DB_SAMPLES[version]!;
    const old = await openTreDb({ migrations: MIGRATIONS.slice(0, version) });
    expect(old.version).toBe(version);
    for (const store of ['savedTerms', 'reviewCards', 'reviewLog'] as const) {
      // Raw puts: the sample is what that version wrote, not what today's types say.
      for (const record of sample.stored[store]) await old.put(store, record as never);
    }
    old.close();
    const db = await openTreDb();
    expect(db.version).toBe(DB_VERSION);
    expect(await dump(db)).toEqual(sample.reads);
    db.close();
  });

  it('runs a later step on existing data, and the data survives it (as version 2 would)', async () => {
    const v1 = await openTreDb();
    await v1.put('savedTerms', V1_SAMPLE.savedTerms[0]!);
    v1.close();
    const addTagsToSavedTerms: Migration = async (_db, tx) => {
      const store = tx.objectStore('savedTerms');
      for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
        await cursor.update({ ...(cursor.value as object), tags: [] });
      }
    };
    const v2 = await openTreDb({ migrations: [...MIGRATIONS, addTagsToSavedTerms] });
    expect(v2.version).toBe(2);
    expect(await v2.getAll('savedTerms')).toEqual([{ ...V1_SAMPLE.savedTerms[0], tags: [] }]);
    v2.close();
  });

  it('leaves the database as it was when a step fails', async () => {
    const v1 = await openTreDb();
    await v1.put('savedTerms', V1_SAMPLE.savedTerms[0]!);
    v1.close();
    const broken: Migration = async (_db, tx) => {
      await tx.objectStore('savedTerms').clear();
      throw new Error('bug in a migration');
    };
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(openTreDb({ migrations: [...MIGRATIONS, broken] })).rejects.toBeInstanceOf(StoreError);
    error.mockRestore();
    const again = await openTreDb();
    expect(again.version).toBe(1);
    expect(await again.getAll('savedTerms')).toEqual([V1_SAMPLE.savedTerms[0]]);
    again.close();
  });

  it('steps aside when a newer version wants the database', async () => {
    const onClose = vi.fn();
    const old = await openTreDb({ onClose });
    const newer = await openTreDb({ migrations: [...MIGRATIONS, () => undefined] });
    expect(newer.version).toBe(2);
    expect(onClose).toHaveBeenCalledOnce();
    await expect(old.get('savedTerms', 'x')).rejects.toThrow();
    newer.close();
  });

  it('gives up with a "blocked" error when an old connection will not close', async () => {
    const stubborn = await openDB(DB_NAME, 1, { upgrade: (db) => MIGRATIONS[0]!(db, undefined as never) });
    const opening = openTreDb({ migrations: [...MIGRATIONS, () => undefined], blockedTimeoutMs: 20 });
    await expect(opening).rejects.toMatchObject({ name: 'StoreError', code: 'blocked' });
    stubborn.close();
  });

  it('refuses a database written by a newer build, saying so', async () => {
    (await openTreDb({ migrations: [...MIGRATIONS, () => undefined] })).close();
    await expect(openTreDb()).rejects.toMatchObject({ code: 'newerVersion' });
  });

  it('reopens through the connector after its connection was closed', async () => {
    const connector = dbConnector();
    const first = await connector.get();
    expect(await connector.get()).toBe(first);
    (await openTreDb({ migrations: [...MIGRATIONS, () => undefined] })).close();
    // The first connection stepped aside; the next request opens again (and now meets a newer database).
    await expect(connector.get()).rejects.toMatchObject({ code: 'newerVersion' });
    connector.close();
  });

  it('names quota failures for the reader', () => {
    expect(toStoreError(new DOMException('full', 'QuotaExceededError')).code).toBe('quota');
    expect(toStoreError(new DOMException('x', 'AbortError')).code).toBe('failed');
    expect(toStoreError('weird').code).toBe('failed');
  });
});

import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { TreDb } from '../../lib/store/db';

// Test helpers for the store: a fresh, empty IndexedDB per test (no test sees another's data), and a full
// dump to compare the whole store before and after an operation.

export function freshIndexedDb(): void {
  globalThis.indexedDB = new IDBFactory();
}

export type Dump = { savedTerms: unknown[]; reviewCards: unknown[]; reviewLog: unknown[] };

export async function dump(db: TreDb): Promise<Dump> {
  return {
    savedTerms: await db.getAll('savedTerms'),
    reviewCards: await db.getAll('reviewCards'),
    reviewLog: await db.getAll('reviewLog'),
  };
}

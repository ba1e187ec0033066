import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { StoreError, toStoreError } from './errors';
import type { ReviewCard, ReviewLogEntry, SavedTerm } from './records';

// Tre's one IndexedDB database. Only the background opens it (docs/architecture.md, "Runtime contexts"); everything else
// asks the background through messages (service.ts).

export const DB_NAME = 'tre';

export interface TreSchema extends DBSchema {
  savedTerms: { key: string; value: SavedTerm };
  reviewCards: { key: string; value: ReviewCard; indexes: { byTermId: string; byDue: number } };
  reviewLog: { key: number; value: ReviewLogEntry; indexes: { byCardId: string; byReview: number } };
}

export type TreDb = IDBPDatabase<TreSchema>;

/**
 * One step of the schema: brings a database of version N to N+1 inside the upgrade transaction. Steps see the
 * database untyped, because each one reads the shape of its own version, not today's.
 */
export type Migration = (db: IDBPDatabase<unknown>, tx: IDBPTransaction<unknown, string[], 'versionchange'>) => void | Promise<void>;

/**
 * MIGRATIONS[N] brings version N to N+1; the database's version is the number of steps. To change the schema,
 * append a step (and a sample of what the previous version stored to DB_SAMPLES in db.test.ts): the upgrade
 * runs every step from the version found, so a reader who skipped releases gets all of them in order. Never
 * edit a published step: someone may still have data of that version.
 */
export const MIGRATIONS: readonly Migration[] = [
  // 0 → 1: the first schema.
  (db) => {
    db.createObjectStore('savedTerms', { keyPath: 'termId' });
    const cards = db.createObjectStore('reviewCards', { keyPath: 'id' });
    cards.createIndex('byTermId', 'termId');
    cards.createIndex('byDue', 'due');
    const log = db.createObjectStore('reviewLog', { keyPath: 'id', autoIncrement: true });
    log.createIndex('byCardId', 'cardId');
    log.createIndex('byReview', 'review');
  },
];

export const DB_VERSION = MIGRATIONS.length;

export type OpenOptions = {
  name?: string;
  /** Tests pass fewer steps (to make an old database) or more (to play a future upgrade). */
  migrations?: readonly Migration[];
  /** How long to wait for other connections to close before giving up with a 'blocked' error. */
  blockedTimeoutMs?: number;
  /** Called when this connection closes itself (a newer version wants the database) or the browser closes it. */
  onClose?: () => void;
};

/** Long enough for an old worker to hear `versionchange` and close; short enough not to leave a page hanging. */
const BLOCKED_TIMEOUT_MS = 5000;

/** Opens (creating or upgrading) the database; rejects with a StoreError. */
export function openTreDb(options: OpenOptions = {}): Promise<TreDb> {
  const migrations = options.migrations ?? MIGRATIONS;
  const name = options.name ?? DB_NAME;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let gaveUp = false;
  return new Promise<TreDb>((resolve, reject) => {
    const opening = openDB<TreSchema>(name, migrations.length, {
      upgrade(db, oldVersion, newVersion, tx) {
        const untypedDb = db as unknown as IDBPDatabase<unknown>;
        const untypedTx = tx as unknown as IDBPTransaction<unknown, string[], 'versionchange'>;
        // The open request reports a failed upgrade; the transaction's own promise would only go unhandled.
        tx.done.catch(() => undefined);
        const steps = async () => {
          for (let v = oldVersion; v < (newVersion ?? migrations.length); v++) await migrations[v]!(untypedDb, untypedTx);
        };
        // A failing step must abort the upgrade (the database stays at its old version, data intact) rather
        // than leave a half-migrated database behind.
        steps().catch((error: unknown) => {
          console.error('Tre: database migration failed', error);
          try {
            tx.abort();
          } catch {
            // Already finished or aborted: openDB rejects either way.
          }
        });
      },
      blocked() {
        timer ??= setTimeout(() => {
          gaveUp = true;
          reject(new StoreError('blocked', 'Another connection keeps the database open at an older version'));
        }, options.blockedTimeoutMs ?? BLOCKED_TIMEOUT_MS);
      },
      blocking(_current, _blocked, event) {
        // A newer build is upgrading: step aside, or it waits for ever. The caller reopens on its next request.
        (event.target as IDBDatabase).close();
        options.onClose?.();
      },
      terminated() {
        options.onClose?.();
      },
    });
    opening.then(
      (db) => {
        clearTimeout(timer);
        // We already answered 'blocked'; nobody holds this late connection, so it must not keep others out.
        if (gaveUp) db.close();
        else resolve(db);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(toStoreError(error));
      },
    );
  });
}

export type DbConnector = { get(): Promise<TreDb>; close(): void };

/**
 * One lazily opened connection for the background, reopened after it was closed (a newer version took over,
 * the browser closed it) or after a failed open: an MV3 worker must not trust state from before a restart.
 */
export function dbConnector(options: Omit<OpenOptions, 'onClose'> = {}): DbConnector {
  let current: Promise<TreDb> | null = null;
  const connector: DbConnector = {
    get() {
      if (!current) {
        const opening = openTreDb({ ...options, onClose: () => { if (current === opening) current = null; } });
        current = opening;
        opening.catch(() => { if (current === opening) current = null; });
      }
      return current;
    },
    close() {
      const was = current;
      current = null;
      void was?.then((db) => db.close(), () => undefined);
    },
  };
  return connector;
}

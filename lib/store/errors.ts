// Every failure of the store reaches its caller as a StoreError with a code the reader's message is chosen by
// (ui-strings: store_error_<code>); the original error stays in `cause` for the console. Nothing is swallowed.

export const STORE_ERROR_CODES = ['quota', 'blocked', 'newerVersion', 'failed'] as const;
/**
 * quota: the browser refused to store more (disk full, or the origin's share used up);
 * blocked: an older Tre page keeps the database open at its version, so the new one cannot open it;
 * newerVersion: the database was written by a newer build (after a downgrade) and cannot be read;
 * failed: anything else (a transaction aborted, a broken database).
 */
export type StoreErrorCode = (typeof STORE_ERROR_CODES)[number];

export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(readonly code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The StoreError for whatever IndexedDB threw or rejected with. */
export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError') return new StoreError('quota', `Storage is full: ${message}`, { cause: error });
  if (name === 'VersionError') return new StoreError('newerVersion', `The database is newer than this build: ${message}`, { cause: error });
  return new StoreError('failed', `The store failed: ${message || name}`, { cause: error });
}

/** Runs a store operation, turning any failure into a StoreError (and rethrowing it). */
export async function guard<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStoreError(error);
  }
}

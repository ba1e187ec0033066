import type { Translate } from '../lib/i18n/i18n';
import { STORE_ERROR_CODES, type StoreErrorCode } from '../lib/store/errors';

// A failed store request as the reader reads it: askStore rejects with a StoreRequestError whose `code` names
// the sentence (ui-strings store_error_<code>); anything else (no background, a closed port) is "failed".

export function storeErrorCode(error: unknown): StoreErrorCode {
  const code = typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : null;
  return (STORE_ERROR_CODES as readonly unknown[]).includes(code) ? (code as StoreErrorCode) : 'failed';
}

export function storeErrorSentence(error: unknown, t: Translate): string {
  return t(`store_error_${storeErrorCode(error)}`);
}

/** A visible alert for a store failure (or nothing). */
export function StoreAlert({ message }: { message: string | null }) {
  return message ? <p class="tre-alert" role="alert">{message}</p> : null;
}

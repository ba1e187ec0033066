import { browser } from 'wxt/browser';
import type { StoreErrorCode } from '../store/errors';
import { isRequestFailure, type Request, type ResponseOf, type TabRequest, type TabResponseOf } from './protocol';
import type { StoreReply, StoreRequest, StoreValueOf } from './store-protocol';

/** Sends a typed request to the background and returns its typed answer; rejects when it could not answer. */
export async function ask<R extends Request>(request: R): Promise<ResponseOf<R>> {
  const answer: unknown = await browser.runtime.sendMessage(request);
  if (isRequestFailure(answer)) throw new Error(`Tre: the background could not answer (${answer.failed})`);
  return answer as ResponseOf<R>;
}

/** Sends a typed request to a tab's content script; rejects where none runs (browser pages, the store). */
export async function askTab<R extends TabRequest>(tabId: number, request: R): Promise<TabResponseOf<R>> {
  return (await browser.tabs.sendMessage(tabId, request)) as TabResponseOf<R>;
}

/** A store request the background could not carry out: `code` names the reader-facing sentence (store_error_<code>). */
export class StoreRequestError extends Error {
  constructor(readonly code: StoreErrorCode, message: string) {
    super(message);
    this.name = 'StoreRequestError';
  }
}

/**
 * Sends a saved-terms / review request to the background (which owns the one database) and returns its value;
 * a failure there (quota, blocked upgrade, …) rejects with a StoreRequestError the page shows as a sentence.
 */
export async function askStore<R extends StoreRequest>(request: R): Promise<StoreValueOf<R>> {
  const reply = (await browser.runtime.sendMessage(request)) as StoreReply<StoreValueOf<R>> | undefined;
  if (!reply || isRequestFailure(reply)) throw new StoreRequestError('failed', 'no answer from the background');
  if (!reply.ok) throw new StoreRequestError(reply.error, reply.message);
  return reply.value;
}

import { browser } from 'wxt/browser';
import type { Request, ResponseOf, TabRequest, TabResponseOf } from './protocol';

/** Sends a typed request to the background and returns its typed answer. */
export async function ask<R extends Request>(request: R): Promise<ResponseOf<R>> {
  return (await browser.runtime.sendMessage(request)) as ResponseOf<R>;
}

/** Sends a typed request to a tab's content script; rejects where none runs (browser pages, the store). */
export async function askTab<R extends TabRequest>(tabId: number, request: R): Promise<TabResponseOf<R>> {
  return (await browser.tabs.sendMessage(tabId, request)) as TabResponseOf<R>;
}

import { browser } from 'wxt/browser';
import type { Request, ResponseOf } from './protocol';

/** Sends a typed request to the background and returns its typed answer. */
export async function ask<R extends Request>(request: R): Promise<ResponseOf<R>> {
  return (await browser.runtime.sendMessage(request)) as ResponseOf<R>;
}

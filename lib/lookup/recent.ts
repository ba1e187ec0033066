import { storage } from '@wxt-dev/storage';
import * as v from 'valibot';
import { termId } from '../messaging/protocol';

// The popup's recent lookups: the terms whose card the reader opened there, newest first. Kept in local storage
// (never synced: what a reader looked up is theirs), bounded, and clearable from the popup.

/** Enough to find one's way back to a term met a moment ago; more would push the page's terms out of view. */
export const MAX_RECENT = 8;

const recentSchema = v.array(termId);
const item = storage.defineItem<string[]>('local:recentLookups', { fallback: [] });

/** The list with `id` moved (or added) to the front, at most `max` long. */
export function withRecent(list: readonly string[], id: string, max = MAX_RECENT): string[] {
  return [id, ...list.filter((other) => other !== id)].slice(0, max);
}

/** The recent lookups; anything else found under the key reads as none. */
export async function readRecent(): Promise<string[]> {
  const parsed = v.safeParse(recentSchema, await item.getValue());
  return parsed.success ? parsed.output.slice(0, MAX_RECENT) : [];
}

/** Writes in turn: two cards opened in quick succession must not both read the list before either writes it. */
let writing: Promise<unknown> = Promise.resolve();

/** Puts a term at the front of the recent lookups; returns the new list. */
export function rememberLookup(id: string): Promise<string[]> {
  const done = writing.catch(() => undefined).then(async () => {
    const next = withRecent(await readRecent(), id);
    await item.setValue(next);
    return next;
  });
  writing = done;
  return done;
}

export async function clearRecent(): Promise<void> {
  await item.removeValue();
}

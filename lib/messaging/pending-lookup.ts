import { storage } from '@wxt-dev/storage';
import * as v from 'valibot';
import { termId } from './protocol';

// A lookup asked for from the context menu, handed to the popup: browser.action.openPopup() takes no
// arguments, so the background leaves the query here and the popup takes it when it opens. Session storage:
// it never outlives the browser session, and a query left behind expires (a popup opened by hand later must
// not show an old selection).

const PENDING_KEY = 'session:pendingLookup' as const;
/** Long enough for a popup to open on a slow machine, short enough that a later toolbar click starts empty. */
export const PENDING_LOOKUP_TTL_MS = 10_000;
/** Longer selections are not names; the lookup box takes the start. */
export const MAX_QUERY_LENGTH = 120;

const pendingSchema = v.strictObject({
  query: v.pipe(v.string(), v.maxLength(MAX_QUERY_LENGTH)),
  /** A term to open at once (the popover's "Open in Tre"), rather than a query to search. */
  term: v.optional(termId),
  at: v.number(),
});
const item = storage.defineItem<v.InferOutput<typeof pendingSchema>>(PENDING_KEY);

/** A selection as a query: one line of collapsed spaces, cut to a length a name can have. */
export function queryFromSelection(selection: string): string {
  return selection.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
}

export async function leavePendingLookup(query: string, now = Date.now(), term?: string): Promise<void> {
  await item.setValue({ query: queryFromSelection(query), ...(term ? { term } : {}), at: now });
}

/** What the popup should open with: a query, or a term's card. */
export type PendingLookup = { query: string; term?: string };

/** The pending query, if one was left in the last few seconds; it is taken (removed) either way. */
export async function takePendingLookup(now = Date.now()): Promise<string | null> {
  return (await takePendingTarget(now))?.query ?? null;
}

/** The pending query or term, if one was left in the last few seconds; it is taken (removed) either way. */
export async function takePendingTarget(now = Date.now()): Promise<PendingLookup | null> {
  const parsed = v.safeParse(pendingSchema, await item.getValue());
  await item.removeValue();
  if (!parsed.success || now - parsed.output.at > PENDING_LOOKUP_TTL_MS || now < parsed.output.at) return null;
  const { query, term } = parsed.output;
  return term ? { query, term } : { query };
}

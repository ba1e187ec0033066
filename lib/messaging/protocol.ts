import * as v from 'valibot';
import type { TermDetails } from '../glossary/catalog';

// Every message between Tre's contexts, typed and validated on arrival (docs/architecture.md, "Messages between contexts").
// Anything that does not parse is ignored: nothing a page can send is trusted.

export const termId = v.pipe(v.string(), v.maxLength(120), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));
/** A search typed or selected: one line, as long as a name can be. */
const panelQuery = v.pipe(v.string(), v.maxLength(120));

/** Where the side panel should open: at a term's card and events, or searching the timeline. */
export const panelTargetSchema = v.strictObject({ term: v.optional(termId), query: v.optional(panelQuery) });
export type PanelTarget = v.InferOutput<typeof panelTargetSchema>;

export const requestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('term/details'), id: termId }),
  v.strictObject({ type: v.literal('page/mentions'), count: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  // The popover's "See on the timeline": the background opens the side panel beside the page it came from.
  v.strictObject({ type: v.literal('sidepanel/open'), term: v.optional(termId), query: v.optional(panelQuery) }),
  // The popover's "Open in Tre": the toolbar popup opens at the term's full card.
  v.strictObject({ type: v.literal('popup/open'), term: termId }),
]);

export type Request = v.InferOutput<typeof requestSchema>;

export type ResponseOf<R extends Request> =
  R extends { type: 'term/details' } ? TermDetails | null :
  R extends { type: 'page/mentions' } ? void :
  R extends { type: 'sidepanel/open' } ? void :
  R extends { type: 'popup/open' } ? void :
  never;

/**
 * The background's answer to a request it could not carry out. Its onMessage answers through sendResponse (it
 * runs without webextension-polyfill, whose start-up every wake-up of the worker paid: wxt.config.ts), and a
 * sendResponse cannot reject; `ask` (client.ts) turns this back into a rejection.
 */
export type RequestFailure = { failed: string };

export function isRequestFailure(answer: unknown): answer is RequestFailure {
  return typeof answer === 'object' && answer !== null && Object.keys(answer).length === 1 && typeof (answer as RequestFailure).failed === 'string';
}

export function parseRequest(message: unknown): Request | null {
  const parsed = v.safeParse(requestSchema, message);
  return parsed.success ? parsed.output : null;
}

// Messages to a tab's content script (browser.tabs.sendMessage), from the popup and the background. They
// ask the page rather than the tab: reading a tab's URL would need the `tabs` permission.

export const tabRequestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('tab/status') }),
  // The side panel's "On this page": the terms the page mentions, in the order of their first mention.
  v.strictObject({ type: v.literal('tab/terms') }),
  // The side panel chose a term: scroll the page to its next mention and flash it.
  v.strictObject({ type: v.literal('tab/reveal'), id: termId }),
  // The "next / previous mention" commands: move to the neighbouring mention in reading order and open its card.
  v.strictObject({ type: v.literal('tab/step'), direction: v.picklist(['next', 'previous']) }),
  // The "explain selection" command: open the card of the mention at the selection.
  v.strictObject({ type: v.literal('tab/explain-selection') }),
]);

export type TabRequest = v.InferOutput<typeof tabRequestSchema>;

/**
 * What a page says about itself: its site key (null where Tre keys none) and how many distinct terms and
 * mentions Tre found on it (null while marking is off there and the page was never scanned).
 */
export type TabStatus = { site: string | null; terms: number | null; mentions: number | null };

/** The terms a page mentions (only the types the reader marks), first-mentioned first, with their counts. */
export type PageTermsReport = { site: string | null; terms: { id: string; count: number }[] };

/** Which mention of the term the page now shows (0-based) out of how many; null if it has none. */
export type RevealResult = { index: number; count: number } | null;

export type TabResponseOf<R extends TabRequest> =
  R extends { type: 'tab/status' } ? TabStatus :
  R extends { type: 'tab/terms' } ? PageTermsReport :
  R extends { type: 'tab/reveal' } ? RevealResult :
  R extends { type: 'tab/step' } ? RevealResult :
  R extends { type: 'tab/explain-selection' } ? boolean :
  never;

export function parseTabRequest(message: unknown): TabRequest | null {
  const parsed = v.safeParse(tabRequestSchema, message);
  return parsed.success ? parsed.output : null;
}

// Messages to the side panel (runtime.sendMessage from another extension page or the background reaches every
// open extension page): an open panel shows the target at once; a panel opening later takes it from the pending
// target instead (lib/messaging/side-panel.ts).

export const panelMessageSchema = v.variant('type', [
  v.strictObject({ type: v.literal('sidepanel/show'), term: v.optional(termId), query: v.optional(panelQuery) }),
]);

export type PanelMessage = v.InferOutput<typeof panelMessageSchema>;

export function parsePanelMessage(message: unknown): PanelMessage | null {
  const parsed = v.safeParse(panelMessageSchema, message);
  return parsed.success ? parsed.output : null;
}

// The background tells every open extension page that the saved terms or the review cards changed (a save from a
// page's popover, an answer in review, an import): lists and Save buttons elsewhere ask again.
export const STORE_CHANGED = { type: 'store/changed' } as const;

export function isStoreChanged(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === STORE_CHANGED.type &&
    Object.keys(message).length === 1;
}

/** Calls back whenever the background says the store changed (from Tre itself only). Returns the unsubscribe. */
export function onStoreChanged(runtime: { id: string; onMessage: { addListener(l: StoreListener): void; removeListener(l: StoreListener): void } },
  callback: () => void): () => void {
  const listener: StoreListener = (message, sender) => {
    if (sender.id === runtime.id && isStoreChanged(message)) callback();
    return undefined;
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}

type StoreListener = (message: unknown, sender: { id?: string }) => undefined;

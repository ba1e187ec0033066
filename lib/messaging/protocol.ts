import * as v from 'valibot';
import type { TermDetails } from '../glossary/catalog';

// Every message between Tre's contexts, typed and validated on arrival (docs/architecture.md, "Messages between contexts").
// Anything that does not parse is ignored: nothing a page can send is trusted.

const termId = v.pipe(v.string(), v.maxLength(120), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));

export const requestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('term/details'), id: termId }),
  v.strictObject({ type: v.literal('page/mentions'), count: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
]);

export type Request = v.InferOutput<typeof requestSchema>;

export type ResponseOf<R extends Request> =
  R extends { type: 'term/details' } ? TermDetails | null :
  R extends { type: 'page/mentions' } ? void :
  never;

export function parseRequest(message: unknown): Request | null {
  const parsed = v.safeParse(requestSchema, message);
  return parsed.success ? parsed.output : null;
}

// Messages to a tab's content script (browser.tabs.sendMessage), from the popup and the background. They
// ask the page rather than the tab: reading a tab's URL would need the `tabs` permission.

export const tabRequestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('tab/status') }),
]);

export type TabRequest = v.InferOutput<typeof tabRequestSchema>;

/**
 * What a page says about itself: its site key (null where Tre keys none) and how many distinct terms and
 * mentions Tre found on it (null while marking is off there and the page was never scanned).
 */
export type TabStatus = { site: string | null; terms: number | null; mentions: number | null };

export type TabResponseOf<R extends TabRequest> = R extends { type: 'tab/status' } ? TabStatus : never;

export function parseTabRequest(message: unknown): TabRequest | null {
  const parsed = v.safeParse(tabRequestSchema, message);
  return parsed.success ? parsed.output : null;
}

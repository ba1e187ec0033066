import * as v from 'valibot';
import type { TermDetails } from '../glossary/catalog';

// Every message between Tre's contexts, typed and validated on arrival (DESIGN.md, "Runtime contexts").
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

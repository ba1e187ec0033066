import type { TabRequest } from './protocol';

// The content script's gate for tab requests, by hand: valibot's schema (protocol.ts, tabRequestSchema) is
// the contract, but it put the schema library on the start path of every tab (issue 18). tab-request.test.ts
// checks that both accept and refuse the same messages.

const TERM_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function parseTabRequestQuick(message: unknown): TabRequest | null {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return null;
  const m = message as Record<string, unknown>;
  const keys = Object.keys(m);
  const only = (...allowed: string[]) => keys.every((k) => allowed.includes(k));
  switch (m.type) {
    case 'tab/status':
    case 'tab/terms':
    case 'tab/explain-selection':
      return only('type') ? { type: m.type } : null;
    case 'tab/reveal':
      return only('type', 'id') && typeof m.id === 'string' && m.id.length <= 120 && TERM_ID.test(m.id)
        ? { type: m.type, id: m.id } : null;
    case 'tab/step':
      return only('type', 'direction') && (m.direction === 'next' || m.direction === 'previous')
        ? { type: m.type, direction: m.direction } : null;
    default:
      return null;
  }
}

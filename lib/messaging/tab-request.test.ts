import { describe, expect, it } from 'vitest';
import { parseTabRequest } from './protocol';
import { parseTabRequestQuick } from './tab-request';

const MESSAGES: unknown[] = [
  { type: 'tab/status' }, { type: 'tab/terms' }, { type: 'tab/explain-selection' },
  { type: 'tab/reveal', id: 'geneva-accords-1954' }, { type: 'tab/reveal', id: 'Geneva' }, { type: 'tab/reveal', id: 'a--b' },
  { type: 'tab/reveal', id: 'x'.repeat(121) }, { type: 'tab/reveal', id: 'x'.repeat(120) }, { type: 'tab/reveal' }, { type: 'tab/reveal', id: 7 },
  { type: 'tab/step', direction: 'next' }, { type: 'tab/step', direction: 'previous' }, { type: 'tab/step', direction: 'up' }, { type: 'tab/step' },
  { type: 'tab/status', extra: 1 }, { type: 'tab/reveal', id: 'un', extra: 1 }, { type: 'tab/other' }, { type: 7 },
  null, undefined, 'tab/status', 42, [], ['tab/status'], {},
];

describe('the content script gate for tab requests', () => {
  it.each(MESSAGES.map((m) => [JSON.stringify(m) ?? 'undefined', m]))('agrees with the schema on %s', (_, message) => {
    expect(parseTabRequestQuick(message)).toEqual(parseTabRequest(message));
  });
});

import { describe, expect, it } from 'vitest';
import { compileMatchIndex } from '../glossary/compile';
import { Matcher } from '../match/matcher';
import { TEST_BLOCKERS, TEST_TERMS } from '../../tests/unit/terms-fixture';
import { MatchService, type ServicePort } from './match-service';
import { createPageSession } from './page-session';
import { MATCH_PORT, MAX_CHUNK_CHARS, parseMatchRequest, parseServiceMessage, type ServiceMessage } from './protocol';

const matcher = Matcher.fromIndex(compileMatchIndex(TEST_TERMS, TEST_BLOCKERS));
const ids = ['geneva', 'un', 'asean'];
const types = ['treaty', 'organization', 'organization'];
const EXTENSION = 'tre-id';

/** A Port as the background sees one: what it posts is recorded, the test sends and disconnects. */
function fakePort(name = MATCH_PORT, senderId = EXTENSION) {
  const onMessage: ((m: unknown) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  const posted: ServiceMessage[] = [];
  const port: ServicePort = {
    name,
    sender: { id: senderId },
    postMessage: (m) => posted.push(structuredClone(m)),
    onMessage: { addListener: (l) => onMessage.push(l) },
    onDisconnect: { addListener: (l) => onDisconnect.push(l) },
  };
  return { port, posted, send: (m: unknown) => onMessage.forEach((l) => l(m)), disconnect: () => onDisconnect.forEach((l) => l()) };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('a page session', () => {
  it('answers each block with (start, end, term index) triples, as the matcher finds them', () => {
    const session = createPageSession(matcher, new Map(ids.map((id, i) => [id, i])));
    const texts = ['Liên hợp quốc và ASEAN', 'nothing here', 'Hiệp định Giơ-ne-vơ; EU'];
    expect(session.matchBlocks(texts)).toEqual([[0, 13, 1, 17, 22, 2], [], [0, 19, 0]]);
    // The very matcher of lib/match: the same offsets as calling it directly (EU is not in this index's ids).
    expect(matcher.findMatches(texts[2]!).map((m) => [m.start, m.end, m.id])).toEqual([[0, 19, 'geneva'], [21, 23, 'eu']]);
  });
});

describe('the background matching service', () => {
  it('says it is ready with the terms, then answers chunks in their own numbering', async () => {
    const service = new MatchService(async () => ({ matcher, ids, types }), EXTENSION);
    const p = fakePort();
    service.connect(p.port);
    p.send({ type: 'match', chunk: 7, texts: ['ASEAN'] }); // before the matcher is loaded: waits for it
    await settle();
    expect(p.posted[0]).toEqual({ type: 'ready', ids, types });
    expect(p.posted[1]).toMatchObject({ type: 'matches', chunk: 7, matches: [[0, 5, 2]] });
    expect(parseServiceMessage(p.posted[1])).not.toBeNull();
  });

  it('ignores other Ports, other senders and malformed requests', async () => {
    const service = new MatchService(async () => ({ matcher, ids, types }), EXTENSION);
    const other = fakePort('something-else');
    const stranger = fakePort(MATCH_PORT, 'another-extension');
    const ours = fakePort();
    for (const p of [other, stranger, ours]) service.connect(p.port);
    for (const bad of [null, 'match', { type: 'match', chunk: -1, texts: [] }, { type: 'match', chunk: 1, texts: [3] },
      { type: 'match', chunk: 1.5, texts: [] }, { type: 'match', chunk: 1, texts: 'ASEAN' }]) ours.send(bad);
    other.send({ type: 'match', chunk: 1, texts: ['ASEAN'] });
    await settle();
    expect(other.posted).toEqual([]);
    expect(stranger.posted).toEqual([]);
    expect(ours.posted.map((m) => m.type)).toEqual(['ready']);
  });

  it('posts nothing to a page that went away, and keeps serving the others', async () => {
    const service = new MatchService(async () => ({ matcher, ids, types }), EXTENSION);
    const gone = fakePort();
    const staying = fakePort();
    service.connect(gone.port);
    service.connect(staying.port);
    gone.disconnect();
    gone.send({ type: 'match', chunk: 0, texts: ['ASEAN'] });
    staying.send({ type: 'match', chunk: 0, texts: ['ASEAN'] });
    await settle();
    expect(gone.posted).toEqual([]);
    expect(staying.posted.map((m) => m.type)).toEqual(['ready', 'matches']);
  });

  it('answers nothing when the matcher cannot load, and throws nothing', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const service = new MatchService(async () => Promise.reject(new Error('no tables')), EXTENSION);
      const p = fakePort();
      service.connect(p.port);
      p.send({ type: 'match', chunk: 0, texts: ['ASEAN'] });
      await settle();
      expect(p.posted).toEqual([]);
      expect(errors).toHaveLength(1);
    } finally {
      console.error = original;
    }
  });
});

describe('the protocol', () => {
  it('refuses a chunk far beyond what a page sends', () => {
    expect(parseMatchRequest({ type: 'match', chunk: 0, texts: ['x'.repeat(MAX_CHUNK_CHARS)] })).not.toBeNull();
    expect(parseMatchRequest({ type: 'match', chunk: 0, texts: ['x'.repeat(4 * MAX_CHUNK_CHARS + 1)] })).toBeNull();
  });

  it('refuses answers that are not whole triples of counts', () => {
    expect(parseServiceMessage({ type: 'matches', chunk: 0, matches: [[0, 5]], ms: 1 })).toBeNull();
    expect(parseServiceMessage({ type: 'matches', chunk: 0, matches: [[0, -5, 1]], ms: 1 })).toBeNull();
    expect(parseServiceMessage({ type: 'matches', chunk: 0, matches: [[0, 5, 1]] })).toBeNull();
    expect(parseServiceMessage({ type: 'ready', ids: ['a'], types: [] })).toBeNull();
    expect(parseServiceMessage({ type: 'matches', chunk: 0, matches: [[0, 5, 1], []], ms: 0.5 })).not.toBeNull();
  });
});

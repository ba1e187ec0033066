import { describe, expect, it } from 'vitest';
import { compileMatchIndex } from '../glossary/compile';
import { Matcher } from '../match/matcher';
import { MatchService } from '../page-matching/match-service';
import { fakeRuntime } from '../../tests/unit/fake-ports';
import { TEST_BLOCKERS, TEST_TERMS } from '../../tests/unit/terms-fixture';
import { RemoteMatcher, type PagePort } from './remote-matcher';

const matcher = Matcher.fromIndex(compileMatchIndex(TEST_TERMS, TEST_BLOCKERS));
const ids = TEST_TERMS.map((t) => t.id);
const types = TEST_TERMS.map((t) => t.type);
const TEXTS = ['Năm 1954, Hiệp định Giơ-ne-vơ được ký.', 'Không có gì.', 'LHQ và ASEAN, HĐBA'];
const local = (texts: string[]) => texts.map((t) => matcher.findMatches(t));

function withBackground(load = async () => ({ matcher, ids, types })) {
  const runtime = fakeRuntime();
  const service = new MatchService(load, 'tre-id');
  runtime.onConnect((port) => service.connect(port));
  return runtime;
}

describe('RemoteMatcher', () => {
  it('finds in the background exactly what the matcher finds in the page', async () => {
    const runtime = withBackground();
    const remote = new RemoteMatcher(runtime.connect);
    expect(await remote.matchBlocks(TEXTS)).toEqual(local(TEXTS));
    expect(remote.typeOf('geneva')).toBe('treaty');
    expect(remote.workerMs).toBeGreaterThanOrEqual(0);
    remote.close();
  });

  it('answers several chunks asked at once, each with its own blocks', async () => {
    const runtime = withBackground();
    const remote = new RemoteMatcher(runtime.connect);
    const answers = await Promise.all(TEXTS.map((t) => remote.matchBlocks([t])));
    expect(answers.map((a) => a[0])).toEqual(local(TEXTS));
    expect(runtime.connects).toBe(1);
  });

  it('sends what was unanswered again when the worker stops, and opens a new Port for later chunks', async () => {
    const runtime = withBackground();
    const remote = new RemoteMatcher(runtime.connect);
    await remote.ready;
    const asked = remote.matchBlocks(TEXTS);
    runtime.stopWorker(); // before the answer arrives: the Port closes
    expect(await asked).toEqual(local(TEXTS));
    runtime.stopWorker(); // idle stop between two chunks
    expect(await remote.matchBlocks([TEXTS[2]!])).toEqual(local([TEXTS[2]!]));
    expect(runtime.connects).toBeGreaterThanOrEqual(2);
  });

  it('refuses every chunk, without throwing, once the extension is gone from under the page', async () => {
    const runtime = withBackground();
    runtime.invalidate();
    const remote = new RemoteMatcher(runtime.connect);
    await expect(remote.matchBlocks(TEXTS)).rejects.toThrow(/background is gone/);
  });

  it('gives a chunk up when the background never answers', async () => {
    const timers: (() => void)[] = [];
    const silent = (): PagePort => ({ postMessage: () => undefined, disconnect: () => undefined,
      onMessage: { addListener: () => undefined }, onDisconnect: { addListener: () => undefined } });
    const remote = new RemoteMatcher(silent, 1000, (f) => timers.push(f));
    const asked = remote.matchBlocks(TEXTS);
    timers.forEach((f) => f());
    await expect(asked).rejects.toThrow(/no answer in time/);
  });

  it('gives a chunk up when the background closes the Port on it twice (a failing worker)', async () => {
    const runtime = withBackground(() => new Promise(() => undefined)); // never loads
    const remote = new RemoteMatcher(runtime.connect);
    const asked = remote.matchBlocks(TEXTS);
    await new Promise((r) => setTimeout(r, 5));
    runtime.stopWorker();
    await new Promise((r) => setTimeout(r, 5));
    runtime.stopWorker();
    await expect(asked).rejects.toThrow(/closed the connection twice/);
  });
});

import { describe, expect, it } from 'vitest';
import type { Mention } from './mention';
import { MentionWalk } from './mention-walk';

// Mentions in one text node: document order is offset order; "top" is given by the test.
document.body.innerHTML = '<p>x</p>';
const text = document.createTextNode('a'.repeat(100));
document.body.firstChild!.appendChild(text);
const at = (start: number, id = 'x'): Mention => ({
  start, end: start + 1, id, block: document.body,
  range: new StaticRange({ startContainer: text, startOffset: start, endContainer: text, endOffset: start + 1 }),
});

describe('MentionWalk', () => {
  const mentions = [at(40, 'c'), at(10, 'a'), at(20, 'b'), at(60, 'd')]; // found out of order
  const top = (m: Mention) => m.start * 10 - 250; // a at -150, b at -50, c at 150, d at 350
  const ids = (walk: MentionWalk, dir: 'next' | 'previous', times: number, list = mentions) =>
    Array.from({ length: times }, () => walk.step(dir, list, top, 300)!.mention.id);

  it('starts at the first mention in view going forward, then walks in reading order and wraps round', () => {
    expect(ids(new MentionWalk(), 'next', 5)).toEqual(['c', 'd', 'a', 'b', 'c']);
  });

  it('starts at the last mention above the bottom of the view going back', () => {
    expect(ids(new MentionWalk(), 'previous', 4)).toEqual(['c', 'b', 'a', 'd']);
  });

  it('turns back from where it is', () => {
    const walk = new MentionWalk();
    expect([...ids(walk, 'next', 2), ...ids(walk, 'previous', 2)]).toEqual(['c', 'd', 'c', 'b']);
  });

  it('goes on from where a mention rescanned away stood', () => {
    const walk = new MentionWalk();
    expect(ids(walk, 'next', 1)).toEqual(['c']);
    const rescanned = [at(10, 'a'), at(20, 'b'), at(45, 'e'), at(60, 'd')];
    expect(ids(walk, 'next', 1, rescanned)).toEqual(['e']);
    const walk2 = new MentionWalk();
    ids(walk2, 'next', 1);
    expect(ids(walk2, 'previous', 1, rescanned)).toEqual(['b']);
  });

  it('reports its place and finds nothing on a page without mentions', () => {
    expect(new MentionWalk().step('next', mentions, top, 300)).toMatchObject({ index: 2, count: 4 });
    expect(new MentionWalk().step('next', [], top, 300)).toBe(null);
  });
});

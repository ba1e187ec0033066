import { afterEach, describe, expect, it } from 'vitest';
import { liveRange, startsBefore } from './mention';

const at = (node: Node, start: number, end: number) =>
  new StaticRange({ startContainer: node, startOffset: start, endContainer: node, endOffset: end });

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a mention range', () => {
  it('reads its text through a live range, even after the page shortened that text', () => {
    document.body.innerHTML = '<p>Hiệp định Giơ-ne-vơ năm 1954</p>';
    const text = document.querySelector('p')!.firstChild as Text;
    const mark = at(text, 10, 19);
    expect(liveRange(mark).toString()).toBe('Giơ-ne-vơ');
    // Before its block is scanned again, the static range may point past the node's new end.
    text.data = 'Hiệp định';
    expect(liveRange(mark).toString()).toBe('');
    expect(liveRange(at(text, 5, 19)).toString()).toBe('định');
  });

  it('orders starts in document order, within a text node and across elements', () => {
    document.body.innerHTML = '<p>ASEAN và EU</p><p><b>LHQ</b></p>';
    const first = document.querySelector('p')!.firstChild!;
    const later = document.querySelector('b')!.firstChild!;
    expect(startsBefore(at(first, 0, 5), at(first, 9, 11))).toBe(true);
    expect(startsBefore(at(first, 9, 11), at(first, 0, 5))).toBe(false);
    expect(startsBefore(at(first, 9, 11), at(later, 0, 3))).toBe(true);
    expect(startsBefore(at(later, 0, 3), at(first, 0, 5))).toBe(false);
    expect(startsBefore(at(first, 0, 5), at(first, 0, 5))).toBe(false);
  });

  it('does not order a shadow root’s mention before the page’s or after it', () => {
    document.body.innerHTML = '<p>ASEAN</p><div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>EU</p>';
    const page = at(document.querySelector('p')!.firstChild!, 0, 5);
    const inShadow = at(shadow.querySelector('p')!.firstChild!, 0, 2);
    expect(startsBefore(page, inShadow)).toBe(false);
    expect(startsBefore(inShadow, page)).toBe(false);
  });
});

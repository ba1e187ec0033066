import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Mention, MentionSurface } from './mention';
import { MentionPointer } from './mention-pointer';

// Clicks and keys, with a stand-in surface: the mention is whatever text node the event's target holds.
let pointer: MentionPointer;
let surface: MentionSurface;
let opened: { id: string; pinned: boolean; focus?: boolean }[];
let closed: number;

function mentionIn(el: Element): Mention {
  const text = el.firstChild as Text;
  return {
    start: 0, end: text.data.length, id: el.id, block: el,
    range: new StaticRange({ startContainer: text, startOffset: 0, endContainer: text, endOffset: text.data.length }),
  };
}

beforeEach(() => {
  document.body.innerHTML = `<button id="before">Nghe</button>
    <p><a id="linked" href="#next">ASEAN</a> và <span id="plain">LHQ</span></p>`;
  const mentions = new Map<Element, Mention>([...document.querySelectorAll('#linked, #plain')].map((el) => [el, mentionIn(el)]));
  surface = {
    show() {}, hide() {}, setVisible() {}, setLook() {}, dispose() {},
    mentionAt: (_x, _y, target) => (target instanceof Element ? mentions.get(target) ?? null : null),
  };
  opened = [];
  closed = 0;
  pointer = new MentionPointer(document, surface, {
    open: (m, _anchor, pinned, focus) => opened.push({ id: m.id, pinned, ...(focus ? { focus } : {}) }),
    close: () => closed++,
    isInside: (target) => target instanceof Element && target.localName === 'tre-popover',
  });
  pointer.engage();
});

afterEach(() => {
  pointer.dispose();
  document.body.innerHTML = '';
});

function click(el: Element, init: MouseEventInit = {}): MouseEvent {
  const e = new MouseEvent('click', { bubbles: true, cancelable: true, ...init });
  el.dispatchEvent(e);
  return e;
}

describe('MentionPointer', () => {
  it('follows nothing until engaged (the page has a mark), and nothing again once disposed', () => {
    pointer.dispose();
    pointer = new MentionPointer(document, surface, { open: (m) => opened.push({ id: m.id, pinned: true }), close: () => undefined, isInside: () => false });
    click(document.getElementById('plain')!);
    expect(opened).toEqual([]);
    pointer.engage();
    pointer.engage();
    click(document.getElementById('plain')!);
    expect(opened).toEqual([{ id: 'plain', pinned: true }]);
    pointer.dispose();
    pointer.engage();
    click(document.getElementById('plain')!);
    expect(opened).toHaveLength(1);
  });

  it('opens and pins the card of a clicked mention', () => {
    click(document.getElementById('plain')!);
    expect(opened).toEqual([{ id: 'plain', pinned: true }]);
  });

  it('leaves a click on a linked mention to the page: no card, nothing prevented', () => {
    const e = click(document.getElementById('linked')!);
    expect(opened).toEqual([]);
    expect(e.defaultPrevented).toBe(false);
  });

  it('opens the card of a linked mention on Alt-click, instead of following the link', () => {
    const e = click(document.getElementById('linked')!, { altKey: true });
    expect(opened).toEqual([{ id: 'linked', pinned: true }]);
    expect(e.defaultPrevented).toBe(true);
  });

  it('moves focus into a card opened from the keyboard, and Escape gives it back', () => {
    const before = document.getElementById('before')!;
    before.focus();
    pointer.openFromKeyboard(mentionIn(document.getElementById('plain')!));
    expect(opened).toEqual([{ id: 'plain', pinned: true, focus: true }]);
    // Focus is in the card now (its host stands in for it here).
    const host = document.createElement('tre-popover');
    host.tabIndex = -1;
    document.body.append(host);
    host.focus();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(closed).toBe(1);
    expect(document.activeElement).toBe(before);
  });

  it('does not take focus back when the reader moved it elsewhere before the card closed', () => {
    document.getElementById('before')!.focus();
    pointer.openFromKeyboard(mentionIn(document.getElementById('plain')!));
    const elsewhere = document.getElementById('linked') as HTMLAnchorElement;
    elsewhere.focus();
    click(document.body);
    expect(closed).toBe(1);
    expect(document.activeElement).toBe(elsewhere);
  });

  it('no longer answers Alt+Shift+T itself (the explain-selection command does)', () => {
    const spy = vi.spyOn(pointer, 'mentionAtSelection');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'T', code: 'KeyT', altKey: true, shiftKey: true, bubbles: true }));
    expect(spy).not.toHaveBeenCalled();
    expect(opened).toEqual([]);
  });
});

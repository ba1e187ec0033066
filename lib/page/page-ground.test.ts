import { afterEach, describe, expect, it, vi } from 'vitest';
import { groundColour, Grounds, pageGround } from './page-ground';

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('style');
  vi.restoreAllMocks();
});

const byId = (id: string) => document.getElementById(id)!;

describe('groundColour', () => {
  it('is the first opaque background on the way up, translucent ones laid over it', () => {
    document.body.innerHTML = `<div style="background-color: rgb(0, 0, 0)"><section style="background-color: rgba(255, 255, 255, 0.5)">
      <p id="p">x</p></section></div>`;
    expect(groundColour(byId('p'))).toEqual({ r: 127.5, g: 127.5, b: 127.5, a: 1 });
    expect(pageGround(byId('p'))).toBe('light');
  });

  it('is the white canvas where nothing is painted, a dark one where the page asked for a dark scheme and writes light text', () => {
    document.body.innerHTML = '<p id="plain">x</p><p id="light" style="color: rgb(240, 240, 240)">x</p>';
    expect(groundColour(byId('plain'))).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(groundColour(byId('light'))).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    document.documentElement.style.colorScheme = 'dark';
    expect(pageGround(byId('light'))).toBe('dark');
    expect(pageGround(byId('plain'))).toBe('light');
  });
});

describe('Grounds', () => {
  it('answers as groundColour does for every element, whichever it was asked about first', () => {
    document.documentElement.style.colorScheme = 'dark';
    document.body.innerHTML = `<main style="background-color: rgba(0, 0, 255, 0.2)">
      <article id="a"><p id="dark-text" style="color: rgb(10, 10, 10)">x</p><p id="light-text" style="color: rgb(250, 250, 250)">x</p></article>
      <aside style="background-color: rgb(255, 255, 0)"><p id="boxed" style="background-color: rgba(255, 0, 0, 0.5)">x</p></aside></main>`;
    const ids = ['light-text', 'a', 'boxed', 'dark-text'];
    const grounds = new Grounds();
    // Asked in an order where later elements find their ancestors already read.
    for (const id of ids) expect(grounds.of(byId(id)), id).toEqual(groundColour(byId(id)));
    for (const id of [...ids].reverse()) expect(grounds.of(byId(id)), id).toEqual(groundColour(byId(id)));
  });

  it('reads the containers the paragraphs share once', () => {
    document.body.innerHTML = `<div><div><article>${'<p>x</p>'.repeat(20)}</article></div></div>`;
    const grounds = new Grounds();
    const read = vi.spyOn(window, 'getComputedStyle');
    for (const p of document.querySelectorAll('p')) grounds.of(p);
    const elements = new Set(read.mock.calls.map(([el]) => el));
    // The 20 paragraphs, the article, two divs, body and html.
    expect(elements.size).toBe(20 + 5);
    const containerReads = read.mock.calls.filter(([el]) => el.tagName === 'ARTICLE' || el.tagName === 'DIV').length;
    expect(containerReads).toBe(3);
  });
});

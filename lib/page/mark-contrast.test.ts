import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio, over, parseColor, type Rgba } from './contrast';
import { ALL_HIGHLIGHT_NAMES } from './highlight-surface';
import { STRONG_TINTS } from './tint-guard';

// The marks' colours as shipped (the content script's manifest CSS), checked with the WCAG formula against the
// page grounds and text colours real pages use: a mark must never make a page's readable text unreadable.
const css = readFileSync(resolve(import.meta.dirname, '../../entrypoints/content/highlight.css'), 'utf8');
const rules = new Map<string, Record<string, string>>();
for (const [, name, body] of css.matchAll(/::highlight\(([\w-]+)\)\s*\{([^}]*)\}/g)) {
  const props: Record<string, string> = {};
  for (const decl of body!.split(';')) {
    const at = decl.indexOf(':');
    if (at > 0) props[decl.slice(0, at).trim()] = decl.slice(at + 1).trim();
  }
  rules.set(name!, props);
}

const color = (text: string): Rgba => parseColor(text)!;
const background = (name: string) => (rules.get(name)!['background-color'] ? color(rules.get(name)!['background-color']!) : null);
const underline = (name: string) => color(/(rgba?\([^)]*\))/.exec(rules.get(name)!['text-decoration']!)![1]!);

const LIGHT_GROUNDS = ['#ffffff', '#faf4e6', '#f0f0f0', '#fdfdfd'].map(color); // white, sepia, light grey
const DARK_GROUNDS = ['#121212', '#202124', '#000000', '#282c34', '#1e1e1e'].map(color); // dark modes, editors
/** Every grey, plus the link and accent colours common on news sites and Wikipedia. */
const TEXT_COLOURS = [
  ...Array.from({ length: 256 }, (_, g) => ({ r: g, g, b: g, a: 1 })),
  ...['#0645ad', '#1a0dab', '#0b57d0', '#8ab4f8', '#a50e0e', '#f28b82', '#2a6f97', '#c4a000'].map(color),
];
/** Text that meets this against its page keeps 4.5:1 under any mark (WCAG AAA body text is 7:1). */
const KEPT_FROM = 7;
const ALL_NAMES: string[] = ALL_HIGHLIGHT_NAMES;

describe('mark colours (entrypoints/content/highlight.css)', () => {
  it('has a rule for every highlight name the surface registers', () => {
    expect(ALL_NAMES.length).toBe(8);
    for (const name of ALL_NAMES) expect(rules.has(name), name).toBe(true);
  });

  it.each(ALL_NAMES)('%s keeps readable page text readable (≥ 4.5:1)', (name) => {
    const grounds = name.endsWith('-on-dark') ? DARK_GROUNDS : LIGHT_GROUNDS;
    const bg = background(name);
    let worst = Infinity;
    for (const ground of grounds) {
      const under = bg ? over(bg, ground) : ground;
      for (const text of TEXT_COLOURS) {
        if (contrastRatio(text, ground) < KEPT_FROM) continue;
        worst = Math.min(worst, contrastRatio(text, under));
      }
    }
    expect(worst).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps body text far above the floor: #222 on white, #e8e8e8 on #121212 under the strong marks', () => {
    expect(contrastRatio(color('#222222'), over(background('tre-term')!, color('#ffffff')))).toBeGreaterThan(11);
    expect(contrastRatio(color('#e8e8e8'), over(background('tre-term-on-dark')!, color('#121212')))).toBeGreaterThan(9);
  });

  it('tints only first mentions; later ones and the underline style leave the text colour and ground alone', () => {
    for (const name of ALL_NAMES) {
      expect(rules.get(name)!.color, name).toBeUndefined(); // never the page's text colour
      const strongBackground = name === 'tre-term' || name === 'tre-term-on-dark';
      expect(background(name) !== null, name).toBe(strongBackground);
    }
  });

  it('makes a strong mark visible against its page (today\'s 1.08:1 tint was not) and its underline ≥ 3:1', () => {
    for (const ground of LIGHT_GROUNDS) {
      expect(contrastRatio(over(background('tre-term')!, ground), ground)).toBeGreaterThanOrEqual(1.25);
      expect(contrastRatio(over(underline('tre-term'), ground), ground)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(over(underline('tre-term-underline'), ground), ground)).toBeGreaterThanOrEqual(3);
      // A later mention's underline is softer, but still seen.
      expect(contrastRatio(over(underline('tre-term-light'), ground), ground)).toBeGreaterThanOrEqual(3);
    }
    for (const ground of DARK_GROUNDS) {
      expect(contrastRatio(over(background('tre-term-on-dark')!, ground), ground)).toBeGreaterThanOrEqual(1.25);
      expect(contrastRatio(over(underline('tre-term-on-dark'), ground), ground)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(over(underline('tre-term-light-on-dark'), ground), ground)).toBeGreaterThanOrEqual(3);
    }
  });

  it('declares the tints the tint guard reckons with (tint-guard.ts), so text it lets keep a tint stays readable', () => {
    expect(background('tre-term')).toEqual(STRONG_TINTS.light);
    expect(background('tre-term-on-dark')).toEqual(STRONG_TINTS.dark);
  });

  it('underlines dotted, never solid like a link', () => {
    for (const name of ALL_NAMES) expect(rules.get(name)!['text-decoration'], name).toMatch(/^underline dotted /);
  });
});

describe('contrast arithmetic', () => {
  it('follows WCAG: black on white is 21:1, #767676 on white 4.54:1', () => {
    expect(contrastRatio(color('#000'), color('#fff'))).toBeCloseTo(21, 5);
    expect(contrastRatio(color('#767676'), color('#ffffff'))).toBeCloseTo(4.54, 2);
  });

  it('reads computed colours and lays a translucent one over another', () => {
    expect(parseColor('rgba(70, 170, 80, 0.26)')).toEqual({ r: 70, g: 170, b: 80, a: 0.26 });
    expect(parseColor('rgb(1 2 3 / 50%)')).toEqual({ r: 1, g: 2, b: 3, a: 0.5 });
    expect(over({ r: 0, g: 0, b: 0, a: 0.5 }, { r: 255, g: 255, b: 255, a: 1 })).toEqual({ r: 127.5, g: 127.5, b: 127.5, a: 1 });
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { contrastRatio, over, parseColor } from './contrast';
import { STRONG_TINTS, TintGuard, tintKeepsText } from './tint-guard';

const c = (s: string) => parseColor(s)!;
const WHITE = c('#ffffff');
const DARK = c('#121212');

afterEach(() => {
  document.body.innerHTML = '';
});

describe('tintKeepsText', () => {
  it('lets body text keep its tint: #222 on white stays far above 4.5:1 under it', () => {
    expect(tintKeepsText(c('#222222'), WHITE, STRONG_TINTS.light)).toBe(true);
    expect(tintKeepsText(c('#e8e8e8'), DARK, STRONG_TINTS.dark)).toBe(true);
  });

  it('takes the tint from grey text that met 4.5:1 and would fall below it (#707070 on white: 4.95:1)', () => {
    const grey = c('#707070');
    expect(contrastRatio(grey, WHITE)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(grey, over(STRONG_TINTS.light, WHITE))).toBeLessThan(4.5);
    expect(tintKeepsText(grey, WHITE, STRONG_TINTS.light)).toBe(false);
    // The same on a dark page: a dim grey that just met 4.5:1 there.
    expect(tintKeepsText(c('#8a8a8a'), DARK, STRONG_TINTS.dark)).toBe(false);
  });

  it('has nothing to protect in text the page already made hard to read', () => {
    expect(contrastRatio(c('#aaaaaa'), WHITE)).toBeLessThan(4.5);
    expect(tintKeepsText(c('#aaaaaa'), WHITE, STRONG_TINTS.light)).toBe(true);
  });

  it('never lets readable text fall below 4.5:1: every grey and accent on common grounds, whichever way it decides', () => {
    const texts = [...Array.from({ length: 256 }, (_, g) => ({ r: g, g, b: g, a: 1 })), c('#0645ad'), c('#a50e0e'), c('#2a6f97')];
    for (const [ground, tint] of [[WHITE, STRONG_TINTS.light], [c('#faf4e6'), STRONG_TINTS.light], [DARK, STRONG_TINTS.dark], [c('#202124'), STRONG_TINTS.dark]] as const) {
      for (const text of texts) {
        if (contrastRatio(text, ground) < 4.5) continue;
        const shown = tintKeepsText(text, ground, tint) ? over(tint, ground) : ground;
        expect(contrastRatio(text, shown)).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});

describe('TintGuard', () => {
  it('reads each element\'s own text colour and ground', () => {
    document.body.innerHTML = `<div style="background-color: #ffffff">
      <p id="body" style="color: #222222">x</p><p id="grey" style="color: #707070">x</p>
      <p id="boxed" style="color: #707070; background-color: #000000">x</p></div>`;
    const guard = new TintGuard('light');
    expect(guard.allows(document.getElementById('body'))).toBe(true);
    expect(guard.allows(document.getElementById('grey'))).toBe(false);
    // Grey on black is below 4.5:1 already: nothing to protect.
    expect(guard.allows(document.getElementById('boxed'))).toBe(true);
    expect(guard.allows(null)).toBe(true);
  });
});

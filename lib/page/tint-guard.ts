import { contrastRatio, over, parseColor, type Rgba } from './contrast';
import { Grounds, type PageGround } from './page-ground';

/**
 * The strong marks' tints, as in the manifest CSS (entrypoints/content/highlight.css; mark-contrast.test.ts
 * checks that the two agree). Needed here because a tint can only lower the contrast of the text under it.
 */
export const STRONG_TINTS: Record<PageGround, Rgba> = {
  light: { r: 70, g: 170, b: 80, a: 0.26 },
  dark: { r: 120, g: 200, b: 120, a: 0.18 },
};

/** WCAG AA for body text: what the page's text keeps under a mark wherever it had it. */
export const READABLE = 4.5;

/**
 * Whether text keeps its readability under a tint: text the page already made hard to read has nothing left
 * to lose; text that met 4.5:1 must still meet it with the tint laid over its ground.
 */
export function tintKeepsText(text: Rgba, ground: Rgba, tint: Rgba): boolean {
  if (contrastRatio(text, ground) < READABLE) return true;
  return contrastRatio(text, over(tint, ground)) >= READABLE;
}

/**
 * Decides, per element, whether a strong mark there may carry its tint (issue 17: "keep the page's own text
 * contrast ≥ 4.5:1 where it was"). No single tint can do that everywhere — any visible tint on white lowers
 * the contrast of grey text that had just 4.5:1 — so where it would, the mark keeps only its strong underline.
 * Asked only for strong marks (each term's first mention by default), cached per element, so a page pays a
 * few computed-style reads per text container (its ancestors' backgrounds read once for all of them).
 */
export class TintGuard {
  private readonly verdicts = new WeakMap<Element, boolean>();
  private readonly grounds = new Grounds();

  constructor(private readonly ground: PageGround) {}

  allows(el: Element | null): boolean {
    if (!el) return true;
    let verdict = this.verdicts.get(el);
    if (verdict === undefined) {
      const colour = el.ownerDocument.defaultView?.getComputedStyle(el).color;
      const ground = this.grounds.of(el, colour);
      const text = colour === undefined ? null : parseOpaque(colour, ground);
      verdict = !text || tintKeepsText(text, ground, STRONG_TINTS[this.ground]);
      this.verdicts.set(el, verdict);
    }
    return verdict;
  }
}

/** A text colour as the eye sees it: a translucent one laid over its ground. */
function parseOpaque(text: string, ground: Rgba): Rgba | null {
  const c = parseColor(text);
  return c ? (c.a < 1 ? over(c, ground) : c) : null;
}

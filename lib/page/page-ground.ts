import { luminance, over, parseColor, type Rgba } from './contrast';

/** Whether a page's text sits on a light ground or a dark one: the marks need other colours on each. */
export type PageGround = 'light' | 'dark';

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };

/** Whether the page's text sits on a light ground or a dark one, from its ground colour. */
export function pageGround(el: Element): PageGround {
  return luminance(groundColour(el)) < 0.2 ? 'dark' : 'light';
}

/**
 * The colour of the ground under `el` (the page's main content, or its body): the first opaque background colour found from
 * `el` up to the root, translucent ones laid over it; a page that paints no background at all is on the
 * browser's white canvas, unless it asked for a dark colour scheme. Falls back to the text colour when the
 * backgrounds say nothing (a light text means a dark ground). Reads computed styles only.
 */
export function groundColour(el: Element): Rgba {
  return new Grounds().of(el);
}

/** What an element's own background and its ancestors' paint under its text. */
type Painted = {
  /** The composite colour, once an opaque background was found on the way up; else null (the canvas shows). */
  ground: Rgba | null;
  /** With no opaque ground: the translucent backgrounds on the way up, nearest first, to lay over the canvas. */
  layers: Rgba[];
};

const UNPAINTED: Painted = { ground: null, layers: [] };

/**
 * groundColour for many elements of one page: what each ancestor paints is read once and kept, so the
 * paragraphs of one article share their containers' computed styles (the tint guard asks for every element
 * that holds a strong mark: without this, each asked for every ancestor's style up to the root).
 */
export class Grounds {
  private readonly painted = new WeakMap<Element, Painted>();
  /** The root's `color-scheme`, read once: asked for every element on the many pages that paint no background. */
  private scheme: string | null = null;

  /** `textColour`: the element's computed `color`, when the caller has read it already. */
  of(el: Element, textColour?: string): Rgba {
    const win = el.ownerDocument.defaultView;
    if (!win) return WHITE;
    const { ground, layers } = this.paintedAt(el, win);
    if (ground) return ground;
    const scheme = (this.scheme ??= win.getComputedStyle(el.ownerDocument.documentElement).colorScheme ?? '');
    const text = parseColor(textColour ?? win.getComputedStyle(el).color);
    // No painted background: the canvas is white unless the page opted into a dark scheme and its text is light.
    let canvas: Rgba = /dark/.test(scheme) && text && luminance(text) > 0.5 ? { r: 18, g: 18, b: 18, a: 1 } : WHITE;
    for (let i = layers.length - 1; i >= 0; i--) canvas = over(layers[i]!, canvas);
    return canvas;
  }

  /** Walks up only to the first ancestor already known (or with an opaque background), then folds back down. */
  private paintedAt(el: Element, win: Window): Painted {
    const chain: Element[] = [];
    let above: Painted = UNPAINTED;
    for (let p: Element | null = el; p; p = p.parentElement) {
      const known = this.painted.get(p);
      if (known) {
        above = known;
        break;
      }
      chain.push(p);
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const bg = parseColor(win.getComputedStyle(chain[i]!).backgroundColor);
      if (bg && bg.a >= 1) above = { ground: bg, layers: [] };
      else if (bg && bg.a > 0) above = above.ground ? { ground: over(bg, above.ground), layers: [] } : { ground: null, layers: [bg, ...above.layers] };
      this.painted.set(chain[i]!, above);
    }
    return above;
  }
}

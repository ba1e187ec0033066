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
  const win = el.ownerDocument.defaultView;
  if (!win) return WHITE;
  const layers: Rgba[] = [];
  let ground: Rgba | null = null;
  for (let p: Element | null = el; p; p = p.parentElement) {
    const bg = parseColor(win.getComputedStyle(p).backgroundColor);
    if (!bg || bg.a === 0) continue;
    if (bg.a >= 1) {
      ground = bg;
      break;
    }
    layers.push(bg);
  }
  if (!ground) {
    const scheme = win.getComputedStyle(el.ownerDocument.documentElement).colorScheme ?? '';
    const text = parseColor(win.getComputedStyle(el).color);
    // No painted background: the canvas is white unless the page opted into a dark scheme and its text is light.
    ground = /dark/.test(scheme) && text && luminance(text) > 0.5 ? { r: 18, g: 18, b: 18, a: 1 } : WHITE;
  }
  for (const layer of layers.reverse()) ground = over(layer, ground);
  return ground;
}

import { liveRange, type Mention } from './mention';

/** The highlight that flashes a mention the reader asked to see; styled by `::highlight(tre-flash)`. */
export const FLASH_HIGHLIGHT = 'tre-flash';
/** Long enough to catch the eye after a scroll, short enough not to stay in the way of reading. */
export const FLASH_MS = 1600;

/**
 * Scrolls a mention into the middle of the view and flashes it with a highlight of its own: the page's DOM and
 * selection stay as they were. Smooth scrolling only when the reader has not asked for reduced motion.
 */
export function revealMention(doc: Document, mention: Mention): void {
  const win = doc.defaultView;
  if (!win) return;
  const range = liveRange(mention.range);
  const element = range.startContainer.parentElement;
  const reduce = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  // scrollIntoView on the element scrolls every scrollable ancestor too (a page whose article scrolls in a box).
  element?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
  flash(win, mention.range);
}

let clearTimer: ReturnType<typeof setTimeout> | undefined;

function flash(win: Window, range: AbstractRange): void {
  const w = win as Window & typeof globalThis;
  // Without the Highlight API (the <mark> fallback) the scroll alone shows the place.
  if (typeof w.Highlight !== 'function' || !w.CSS?.highlights) return;
  const highlight = new w.Highlight(range);
  // Above Tre's own marks, whose colour it replaces while it lasts.
  highlight.priority = 10;
  w.CSS.highlights.set(FLASH_HIGHLIGHT, highlight);
  clearTimeout(clearTimer);
  clearTimer = setTimeout(() => w.CSS.highlights.delete(FLASH_HIGHLIGHT), FLASH_MS);
}

/**
 * How far around the viewport a block counts as near: three screens above and below. Far enough that a reader
 * scrolling never reaches unmarked text before the browser reports the block (its report comes after the next
 * frame), near enough that a long page keeps a few hundred marks in its highlights rather than tens of thousands.
 */
export const NEAR_MARGIN = '300% 0px';

type ObserverConstructor = typeof IntersectionObserver;

/**
 * Which blocks holding marks are near the viewport, told by the browser's IntersectionObserver as the reader
 * scrolls (docs/decisions/012, "Second round"). Why: every change to a page's highlights makes the
 * browser pre-paint all of their ranges again at the next frame; with the 62,093 marks of the 5 MB bench page in
 * them, one change cost a frame of about a second. Blocks that are not elements (a document, a shadow root) and
 * every block where the browser has no IntersectionObserver count as near.
 */
export class NearBlocks {
  private readonly observer: IntersectionObserver | null;
  private readonly near = new Set<Node>();

  constructor(Observer: ObserverConstructor | null, private readonly onChange: (block: Node, near: boolean) => void) {
    // Not `scrollMargin`: Chromium applies it to the document's own scroller too, and every block counted as
    // near. So a block inside a nested scroll container comes near when it scrolls into that container's view,
    // and its marks are drawn a frame after.
    this.observer = Observer ? new Observer((entries) => this.update(entries), { rootMargin: NEAR_MARGIN }) : null;
  }

  /** Starts following a block: near at once if it cannot be observed, else when the browser reports it so. */
  watch(block: Node): void {
    if (!this.observer || block.nodeType !== Node.ELEMENT_NODE) this.near.add(block);
    else this.observer.observe(block as Element);
  }

  unwatch(block: Node): void {
    this.near.delete(block);
    if (this.observer && block.nodeType === Node.ELEMENT_NODE) this.observer.unobserve(block as Element);
  }

  isNear(block: Node): boolean {
    return this.near.has(block);
  }

  dispose(): void {
    this.observer?.disconnect();
    this.near.clear();
  }

  private update(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const block = entry.target;
      const box = entry.boundingClientRect;
      // A block with no box of its own (display: contents) is never reported as intersecting, though its text
      // shows: it counts as near. (A hidden block has none either; its marks cost nothing to draw.)
      const near = entry.isIntersecting || (box.width === 0 && box.height === 0);
      if (near === this.near.has(block)) continue;
      if (near) this.near.add(block);
      else this.near.delete(block);
      this.onChange(block, near);
    }
  }
}

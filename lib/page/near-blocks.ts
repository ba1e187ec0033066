/**
 * How far around the viewport a block counts as near: three screens above and below. Far enough that a reader
 * scrolling never reaches unmarked text before the browser reports the block (its report comes after the next
 * frame), near enough that a long page keeps a few hundred marks in its highlights rather than tens of thousands.
 */
export const NEAR_MARGIN = '300% 0px';

/**
 * How long changes further than a screen from the viewport wait, so that they are made together: each change to
 * the highlights makes the browser pre-paint all of their ranges and repaint, and while the reader scrolls, blocks
 * cross the margin in nearly every frame. Scrolling the 1 MB bench page a screen at a time cost the page's main
 * thread 4–5 times what it cost without Tre when every crossing was drawn in its own frame (decision 012, "Third
 * round"). A block a screen away needs a screen of scrolling to show: at a fling's 8,000 px/s that is 100 ms.
 */
export const SETTLE_MS = 100;

type ObserverConstructor = typeof IntersectionObserver;

/**
 * Which blocks holding marks are near the viewport, told by the browser's IntersectionObserver as the reader
 * scrolls (docs/decisions/012, "Second round"). Why: every change to a page's highlights makes the
 * browser pre-paint all of their ranges again at the next frame; with the 62,093 marks of the 5 MB bench page in
 * them, one change cost a frame of about a second. Blocks that are not elements (a document, a shadow root) and
 * every block where the browser has no IntersectionObserver count as near.
 *
 * Every block counts as near until `engage()`: following the reader costs too, on every frame of a scroll (the
 * observer's work for each block, the highlights changed as blocks come and go), and a page with few marks is
 * cheaper to draw whole once (decision 012, "Third round").
 */
export class NearBlocks {
  private observer: IntersectionObserver | null = null;
  private readonly near = new Set<Node>();
  /** Changes waiting to be made together (the last word on each block), and the timer that makes them. */
  private readonly settling = new Map<Node, boolean>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly Observer: ObserverConstructor | null, private readonly onChange: (block: Node, near: boolean) => void) {}

  /** Whether `engage()` would change anything (the browser has an observer, and it is not yet in use). */
  get canEngage(): boolean {
    return this.Observer !== null && this.observer === null;
  }

  /**
   * From now on, only blocks the browser reports near count as near: every block watched so far is observed
   * (those it reports far are taken out together, after SETTLE_MS), and so is every block watched later.
   */
  engage(): void {
    if (!this.canEngage) return;
    // Not `scrollMargin`: Chromium applies it to the document's own scroller too, and every block counted as
    // near. So a block inside a nested scroll container comes near when it scrolls into that container's view,
    // and its marks are drawn a frame after.
    this.observer = new this.Observer!((entries) => this.update(entries), { rootMargin: NEAR_MARGIN });
    for (const block of this.near) if (block.nodeType === Node.ELEMENT_NODE) this.observer.observe(block as Element);
  }

  /** Starts following a block: near at once if it cannot be observed, else when the browser reports it so. */
  watch(block: Node): void {
    if (!this.observer || block.nodeType !== Node.ELEMENT_NODE) this.near.add(block);
    else this.observer.observe(block as Element);
  }

  unwatch(block: Node): void {
    this.near.delete(block);
    this.settling.delete(block);
    if (this.observer && block.nodeType === Node.ELEMENT_NODE) this.observer.unobserve(block as Element);
  }

  isNear(block: Node): boolean {
    return this.near.has(block);
  }

  dispose(): void {
    this.observer?.disconnect();
    this.near.clear();
    this.settling.clear();
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private update(entries: IntersectionObserverEntry[]): void {
    const screen = entries[0]?.target.ownerDocument.defaultView?.innerHeight ?? 0;
    for (const entry of entries) {
      const block = entry.target;
      const box = entry.boundingClientRect;
      // A block with no box of its own (display: contents) is never reported as intersecting, though its text
      // shows: it counts as near. (A hidden block has none either; its marks cost nothing to draw.)
      const near = entry.isIntersecting || (box.width === 0 && box.height === 0);
      if (near === this.near.has(block)) continue;
      if (near) this.near.add(block);
      else this.near.delete(block);
      // What is in view or a screen from it is drawn now; the rest, and every mark leaving, waits to go together.
      if (near && box.bottom > -screen && box.top < 2 * screen) {
        this.settling.delete(block);
        this.onChange(block, true);
      } else {
        this.settling.set(block, near);
        this.timer ??= setTimeout(() => this.settle(), SETTLE_MS);
      }
    }
  }

  private settle(): void {
    this.timer = null;
    const changes = [...this.settling];
    this.settling.clear();
    for (const [block, near] of changes) this.onChange(block, near);
  }
}

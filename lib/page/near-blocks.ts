/**
 * How far around the viewport a block counts as near: three screens above and below. Far enough that a reader
 * scrolling never reaches unmarked text before the browser reports the block (its report comes after the next
 * frame), near enough that a long page keeps a few hundred marks in its highlights rather than tens of thousands.
 */
export const NEAR_SCREENS = 3;
export const NEAR_MARGIN = `${NEAR_SCREENS * 100}% 0px`;

/**
 * How long changes further than a screen from the viewport wait, so that they are made together: each change to
 * the highlights makes the browser pre-paint all of their ranges and repaint, and while the reader scrolls, blocks
 * cross the margin in nearly every frame. Scrolling the 1 MB bench page a screen at a time cost the page's main
 * thread 4–5 times what it cost without Tre when every crossing was drawn in its own frame (decision 012, "Third
 * round"). A block a screen away needs a screen of scrolling to show: at a fling's 8,000 px/s that is 100 ms.
 */
export const SETTLE_MS = 100;

/**
 * How many consecutive blocks the browser follows as one band, observing only its first and its last. The
 * observer works through every observed element in every frame of a scroll: with each of the 5 MB bench page's
 * ~15,000 marked blocks observed, that was 20–65 ms a frame (decision 012, "Fourth round").
 */
export const BAND_BLOCKS = 16;

type ObserverConstructor = typeof IntersectionObserver;

/** Where the browser last reported an observed block: in the near zone, or wholly above or below it. */
type Side = 'in' | 'above' | 'below';

/**
 * Sibling blocks watched one after another in the document's order, followed together: the band is near when its first
 * or its last block is in the near zone, or when the first is above the zone and the last below it (the view is
 * inside the band). Its blocks come and go together; there are at most BAND_BLOCKS of them.
 */
class Band {
  readonly blocks: Element[] = [];
  near = false;
  get head(): Element {
    return this.blocks[0]!;
  }
  get tail(): Element {
    return this.blocks[this.blocks.length - 1]!;
  }
}

/**
 * Which blocks holding marks are near the viewport, told by the browser's IntersectionObserver as the reader
 * scrolls (docs/decisions/012, "Second round"). Why: every change to a page's highlights makes the
 * browser pre-paint all of their ranges again at the next frame; with the 62,093 marks of the 5 MB bench page in
 * them, one change cost a frame of about a second. Blocks that are not elements (a document, a shadow root) and
 * every block where the browser has no IntersectionObserver count as near.
 *
 * Every block counts as near until `engage()`: following the reader costs too, on every frame of a scroll (the
 * observer's work for each block, the highlights changed as blocks come and go), and a page with few marks is
 * cheaper to draw whole once (decision 012, "Third round"). Blocks are followed in bands (Band, BAND_BLOCKS), so
 * the observer has a fraction of them to work through.
 */
export class NearBlocks {
  private observer: IntersectionObserver | null = null;
  /** Blocks near without a band: every block before `engage()`, and blocks that cannot be observed. */
  private readonly near = new Set<Node>();
  private readonly bandOf = new Map<Element, Band>();
  private readonly bands = new Set<Band>();
  /** The last band started: a block watched right after its last one joins it while it has room. */
  private open: Band | null = null;
  /** Where each band's first and last block is: as the browser last reported it, or as placed when watched. */
  private readonly sides = new Map<Element, Side>();
  /** Changes waiting to be made together (the last word on each block), and the timer that makes them. */
  private readonly settling = new Map<Node, boolean>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** After a scroll has stopped: the bands whose ends were both out of the zone are asked about again. */
  private askTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly onScroll = () => {
    if (this.askTimer !== null) clearTimeout(this.askTimer);
    this.askTimer = setTimeout(() => this.askAgain(), SETTLE_MS);
  };

  /**
   * `doc`: where scrolls are heard (a jump can carry a band's two ends past the zone without the browser
   * reporting either). `bandBlocks`: at most this many blocks a band (1: every block followed by itself).
   */
  constructor(
    private readonly doc: Document | null,
    private readonly Observer: ObserverConstructor | null,
    private readonly onChange: (block: Node, near: boolean) => void,
    private readonly bandBlocks = BAND_BLOCKS,
  ) {}

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
    // Capture: scroll events do not bubble, and the page's text may scroll in a container of its own.
    this.doc?.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    const watched = [...this.near].filter((block) => block.nodeType === Node.ELEMENT_NODE) as Element[];
    for (const block of watched) {
      // Near until the browser reports its band far: what was drawn stays drawn meanwhile (not measured).
      this.near.delete(block);
      this.join(block, 'in');
    }
  }

  /**
   * Starts following a block: near at once if it cannot be observed; else near if the layout puts its band near
   * now (see `join`), and from the next frame on as the browser reports it.
   */
  watch(block: Node): void {
    if (!this.observer || block.nodeType !== Node.ELEMENT_NODE) this.near.add(block);
    else this.join(block as Element);
  }

  unwatch(block: Node): void {
    this.near.delete(block);
    this.settling.delete(block);
    const band = this.bandOf.get(block as Element);
    if (!band) return;
    this.bandOf.delete(block as Element);
    const at = band.blocks.indexOf(block as Element);
    const wasEnd = at === 0 || at === band.blocks.length - 1;
    band.blocks.splice(at, 1);
    if (!wasEnd) return;
    this.forget(block as Element);
    if (band.blocks.length === 0) {
      this.bands.delete(band);
      if (this.open === band) this.open = null;
      return;
    }
    // Its neighbour is the band's end now: observed, and reported at the next frame.
    this.observe(band.head);
    this.observe(band.tail);
  }

  isNear(block: Node): boolean {
    return this.near.has(block) || (this.bandOf.get(block as Element)?.near ?? false);
  }

  dispose(): void {
    this.observer?.disconnect();
    this.doc?.removeEventListener('scroll', this.onScroll, { capture: true });
    this.near.clear();
    this.bandOf.clear();
    this.bands.clear();
    this.sides.clear();
    this.open = null;
    this.settling.clear();
    for (const t of [this.timer, this.askTimer]) if (t !== null) clearTimeout(t);
    this.timer = null;
    this.askTimer = null;
  }

  /**
   * Puts a block in the open band if it is a later sibling of that band's last block, else in a band of its own.
   * Siblings only: they are laid out one after the other in one flow, where the band's two ends bound the rest.
   * Blocks of another container may scroll on their own (a sidebar, a scrolling panel) or sit in another tree (a
   * shadow root), and a band spanning them could hold a block in view while both its ends are far.
   */
  private join(block: Element, placed?: Side): Band {
    let band = this.open;
    const follows = band !== null && band.blocks.length < this.bandBlocks && band.tail.parentNode === block.parentNode &&
      (band.tail.compareDocumentPosition(block) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    // Where the block is until the browser reports it (after the next frame): `placed` if the caller knows, else
    // where the layout puts it now for a band's first block, where the block before it was for the next ones
    // (they follow it in one flow).
    let side: Side;
    if (!band || !follows) {
      band = new Band();
      this.bands.add(band);
      this.open = band;
      side = placed ?? this.measure(block);
      band.near = side === 'in';
    } else {
      side = placed ?? this.sides.get(band.tail) ?? this.measure(block);
      // The old last block is inside the band now: no longer observed.
      if (band.blocks.length > 1) this.forget(band.tail);
    }
    band.blocks.push(block);
    this.bandOf.set(block, band);
    this.observe(block);
    this.sides.set(block, side);
    return band;
  }

  /**
   * Where the layout puts a block now, as the observer would report it (though not clipped by a scrolling
   * container: its report corrects that a frame later). Asked once per band, when it is made. On the first scan
   * the page is laid out (the content script starts once it has loaded) and Tre changes nothing in its layout,
   * so this reads the layout; after the page changed its DOM it may make, a little early, the layout the next
   * frame would have made anyway.
   */
  private measure(block: Element): Side {
    const screen = block.ownerDocument.defaultView?.innerHeight ?? 0;
    const box = block.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) return 'in';
    return box.bottom < -NEAR_SCREENS * screen ? 'above' : box.top > (1 + NEAR_SCREENS) * screen ? 'below' : 'in';
  }

  private observe(block: Element): void {
    this.observer!.unobserve(block);
    this.observer!.observe(block);
  }

  private forget(block: Element): void {
    this.observer?.unobserve(block);
    this.sides.delete(block);
  }

  private update(entries: IntersectionObserverEntry[]): void {
    const screen = entries[0]?.target.ownerDocument.defaultView?.innerHeight ?? 0;
    const bands = new Map<Band, DOMRectReadOnly>();
    for (const entry of entries) {
      const band = this.bandOf.get(entry.target);
      // A report queued for a block that is no longer one of its band's ends says nothing about the band.
      if (!band || (entry.target !== band.head && entry.target !== band.tail)) continue;
      const box = entry.boundingClientRect;
      // A block with no box of its own (display: contents) is never reported as intersecting, though its text
      // shows: it counts as in the zone. (A hidden block has none either; its marks cost nothing to draw.)
      const inZone = entry.isIntersecting || (box.width === 0 && box.height === 0);
      this.sides.set(entry.target, inZone ? 'in' : box.top < 0 ? 'above' : 'below');
      if (inZone || !bands.has(band)) bands.set(band, box);
    }
    for (const [band, box] of bands) {
      const head = this.sides.get(band.head);
      const tail = this.sides.get(band.tail);
      const spans = head === 'above' && tail === 'below';
      const near = head === 'in' || tail === 'in' || spans;
      if (near === band.near) continue;
      band.near = near;
      // What is in view or a screen from it is drawn now; the rest, and every mark leaving, waits to go together.
      const now = near && (spans || (box.bottom > -screen && box.top < 2 * screen));
      for (const block of band.blocks) {
        if (now) {
          this.settling.delete(block);
          this.onChange(block, true);
        } else {
          this.settling.set(block, near);
          this.timer ??= setTimeout(() => this.settle(), SETTLE_MS);
        }
      }
    }
  }

  private settle(): void {
    this.timer = null;
    const changes = [...this.settling];
    this.settling.clear();
    for (const [block, near] of changes) this.onChange(block, near);
  }

  /**
   * After a scroll: a jump of more than the zone's height moves a band's ends from below it to above it (or
   * back) without either crossing it, and the browser reports nothing; the view may have landed inside the band.
   * Observing both ends again makes the browser report where they are now.
   */
  private askAgain(): void {
    this.askTimer = null;
    for (const band of this.bands) {
      if (band.blocks.length < 2 || this.sides.get(band.head) === 'in' || this.sides.get(band.tail) === 'in') continue;
      this.observe(band.head);
      this.observe(band.tail);
    }
  }
}

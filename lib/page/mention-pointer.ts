import { boxAt, liveRange, type Mention, type MentionSurface } from './mention';

export type PointerTimings = {
  /** How long the pointer rests on a mention before its popover opens (avoids flashing while reading). */
  hoverDelayMs: number;
  /** How long a hover-opened popover survives the pointer leaving, so it can travel into the popover. */
  leaveGraceMs: number;
};

export const DEFAULT_TIMINGS: PointerTimings = { hoverDelayMs: 350, leaveGraceMs: 300 };

export type PopoverHandlers = {
  /** `focus`: opened from the keyboard, so the card takes focus (from the mouse it never does). */
  open(mention: Mention, anchor: DOMRect, pinned: boolean, focus?: boolean): void;
  close(): void;
  /** True when an event target is inside the popover (its host element). */
  isInside(target: EventTarget | null): boolean;
  /**
   * Escape pressed while the card is open: true when the card used it itself (a related term's card goes back
   * to the one it was opened from), so the popover stays open.
   */
  escape?(): boolean;
  /** The pointer came to rest on a mention: its popover may open after the hover delay (time to prepare it). */
  prepare?(mention: Mention): void;
};

/**
 * Turns pointer, click and keyboard input into "open the popover for this mention" / "close it": hover with a
 * delay and a grace period on leave; click or tap opens and pins; Escape or a click elsewhere closes. A mark
 * inside a link (or a button) belongs to the page on click: the click does what the page intends and no card
 * opens; hovering still shows the card, and Alt-click opens it instead of following the link. The keyboard
 * opens cards through the browser's commands (`openFromKeyboard`: next / previous mention, explain the
 * selection); such a card takes focus, and Escape gives it back to where it was. Listens passively and never
 * cancels the page's own handling of an event, except the Alt-click that asks for the card.
 */
export class MentionPointer {
  private openFor: Mention | null = null;
  private pinned = false;
  private pending: Mention | null = null;
  private openTimer = 0;
  private closeTimer = 0;
  private frame = 0;
  private lastMove: PointerEvent | null = null;
  /** Where focus was when the keyboard opened the card: Escape gives it back. */
  private returnFocus: HTMLElement | SVGElement | null = null;
  /** A linked mention just clicked: its hover card stays shut until the pointer leaves it (never both). */
  private clicked: Mention | null = null;
  private readonly listeners: [string, EventListener][] = [];
  private disposed = false;

  constructor(
    private readonly doc: Document,
    private readonly surface: MentionSurface,
    private readonly popover: PopoverHandlers,
    private readonly timings: PointerTimings = DEFAULT_TIMINGS,
  ) {}

  /**
   * Starts following the pointer and the keys: once the page has a mark (PageMarking calls it then) or a card
   * is opened from the keyboard. Not at start: adding the listeners is a few ms of every page's start-up, and
   * most pages a reader opens may never have a mark.
   */
  engage(): void {
    if (this.listeners.length || this.disposed) return;
    this.listen('pointermove', (e) => this.onMove(e as PointerEvent));
    // Not passive: an Alt-click on a linked mark opens the card instead of following (or downloading) the link.
    this.listen('click', (e) => this.onClick(e as MouseEvent), false);
    this.listen('keydown', (e) => this.onKey(e as KeyboardEvent));
    this.listen('scroll', () => this.onScroll());
  }

  get current(): Mention | null {
    return this.openFor;
  }

  close(): void {
    this.clearTimers();
    this.pending = null;
    const giveBack = this.returnFocus;
    this.returnFocus = null;
    if (!this.openFor) return;
    // Focus goes back only if it is still in the card (or was lost with it): a click elsewhere put it there.
    const active = this.doc.activeElement;
    if (giveBack && (!active || active === this.doc.body || this.popover.isInside(active))) {
      giveBack.focus({ preventScroll: true });
    }
    this.openFor = null;
    this.pinned = false;
    this.popover.close();
  }

  /**
   * Opens a mention's card from the keyboard (a browser command): pinned, and with focus moved into it so its
   * controls are reached with Tab; Escape closes it and gives focus back.
   */
  openFromKeyboard(m: Mention): void {
    this.engage();
    const active = this.doc.activeElement;
    if (!this.returnFocus && active && !this.popover.isInside(active) && 'focus' in active) {
      this.returnFocus = active as HTMLElement;
    }
    if (this.openFor && this.openFor !== m) {
      // Another card is open: replace it without giving focus back in between.
      this.openFor = null;
      this.popover.close();
    }
    this.clearTimers();
    this.pending = null;
    this.pinned = true;
    this.openFor = m;
    this.popover.open(m, liveRange(m.range).getBoundingClientRect(), true, true);
  }

  /** The mention at the selection, for the "explain selection" command; null when the selection is on none. */
  mentionAtSelection(): Mention | null {
    const sel = this.doc.getSelection();
    if (!sel || sel.rangeCount === 0) return null;
    const rect = sel.getRangeAt(0).getClientRects()[0] ?? sel.getRangeAt(0).getBoundingClientRect();
    if (!rect || (rect.width === 0 && rect.height === 0)) return null;
    return this.surface.mentionAt(rect.left + Math.min(rect.width / 2, 2), rect.top + rect.height / 2, null);
  }

  dispose(): void {
    this.disposed = true;
    this.close();
    const win = this.doc.defaultView!;
    win.cancelAnimationFrame(this.frame);
    for (const [type, fn] of this.listeners) this.doc.removeEventListener(type, fn, true);
    this.listeners.length = 0;
  }

  private listen(type: string, fn: EventListener, passive = true): void {
    const guarded: EventListener = (e) => {
      try {
        fn(e);
      } catch (error) {
        console.debug('Tre: pointer handler failed', error); // never throw into the page
      }
    };
    this.doc.addEventListener(type, guarded, { capture: true, passive });
    this.listeners.push([type, guarded]);
  }

  private onMove(e: PointerEvent): void {
    if (e.pointerType === 'touch') return; // touch opens on tap (click)
    this.lastMove = e;
    if (this.frame) return;
    // Hit-test at most once a frame, however fast the pointer events come.
    this.frame = this.doc.defaultView!.requestAnimationFrame(() => {
      this.frame = 0;
      const move = this.lastMove;
      if (move) this.hover(move.clientX, move.clientY, move.target);
    });
  }

  private hover(x: number, y: number, target: EventTarget | null): void {
    if (this.popover.isInside(target)) {
      this.clearClose();
      return;
    }
    let m = this.surface.mentionAt(x, y, target);
    if (m !== this.clicked) this.clicked = null;
    else m = null;
    if (m && m === this.openFor) {
      this.clearClose();
      return;
    }
    if (m !== this.pending) {
      this.doc.defaultView!.clearTimeout(this.openTimer);
      this.pending = m;
      if (m) {
        this.popover.prepare?.(m);
        this.openTimer = this.doc.defaultView!.setTimeout(() => {
          this.pending = null;
          this.show(m, anchorRect(m, x, y), false);
        }, this.timings.hoverDelayMs);
      }
    }
    if (!m && this.openFor && !this.pinned && !this.closeTimer) {
      this.closeTimer = this.doc.defaultView!.setTimeout(() => {
        this.closeTimer = 0;
        this.close();
      }, this.timings.leaveGraceMs);
    }
  }

  private onClick(e: MouseEvent): void {
    if (this.popover.isInside(e.target)) return;
    const m = this.surface.mentionAt(e.clientX, e.clientY, e.target);
    if (!m) {
      this.close();
      return;
    }
    if (insideControl(e.target) || insideControl(m.range.startContainer)) {
      // The page's link or button: the click is the page's, never both a navigation and a card.
      if (!e.altKey) {
        this.close();
        this.clicked = m;
        return;
      }
      e.preventDefault(); // Alt-click asks for the card (Chrome would otherwise download the link)
    }
    this.show(m, anchorRect(m, e.clientX, e.clientY), true);
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key !== 'Escape' || !this.openFor) return;
    if (this.popover.escape?.()) return;
    this.close();
  }

  private onScroll(): void {
    // The popover is anchored to the viewport; after a scroll it would point at the wrong place.
    if (this.openFor && !this.pinned) this.close();
  }

  private show(m: Mention, anchor: DOMRect, pinned: boolean): void {
    this.clearTimers();
    this.pinned = pinned || (this.openFor === m && this.pinned);
    if (this.openFor === m) return;
    this.openFor = m;
    this.popover.open(m, anchor, pinned);
  }

  private clearClose(): void {
    this.doc.defaultView!.clearTimeout(this.closeTimer);
    this.closeTimer = 0;
  }

  private clearTimers(): void {
    this.doc.defaultView!.clearTimeout(this.openTimer);
    this.clearClose();
  }
}

/** Links, buttons and the like: what a click on them does is the page's. */
const CONTROL = 'a[href], area[href], button, summary, label, [role="link"], [role="button"], [onclick]';

function insideControl(target: EventTarget | Node | null): boolean {
  const node = target as Node | null;
  if (!node || typeof node.nodeType !== 'number') return false;
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return !!el?.closest(CONTROL);
}

/** The box of the mention's line under the point (a mention can wrap over two lines). */
function anchorRect(m: Mention, x: number, y: number): DOMRect {
  const box = boxAt(m.range, x, y);
  if (box) return box;
  const live = liveRange(m.range);
  return live.getClientRects()[0] ?? live.getBoundingClientRect();
}

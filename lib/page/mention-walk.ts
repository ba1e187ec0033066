import { inDocumentOrder } from './page-terms';
import { startsBefore, type Mention } from './mention';

export type WalkDirection = 'next' | 'previous';

/**
 * The keyboard's way through a page's mentions ("next mention" / "previous mention"), in reading order,
 * wrapping round at either end. It starts from what the reader sees: the first mention at or below the top of
 * the view going forward, the last one above its bottom going back. After that it moves from the mention it
 * last visited; if the page rescanned that mention away, from where it stood.
 */
export class MentionWalk {
  private at: Mention | null = null;

  /** `topOf` gives a mention's top edge in viewport coordinates; `viewHeight` the height of the view. */
  step(
    direction: WalkDirection,
    mentions: Iterable<Mention>,
    topOf: (m: Mention) => number,
    viewHeight: number,
  ): { mention: Mention; index: number; count: number } | null {
    const ordered = inDocumentOrder(mentions);
    if (ordered.length === 0) return null;
    const n = ordered.length;
    let index: number;
    const current = this.at ? ordered.indexOf(this.at) : -1;
    if (current >= 0) {
      index = direction === 'next' ? (current + 1) % n : (current - 1 + n) % n;
    } else if (this.at) {
      // The mention visited last is gone: the first one after where it was (or the last one before it).
      const after = ordered.findIndex((m) => startsBefore(this.at!.range, m.range));
      if (direction === 'next') index = after < 0 ? 0 : after;
      else index = after < 0 ? n - 1 : (after - 1 + n) % n;
    } else if (direction === 'next') {
      const inView = ordered.findIndex((m) => topOf(m) >= 0);
      index = inView < 0 ? 0 : inView;
    } else {
      let last = -1;
      for (let i = 0; i < n; i++) if (topOf(ordered[i]!) < viewHeight) last = i;
      index = last < 0 ? n - 1 : last;
    }
    this.at = ordered[index]!;
    return { mention: this.at, index, count: n };
  }

  /** Forget the position (the reader scrolled away by other means and starts again from the view). */
  reset(): void {
    this.at = null;
  }
}

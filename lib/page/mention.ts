import type { Match } from '../match/match-index';

/** A glossary mention on the page: the matched term and the live range that covers it. */
export type Mention = Match & {
  range: Range;
  /** The block container of the segment it was found in (what a rescan replaces). */
  block: Node;
};

/** How mentions are shown and found again under the pointer. */
export interface MentionSurface {
  show(mentions: readonly Mention[]): void;
  hide(mentions: readonly Mention[]): void;
  /** The mention under a viewport point, if any. `target` is the event target there. */
  mentionAt(x: number, y: number, target: EventTarget | null): Mention | null;
  /** Turn every mark off (highlighting disabled) or back on, keeping what was found. */
  setVisible(visible: boolean): void;
  dispose(): void;
}

/** True when the point lies inside one of the range's boxes (1 px of slack for subpixel edges). */
export function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  const rects = range.getClientRects();
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}

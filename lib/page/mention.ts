import type { Match } from '../match/match-index';

/** A glossary mention on the page: the matched term and the live range that covers it. */
export type Mention = Match & {
  range: Range;
  /** The block container of the segment it was found in (what a rescan replaces). */
  block: Node;
};

/**
 * How marks look: a tinted background or only an underline; every mention alike, or each term's first mention
 * strongly and the later ones lightly (a long article then shows what is new without a wall of colour).
 */
export type MentionLook = { style: 'background' | 'underline'; emphasis: 'every' | 'first' };

export const DEFAULT_LOOK: MentionLook = { style: 'background', emphasis: 'every' };

/** How mentions are shown and found again under the pointer. */
export interface MentionSurface {
  show(mentions: readonly Mention[]): void;
  hide(mentions: readonly Mention[]): void;
  /** The mention under a viewport point, if any. `target` is the event target there. */
  mentionAt(x: number, y: number, target: EventTarget | null): Mention | null;
  /** Turn every mark off (highlighting disabled) or back on, keeping what was found. */
  setVisible(visible: boolean): void;
  setLook(look: MentionLook): void;
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

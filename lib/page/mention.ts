import type { Match } from '../match/match-index';

/**
 * A glossary mention on the page: the matched term and the range that covers it. The range is static: the
 * browser keeps every live Range in a document up to date on each of the page's own DOM changes, so 30,000
 * live ranges (a long page's mentions) made the page's insertions and text edits ~35 times slower
 * (docs/decisions/005). A static one costs the page nothing; a change to its text rescans the block anyway.
 */
export type Mention = Match & {
  range: StaticRange;
  /** The block container of the segment it was found in (what a rescan replaces). */
  block: Node;
  /**
   * Its place in the order of the page's first reading, when it was found then: the walk reads the document in
   * order, so two such mentions are ordered by this number without asking the DOM (FirstMentions asks once per
   * mention, which cost the 1 MB page ~35 ms). Mentions found later (a block the page added or changed) have
   * none and are ordered by the DOM.
   */
  order?: number;
};

/**
 * How marks look: a tinted background or only an underline; every mention alike, or each term's first mention
 * strongly and the later ones lightly (a long article then shows what is new without a wall of colour).
 */
export type MentionLook = {
  style: 'background' | 'underline';
  emphasis: 'every' | 'first';
  /** The page's ground under its text (page-ground.ts): marks on a dark page take lighter colours. */
  ground?: 'light' | 'dark';
};

export const DEFAULT_LOOK: MentionLook = { style: 'background', emphasis: 'every', ground: 'light' };

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

/**
 * A live Range over a mention's static one, for what only a live Range can do (its boxes, cloning, wrapping).
 * Made when needed and let go: kept, it would cost the page as above. Offsets are clamped to what the nodes
 * hold now, since the page may have shortened a text before the rescan of its block has run.
 */
export function liveRange(range: AbstractRange): Range {
  const { startContainer, endContainer } = range;
  const live = startContainer.ownerDocument!.createRange();
  live.setStart(startContainer, Math.min(range.startOffset, nodeLength(startContainer)));
  live.setEnd(endContainer, Math.min(range.endOffset, nodeLength(endContainer)));
  return live;
}

function nodeLength(node: Node): number {
  return node.nodeType === Node.TEXT_NODE ? (node as Text).data.length : node.childNodes.length;
}

/**
 * Document order of two mentions' starts (which are text nodes), without making live ranges. Mentions in
 * different trees (a shadow root and the page) cannot be compared: false, so the first one found is kept.
 */
export function startsBefore(a: AbstractRange, b: AbstractRange): boolean {
  if (a.startContainer === b.startContainer) return a.startOffset < b.startOffset;
  const position = a.startContainer.compareDocumentPosition(b.startContainer);
  return (position & Node.DOCUMENT_POSITION_DISCONNECTED) === 0 && (position & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/** The box of the range's line that holds the point (1 px of slack for subpixel edges), or null. */
export function boxAt(range: AbstractRange, x: number, y: number): DOMRect | null {
  const rects = liveRange(range).getClientRects();
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return r;
  }
  return null;
}

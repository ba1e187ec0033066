import type { Match } from '../match/match-index';
import type { Mention } from './mention';
import { locate, textNodesOf, type SegmentNodes } from './segments';

/**
 * A mention as the scanner finds it, whose range is made the first time something asks for it: when its block
 * comes near the viewport and its mark is drawn (near-blocks.ts), or when the reader walks to it, opens it or
 * lists the page's terms. A long page's tens of thousands of mentions are mostly never drawn; making a
 * StaticRange for each, and finding the text nodes of each block for it, cost the 1 MB bench page about as much
 * as walking it (decision 012, "Third round").
 */
export class FoundMention implements Mention {
  readonly start: number;
  readonly end: number;
  readonly id: string;
  order?: number;
  private made: StaticRange | null = null;

  /**
   * `nodes`: the text nodes of the segment the mention was found in, or null when the segment was its block
   * read whole (lib/page/segments.ts), whose text nodes are then found when the range is made.
   */
  constructor(match: Match, readonly block: Node, private readonly nodes: SegmentNodes | null) {
    this.start = match.start;
    this.end = match.end;
    this.id = match.id;
  }

  get range(): StaticRange {
    if (this.made) return this.made;
    const where = this.nodes ?? nodesOfBlock(this.block);
    const [startContainer, startOffset] = locate(where, this.start, false);
    const [endContainer, endOffset] = locate(where, this.end, true);
    this.made = new StaticRange({ startContainer, startOffset, endContainer, endOffset });
    return this.made;
  }
}

/**
 * The text nodes of the block whose ranges are being made, kept until the current task's microtasks have run:
 * a block's mentions are drawn together, and the page cannot change it in between (a change later rescans it).
 */
let lastBlock: { block: Node; nodes: SegmentNodes } | null = null;

function nodesOfBlock(block: Node): SegmentNodes {
  if (lastBlock?.block === block) return lastBlock.nodes;
  if (!lastBlock) queueMicrotask(() => (lastBlock = null));
  lastBlock = { block, nodes: textNodesOf(block) };
  return lastBlock.nodes;
}

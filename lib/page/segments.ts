// Turns a DOM subtree into "segments": the text of consecutive text nodes that share a block container, so a
// mention split by inline markup (<b>Hiệp định</b> Giơ-ne-vơ) is still one mention, while text in separate
// blocks (or across a <br>) never joins.

/** Elements whose text is never marked: form fields, code, scripts, editable regions, Tre's own UI. */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'code', 'pre', 'svg', 'math', 'textarea', 'input', 'select', 'option',
  'template', 'iframe', 'object', 'canvas', 'video', 'audio', 'kbd', 'samp', 'head', 'title',
]);

/** Inline elements a sentence flows through; any other element is a block boundary. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'mark', 'nobr',
  'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'label', 'ruby', 'rb', 'wbr',
]);

/** Tag of the host element of Tre's own page UI (the popover). */
export const OWN_UI_TAG = 'tre-popover';

export type Segment = {
  /** The block container all the nodes share (an element, or a shadow root / document at the top). */
  block: Node;
  nodes: Text[];
  /** starts[i] is where nodes[i] begins in `text`. */
  starts: number[];
  text: string;
};

export function isSkippedElement(el: Element): boolean {
  const name = el.localName;
  if (SKIPPED.has(name) || name === OWN_UI_TAG) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

export function isInlineElement(node: Node): boolean {
  return node.nodeType === Node.ELEMENT_NODE && INLINE.has((node as Element).localName);
}

export function blockOf(node: Node): Node {
  let p = node.parentNode;
  while (p && p.nodeType === Node.ELEMENT_NODE && INLINE.has((p as Element).localName)) p = p.parentNode;
  return p ?? node;
}

/** True when `node` sits inside skipped content (checked upward, for roots handed in by mutations). */
export function isInsideSkipped(node: Node): boolean {
  for (let p: Node | null = node.nodeType === Node.ELEMENT_NODE ? node : node.parentNode; p; p = p.parentNode) {
    if (p.nodeType === Node.ELEMENT_NODE && isSkippedElement(p as Element)) return true;
    if (p.nodeType === Node.DOCUMENT_FRAGMENT_NODE) p = (p as ShadowRoot).host ?? null;
    if (!p) break;
  }
  return false;
}

/**
 * Yields the segments under `root` (itself included when it is a text node) one at a time, so a caller can
 * stop between two of them to keep every task short (a `null` is yielded now and then during the search for
 * shadow roots, for the same reason). Open shadow roots met on the way are pushed to `shadowRoots` (a
 * TreeWalker does not enter them; the caller walks them separately). `shallow` leaves out nested blocks: a
 * change inside a paragraph rescans that paragraph, not the article around it.
 *
 * Built for long pages: the walker visits text nodes only and calls no JavaScript filter (a filter callback
 * per node cost several times the floor of just reading the text, and a CSS query for "inside a skipped
 * element" was slower still); each element's block and skipped state is worked out once and cached.
 */
export function* iterateSegments(root: Node, shadowRoots: ShadowRoot[] = [], shallow = false): Generator<Segment | null> {
  if (root.nodeType === Node.TEXT_NODE) {
    const t = root as Text;
    if (/\S/.test(t.data) && !isInsideSkipped(t)) yield { block: blockOf(t), nodes: [t], starts: [0], text: t.data };
    return;
  }
  const doc = root.ownerDocument ?? (root as Document);
  const places = new PlaceCache(root);
  // Blocks that contain a <br>: there a line break ends a sentence even inside one block.
  const brBlocks = new Set<Node>();
  if (root.nodeType === Node.ELEMENT_NODE || root.nodeType === Node.DOCUMENT_NODE) {
    for (const br of (root as Element).getElementsByTagName('br')) brBlocks.add(blockOf(br));
  } else for (const br of (root as ParentNode).querySelectorAll('br')) brBlocks.add(blockOf(br));
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let block: Node | null = null;
  let nodes: Text[] = [];
  let starts: number[] = [];
  let length = 0;
  const flush = (): Segment | null => {
    const text = textOf(block!, nodes, length, places);
    return /\S/.test(text) ? { block: block!, nodes, starts, text } : null;
  };
  let lastParent: Node | null = null;
  let place: Place | undefined;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    // Runs of text nodes share a parent (text split by comments, scripts, or the page's own edits).
    const parent = node.parentNode!;
    if (parent !== lastParent) {
      lastParent = parent;
      place = places.of(parent);
    }
    if (place!.skipped || (shallow && place!.block !== root)) continue;
    const b = place!.block;
    if (b !== block || (brBlocks.has(b) && followsBreak(node, b))) {
      const segment = block ? flush() : null;
      if (segment) yield segment;
      block = b;
      nodes = [];
      starts = [];
      length = 0;
    }
    starts.push(length);
    nodes.push(node);
    // The length only: reading `data` makes the browser create a string for every text node.
    length += node.length;
  }
  const last = block ? flush() : null;
  if (last) yield last;
  if (shallow) return;
  // Shadow hosts have no selector of their own: look at every element once, in slices.
  const all = (root as ParentNode).querySelectorAll('*');
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    if (el.shadowRoot && !places.of(el).skipped) shadowRoots.push(el.shadowRoot);
    if (i % 4096 === 4095) yield null;
  }
}

/**
 * The text of a segment's nodes. Usually they are all the text of their block (a paragraph, a heading, a list
 * item): then one `textContent` of the block gives it, one string instead of one per text node. Otherwise
 * (nested blocks, skipped content or a <br> in the block) their data is joined.
 */
function textOf(block: Node, nodes: Text[], length: number, places: PlaceCache): string {
  // A block holding other blocks may hold far more text than this run (an article's container between its
  // paragraphs): never ask for all of it.
  if (block.nodeType !== Node.DOCUMENT_NODE && !places.containers.has(block)) {
    const all = block.textContent!;
    if (all.length === length) return all;
  }
  return nodes.length === 1 ? nodes[0]!.data : nodes.map((n) => n.data).join('');
}

type Place = { block: Node; skipped: boolean };

/** Where a text node's parent sits: its block container and whether it is inside skipped content. */
class PlaceCache {
  private readonly cache = new Map<Node, Place>();
  /** Blocks seen to contain another block (learnt before any text of the inner one is walked). */
  readonly containers = new Set<Node>();
  constructor(private readonly root: Node) {}

  of(parent: Node): Place {
    return this.cache.get(parent) ?? this.learn(parent);
  }

  private learn(parent: Node): Place {
    // Walk up to the nearest known ancestor (or past the root), then fill the cache on the way back down.
    const chain: Node[] = [];
    let p: Node | null = parent;
    let known: Place | undefined;
    while (p) {
      known = this.cache.get(p);
      if (known) break;
      chain.push(p);
      if (p === this.root) break;
      p = p.parentNode;
    }
    if (!known) {
      const top = chain[chain.length - 1]!;
      const above = top.parentNode;
      // The place of the walk's root's parent: the root inherits it like any child would.
      known = above ? { block: blockOf(top), skipped: isInsideSkipped(above) } : { block: top, skipped: false };
      if (above === null || top.nodeType !== Node.ELEMENT_NODE) {
        // The root itself (a document, shadow root or detached element) is its own block.
        known = { block: top, skipped: false };
        this.cache.set(top, known);
        chain.pop();
      }
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const el = chain[i]!;
      const isElement = el.nodeType === Node.ELEMENT_NODE;
      const inline = isElement && INLINE.has((el as Element).localName);
      const block = inline ? known!.block : el;
      if (!inline) this.containers.add(known!.block);
      const next: Place = {
        block,
        skipped: known!.skipped || (isElement && isSkippedElement(el as Element)),
      };
      this.cache.set(el, next);
      known = next;
    }
    return this.cache.get(parent)!;
  }
}

/** True when a <br> stands between this text node and the text before it in its block. */
function followsBreak(node: Node, block: Node): boolean {
  for (let n: Node | null = node; n && n !== block; n = n.parentNode) {
    let prev = n.previousSibling;
    while (prev && prev.nodeType === Node.COMMENT_NODE) prev = prev.previousSibling;
    if (prev) return prev.nodeName === 'BR';
  }
  return false;
}

export function collectSegments(root: Node, shadowRoots: ShadowRoot[] = []): Segment[] {
  return [...iterateSegments(root, shadowRoots)].filter((s): s is Segment => s !== null);
}

/** The node and offset inside it for a segment offset; `atEnd` picks the node a range end belongs to. */
export function locate(segment: Segment, offset: number, atEnd: boolean): [Text, number] {
  const { starts, nodes } = segment;
  let lo = 0;
  let hi = starts.length - 1;
  const probe = atEnd ? offset - 1 : offset;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= probe) lo = mid;
    else hi = mid - 1;
  }
  return [nodes[lo]!, offset - starts[lo]!];
}

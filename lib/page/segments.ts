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

/**
 * The built-in elements that can hold a shadow root (the DOM standard's list for attachShadow; any other
 * throws), and custom elements (a name with a dash): only they are asked for one. Asking costs a call into
 * the browser per element, and most elements of a page are links and emphasis.
 */
const SHADOW_HOSTS = new Set([
  'article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main',
  'nav', 'p', 'section', 'span',
]);

/** Tag of the host element of Tre's own page UI (the popover). */
export const OWN_UI_TAG = 'tre-popover';

/** The text nodes of a segment, and where each begins in its text. */
export type SegmentNodes = {
  nodes: Text[];
  /** starts[i] is where nodes[i] begins in the text. */
  starts: number[];
};

export type Segment = {
  /** The block container all the nodes share (an element, or a shadow root / document at the top). */
  block: Node;
  /**
   * Its text nodes, or null for a plain block read whole (see NOT_PLAIN): its text nodes are then all of the
   * block's, found only if a mention's range is ever made (textNodesOf, lib/page/found-mention.ts).
   */
  nodes: SegmentNodes | null;
  text: string;
};

/**
 * What makes a block more than its text: anything but inline markup inside it (a nested block, a <br>, skipped
 * content such as a script or code, Tre's own UI) or an editable region. A block with none of these is read
 * whole with one `textContent` and its subtree is not walked: the browser tests the selector over the subtree
 * itself, where the walk would hand every inline element and text node to JavaScript as a new object.
 */
const NOT_PLAIN = `:not(${[...INLINE].join(',')}), [contenteditable]:not([contenteditable="false"])`;

/** A block that holds only text and inline markup (NOT_PLAIN), and is neither inline nor skipped itself. */
function isPlainBlock(el: Element): boolean {
  const name = el.localName;
  return !INLINE.has(name) && !isSkippedElement(el, name) && el.querySelector(NOT_PLAIN) === null;
}

export function isSkippedElement(el: Element, name = el.localName): boolean {
  if (SKIPPED.has(name) || name === OWN_UI_TAG) return true;
  // hasAttribute first: most elements have none, and it creates no string.
  if (!el.hasAttribute('contenteditable')) return false;
  return el.getAttribute('contenteditable') !== 'false';
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
 * stop between two of them to keep every task short (a `null` is yielded now and then on long stretches
 * without text, for the same reason). Open shadow roots met on the way are pushed to `shadowRoots` (a
 * TreeWalker does not enter them; the caller walks them separately). `shallow` leaves out nested blocks: a
 * change inside a paragraph rescans that paragraph, not the article around it.
 *
 * Built for long pages: one TreeWalker over elements and text, calling no JavaScript filter (a filter callback
 * per node cost several times the floor of just reading the text). Each element's block comes from a stack of
 * the open elements, so nothing is looked up per node; skipped elements and, when shallow, nested blocks are
 * stepped over whole; text nodes are measured, not read (see `textOf`). A plain block (NOT_PLAIN) is not
 * walked at all: read whole, it is one segment without nodes, which took the 1 MB bench page's walk from about
 * 206 to 62 ms (decision 012, "Third round").
 */
export function* iterateSegments(root: Node, shadowRoots: ShadowRoot[] = [], shallow = false): Generator<Segment | null> {
  if (root.nodeType === Node.TEXT_NODE) {
    const t = root as Text;
    if (/\S/.test(t.data) && !isInsideSkipped(t)) yield { block: blockOf(t), nodes: { nodes: [t], starts: [0] }, text: t.data };
    return;
  }
  if (root.nodeType === Node.ELEMENT_NODE && isPlainBlock(root as Element)) {
    // A rescan of a changed paragraph, or a paragraph the page added: read whole, as in the walk below.
    const text = root.textContent!;
    if (/\S/.test(text)) yield { block: root, nodes: null, text };
    return;
  }
  const doc = root.ownerDocument ?? (root as Document);
  // Blocks seen to contain another block: their text is more than any one run of it.
  const containers = new Set<Node>();
  // The open elements from the root down to the current node's parent, and the block each one's text is in.
  const open: Node[] = [root];
  const openBlock: Node[] = [isInlineElement(root) && root.parentNode ? blockOf(root) : root];
  let top = 0;
  let block: Node | null = null;
  let nodes: Text[] = [];
  let starts: number[] = [];
  let length = 0;
  const flush = (): Segment | null => {
    if (!block || nodes.length === 0) return null;
    const text = textOf(block, nodes, length, containers);
    return /\S/.test(text) ? { block, nodes: { nodes, starts }, text } : null;
  };
  const begin = (b: Node) => {
    block = b;
    nodes = [];
    starts = [];
    length = 0;
  };
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let sinceYield = 0;
  let node = walker.nextNode();
  while (node) {
    const parent = node.parentNode;
    while (top >= 0 && open[top] !== parent) top--;
    // The page moved the walk's place out from under it between two slices: the caller scans again.
    if (top < 0) throw new WalkLostError();
    const here = openBlock[top]!;
    if (++sinceYield === 4096) {
      sinceYield = 0;
      yield null;
      if (!root.contains(walker.currentNode)) throw new WalkLostError();
    }
    if (node.nodeType === Node.TEXT_NODE) {
      if (here !== block) {
        const segment = flush();
        begin(here);
        if (segment) {
          sinceYield = 0;
          yield segment;
          if (!root.contains(walker.currentNode)) throw new WalkLostError();
        }
      }
      starts.push(length);
      nodes.push(node as Text);
      // The length only: reading `data` makes the browser create a string for every text node.
      length += (node as Text).length;
      node = walker.nextNode();
      continue;
    }
    const el = node as Element;
    // Read once: each read of localName is a call into the browser.
    const name = el.localName;
    if (isSkippedElement(el, name)) {
      node = nextOutside(walker);
      continue;
    }
    if (name === 'br') {
      // A line break ends a sentence even inside one block.
      if (here === block) {
        const segment = flush();
        begin(here);
        if (segment) {
          yield segment;
          if (!root.contains(walker.currentNode)) throw new WalkLostError();
        }
      }
      node = walker.nextNode();
      continue;
    }
    if (!shallow && (SHADOW_HOSTS.has(name) || name.includes('-'))) {
      const shadow = el.shadowRoot;
      if (shadow) shadowRoots.push(shadow);
    }
    const inline = INLINE.has(name);
    if (!inline) {
      containers.add(here);
      if (shallow) {
        node = nextOutside(walker);
        continue;
      }
      if (el.querySelector(NOT_PLAIN) === null) { // isPlainBlock, its other tests already made above
        // A plain block: its text is all of its text nodes' (a <span> in it hosting a shadow root is not seen).
        const before = flush();
        block = null;
        if (before) {
          yield before;
          if (!root.contains(walker.currentNode)) throw new WalkLostError();
        }
        const text = el.textContent!;
        if (/\S/.test(text)) {
          sinceYield = 0;
          yield { block: el, nodes: null, text };
          if (!root.contains(walker.currentNode)) throw new WalkLostError();
        }
        node = nextOutside(walker);
        continue;
      }
    }
    top++;
    open[top] = el;
    openBlock[top] = inline ? here : el;
    node = walker.nextNode();
  }
  const last = flush();
  if (last) yield last;
}

/** Thrown when the node a walk stands on was taken out of the walked tree while the walk was paused. */
export class WalkLostError extends Error {
  constructor() {
    super('the page moved the node the scan was at');
  }
}

/** Moves the walker past the current node's subtree: to its next sibling, or its nearest ancestor's. */
function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

/**
 * The text of a segment's nodes. Usually they are all the text of their block (a paragraph, a heading, a list
 * item): then one `textContent` of the block gives it, one string instead of one per text node. Otherwise
 * (nested blocks, skipped content or a <br> in the block) their data is joined.
 */
function textOf(block: Node, nodes: Text[], length: number, containers: Set<Node>): string {
  // A block holding other blocks may hold far more text than this run (an article's container between its
  // paragraphs): never ask for all of it.
  if (block.nodeType !== Node.DOCUMENT_NODE && !containers.has(block)) {
    const all = block.textContent!;
    if (all.length === length) return all;
  }
  return nodes.length === 1 ? nodes[0]!.data : nodes.map((n) => n.data).join('');
}

/** Every text node in a plain block (a segment read whole), and where each begins in its text. */
export function textNodesOf(block: Node): SegmentNodes {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const walker = (block.ownerDocument ?? (block as Document)).createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let length = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n as Text);
    starts.push(length);
    length += (n as Text).length;
  }
  return { nodes, starts };
}

/** The node and offset inside it for a segment offset; `atEnd` picks the node a range end belongs to. */
export function locate({ starts, nodes }: SegmentNodes, offset: number, atEnd: boolean): [Text, number] {
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

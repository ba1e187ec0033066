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
 * stop between two of them to keep every task short. Open shadow roots met on the way are pushed to
 * `shadowRoots` (a TreeWalker does not enter them; the caller walks them separately). `shallow` leaves out
 * nested blocks: a change inside a paragraph rescans that paragraph, not the article around it.
 */
export function* iterateSegments(root: Node, shadowRoots: ShadowRoot[] = [], shallow = false): Generator<Segment> {
  if (root.nodeType === Node.TEXT_NODE) {
    const t = root as Text;
    if (/\S/.test(t.data)) yield { block: blockOf(t), nodes: [t], starts: [0], text: t.data };
    return;
  }
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const el = node as Element;
      if (isSkippedElement(el)) return NodeFilter.FILTER_REJECT;
      if (el.localName === 'br') return NodeFilter.FILTER_ACCEPT;
      // Shallow: only the root block's own sentences; nested blocks keep what they had.
      if (shallow && !INLINE.has(el.localName)) return NodeFilter.FILTER_REJECT;
      if (el.shadowRoot) shadowRoots.push(el.shadowRoot);
      return NodeFilter.FILTER_SKIP;
    },
  });
  let current: Segment | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE) {
      if (current && /\S/.test(current.text)) yield current;
      current = null;
      continue;
    }
    const text = node as Text;
    const block = blockOf(text);
    if (!current || current.block !== block) {
      if (current && /\S/.test(current.text)) yield current;
      current = { block, nodes: [], starts: [], text: '' };
    }
    current.starts.push(current.text.length);
    current.nodes.push(text);
    current.text += text.data;
  }
  if (current && /\S/.test((current as Segment).text)) yield current;
}

export function collectSegments(root: Node, shadowRoots: ShadowRoot[] = []): Segment[] {
  return [...iterateSegments(root, shadowRoots)];
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

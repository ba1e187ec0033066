// happy-dom has no StaticRange, which Tre's marks are made of (lib/page/mention.ts). This stands in for it in
// unit tests, as the DOM standard defines it: four fields fixed at construction, no link to the tree.
// Chromium and Firefox have their own; the end-to-end tests run those.

class StaticRangeStandIn {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;

  constructor(init: StaticRangeInit) {
    for (const node of [init.startContainer, init.endContainer]) {
      if (node.nodeType === Node.DOCUMENT_TYPE_NODE || node.nodeType === Node.ATTRIBUTE_NODE) {
        throw new DOMException('A static range cannot start or end at a doctype or an attribute.', 'InvalidNodeTypeError');
      }
    }
    this.startContainer = init.startContainer;
    this.startOffset = init.startOffset;
    this.endContainer = init.endContainer;
    this.endOffset = init.endOffset;
  }

  get collapsed(): boolean {
    return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
  }
}

if (typeof globalThis.StaticRange === 'undefined') {
  Object.defineProperty(globalThis, 'StaticRange', { value: StaticRangeStandIn, writable: true, configurable: true });
}

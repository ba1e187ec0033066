import { FirstMentions } from './first-mentions';
import { boxAt, DEFAULT_LOOK, liveRange, type Mention, type MentionLook, type MentionSurface } from './mention';
import { BAND_BLOCKS, NearBlocks } from './near-blocks';
import { blockOf } from './segments';
import { TintGuard } from './tint-guard';

/** The name of Tre's highlight in CSS.highlights; styled by `::highlight(tre-term)` in the manifest CSS. */
export const HIGHLIGHT_NAME = 'tre-term';

/**
 * A highlight's look lives only in the ::highlight() rule for its name, so each look is a name: the strong
 * marks (every mention, or each term's first) and the light ones (later mentions), in either style, on a
 * light page or a dark one.
 */
export const HIGHLIGHT_NAMES = {
  light: {
    background: { strong: HIGHLIGHT_NAME, light: 'tre-term-light' },
    underline: { strong: 'tre-term-underline', light: 'tre-term-light-underline' },
  },
  dark: {
    background: { strong: 'tre-term-on-dark', light: 'tre-term-light-on-dark' },
    underline: { strong: 'tre-term-underline-on-dark', light: 'tre-term-light-underline-on-dark' },
  },
} as const;

/** Every name a mark may be under (tests and the benchmark read them all). */
export const ALL_HIGHLIGHT_NAMES: string[] = Object.values(HIGHLIGHT_NAMES).flatMap((byStyle) =>
  Object.values(byStyle).flatMap((names) => [names.strong, names.light]));

type NodeEntry = { start: number; end: number; mention: Mention };

/**
 * Past this many marks on a page, only those of blocks near the viewport are kept in the highlights
 * (near-blocks.ts); below it, all of them, drawn once and left alone while the reader scrolls. Kept near, the
 * article's 350 marks cost 2.3 times the page's own main thread to scroll through, and 0.8–1 times drawn whole;
 * the 1 MB page's 12,370, drawn whole, cost 416 ms of rendering while they were found (decision 012, "Third
 * round"). A thousand marks is a long read (some 100 KB of text).
 */
export const MANY_MARKS = 1000;

/**
 * A page this many screens tall follows the reader from its first mark: it will likely pass MANY_MARKS, and its
 * first thousand marks drawn whole would be drawn again in every frame of its first scan (the 1 MB bench page's
 * rendering while it was scanned went from about 100 to 300 ms).
 */
export const LONG_PAGE_SCREENS = 40;

// Not yet in TypeScript's DOM library (Chrome 140+): CSS.highlights.highlightsFromPoint.
type HighlightHit = { highlight: Highlight; ranges: AbstractRange[] };
type PointQueryable = HighlightRegistry & {
  highlightsFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => HighlightHit[];
};

/**
 * Marks mentions with the CSS Custom Highlight API: the page's DOM is never touched, so Tre cannot break a
 * page's layout or its scripts. Finding the mention under the pointer uses highlightsFromPoint() where the
 * browser has it, else the caret position and a binary search in that text node's mentions.
 */
export class HighlightSurface implements MentionSurface {
  private readonly highlight = new Highlight();
  /** Later mentions of a term when only the first is marked strongly. */
  private readonly light = new Highlight();
  /**
   * Strong marks whose tint would take the text under them below 4.5:1 (tint-guard.ts): shown with the strong
   * underline alone. Empty in the underline style, which has no tint.
   */
  private readonly untinted = new Highlight();
  /**
   * Only the marks of blocks near the viewport are in the highlights (near-blocks.ts): each change to a page's
   * highlights costs a pre-paint of all their ranges, so a long page's tens of thousands would make every
   * change cost a long frame. The others wait in `byBlock` until the reader scrolls near them.
   */
  private readonly nearBlocks: NearBlocks;
  private readonly byBlock = new Map<Node, Set<Mention>>();
  /** How many mentions `byBlock` holds. */
  private count = 0;
  private look: MentionLook = DEFAULT_LOOK;
  private guard: TintGuard | null = new TintGuard(DEFAULT_LOOK.ground ?? 'light');
  /** Kept only while first mentions are marked strongly: the default look pays nothing for it. */
  private firsts: FirstMentions | null = null;
  /**
   * The mentions whose marks are drawn (in one of the highlights), by range: what hit-testing can find. A
   * mention's range is asked for only when it is drawn, and most of a long page's are never made
   * (found-mention.ts).
   */
  private readonly byRange = new Map<AbstractRange, Mention>();
  private readonly drawn = new Set<Mention>();
  /**
   * Each text node's drawn mentions, for hit-testing by caret where highlightsFromPoint() is missing: built on
   * the first such hit-test and kept current from then on, so browsers that have it never pay for it.
   */
  private byNode: WeakMap<Node, NodeEntry[]> | null = null;
  private visible = true;

  /**
   * `Observer`: the page's IntersectionObserver, to keep only marks near the viewport in the highlights (the
   * content script passes it); without one every mark is.
   */
  constructor(private readonly doc: Document, private readonly shadowRoots: () => ShadowRoot[], Observer: typeof IntersectionObserver | null = null,
    private readonly manyMarks = MANY_MARKS, bandBlocks = BAND_BLOCKS) {
    this.nearBlocks = new NearBlocks(doc, Observer, (block, near) => this.onNearChange(block, near), bandBlocks);
    this.register();
  }

  static isSupported(win: Window): boolean {
    const w = win as Window & typeof globalThis;
    return typeof w.Highlight === 'function' && w.CSS !== undefined && 'highlights' in w.CSS;
  }

  show(mentions: readonly Mention[]): void {
    // Before these are drawn: past the threshold, or on a long page, they are drawn only when near. (The page's
    // height is asked here, when there is something to draw, not when the script starts on every page.)
    const many = this.count + mentions.length > this.manyMarks;
    if (many || (this.nearBlocks.canEngage && this.count === 0 && isLongPage(this.doc))) this.nearBlocks.engage();
    for (const m of mentions) {
      let inBlock = this.byBlock.get(m.block);
      if (!inBlock) {
        this.byBlock.set(m.block, (inBlock = new Set()));
        this.nearBlocks.watch(m.block);
      }
      if (!inBlock.has(m)) {
        inBlock.add(m);
        this.count++;
      }
      if (!this.firsts && this.nearBlocks.isNear(m.block)) this.draw(m, this.targetOf(m, true));
    }
    if (!this.firsts) return;
    const changed = this.firsts.add(mentions);
    // New mentions are in no highlight yet: added where they belong, nothing to take them out of.
    for (const m of mentions) {
      if (this.nearBlocks.isNear(m.block)) this.draw(m, this.targetOf(m, changed.get(m)!));
      changed.delete(m);
    }
    // What is left: earlier mentions that are no longer their term's first.
    for (const [m, first] of changed) this.place(m, first);
  }

  hide(mentions: readonly Mention[]): void {
    for (const m of mentions) {
      this.undraw(m);
      const inBlock = this.byBlock.get(m.block);
      if (inBlock?.has(m)) this.count--;
      if (inBlock?.delete(m) && inBlock.size === 0) {
        this.byBlock.delete(m.block);
        this.nearBlocks.unwatch(m.block);
      }
    }
    if (this.firsts) for (const [m, first] of this.firsts.remove(mentions)) this.place(m, first);
  }

  setLook(look: MentionLook): void {
    const emphasisChanged = look.emphasis !== this.look.emphasis;
    const tintChanged = look.style !== this.look.style || look.ground !== this.look.ground;
    this.unregister();
    this.look = look;
    this.guard = look.style === 'background' ? new TintGuard(look.ground ?? 'light') : null;
    if (emphasisChanged) this.firsts = look.emphasis === 'first' ? new FirstMentions() : null;
    if (emphasisChanged || tintChanged) {
      const all = [...this.byBlock.values()].flatMap((inBlock) => [...inBlock]);
      if (this.firsts) {
        if (emphasisChanged) for (const [m, first] of this.firsts.add(all)) this.place(m, first);
        else for (const m of all) this.place(m, this.firsts.isFirst(m));
      } else for (const m of all) this.place(m, true);
    }
    this.register();
  }

  /** Moves a mention already shown into the highlight its standing now asks for (if near: else when near). */
  private place(m: Mention, first: boolean): void {
    if (!this.nearBlocks.isNear(m.block)) return;
    const target = this.targetOf(m, first);
    for (const h of [this.highlight, this.light, this.untinted]) if (h !== target) h.delete(m.range);
    this.draw(m, target);
  }

  /** Puts a mention's mark into a highlight (one at a time: spreading thousands overflows the stack). */
  private draw(m: Mention, target: Highlight): void {
    const range = m.range;
    target.add(range);
    if (this.drawn.has(m)) return;
    this.drawn.add(m);
    this.byRange.set(range, m);
    if (this.byNode) this.index(this.byNode, m);
  }

  /** Takes a mention's mark out of the highlights, if it was drawn (a range is not made for this). */
  private undraw(m: Mention): void {
    if (!this.drawn.delete(m)) return;
    const range = m.range; // made when it was drawn
    this.highlight.delete(range);
    this.light.delete(range);
    this.untinted.delete(range);
    this.byRange.delete(range);
    if (this.byNode) {
      for (const node of nodesOf(range)) {
        const list = this.byNode.get(node);
        if (list) this.byNode.set(node, list.filter((e) => e.mention !== m));
      }
    }
  }

  /** A block came near the viewport (its marks go into the highlights) or went far (they leave them). */
  private onNearChange(block: Node, near: boolean): void {
    const mentions = this.byBlock.get(block);
    if (!mentions) return;
    for (const m of mentions) {
      if (near) this.draw(m, this.targetOf(m, this.firsts ? this.firsts.isFirst(m) : true));
      else this.undraw(m);
    }
  }

  /** Strong unless only first mentions are strong and this is a later one; untinted where a tint would hurt. */
  private targetOf(m: Mention, first: boolean): Highlight {
    const strong = first || this.look.emphasis === 'every';
    return !strong ? this.light
      : this.guard && !this.guard.allows(textParent(m.range)) ? this.untinted : this.highlight;
  }

  private register(): void {
    if (!this.visible) return;
    const ground = this.look.ground ?? 'light';
    const names = HIGHLIGHT_NAMES[ground][this.look.style];
    const registry = this.doc.defaultView?.CSS.highlights;
    registry?.set(names.strong, this.highlight);
    registry?.set(names.light, this.light);
    // In the background style the underline style's strong name is free: the untinted strong marks take it.
    if (this.look.style === 'background') registry?.set(HIGHLIGHT_NAMES[ground].underline.strong, this.untinted);
  }

  private unregister(): void {
    const registry = this.doc.defaultView?.CSS.highlights;
    for (const name of ALL_HIGHLIGHT_NAMES) registry?.delete(name);
  }

  setVisible(visible: boolean): void {
    if (visible === this.visible) return;
    this.visible = visible;
    if (visible) this.register();
    else this.unregister();
  }

  mentionAt(x: number, y: number): Mention | null {
    if (!this.visible) return null;
    const registry = this.doc.defaultView?.CSS.highlights as PointQueryable | undefined;
    if (registry?.highlightsFromPoint) {
      for (const hit of registry.highlightsFromPoint(x, y, { shadowRoots: this.shadowRoots() })) {
        if (hit.highlight !== this.highlight && hit.highlight !== this.light && hit.highlight !== this.untinted) continue;
        for (const range of hit.ranges) {
          const m = this.byRange.get(range);
          if (m) return m;
        }
      }
      // Nothing found is not proof that nothing is there: Chrome's highlightsFromPoint() misses every mark
      // under an emulated device scale factor (and may elsewhere), so the caret decides, as without the API.
    }
    const caret = caretAt(this.doc, x, y, this.shadowRoots());
    if (!caret) return null;
    const list = (this.byNode ??= this.indexAll()).get(caret.node) ?? this.undrawnAt(caret.node);
    if (!list || list.length === 0) return null;
    // The caret sits between characters: try the character after it and the one before it.
    for (const offset of [caret.offset, caret.offset - 1]) {
      const entry = findCovering(list, offset);
      if (entry && boxAt(entry.mention.range, x, y)) return entry.mention;
    }
    return null;
  }

  dispose(): void {
    this.unregister();
    this.highlight.clear();
    this.light.clear();
    this.untinted.clear();
    this.nearBlocks.dispose();
    this.byBlock.clear();
    this.count = 0;
    this.byRange.clear();
    this.drawn.clear();
    this.byNode = null;
  }

  /**
   * The mentions in a text node whose block is not drawn (not yet reported near): the caret is in view, so the
   * browser is about to report it; until then the reader's pointer still finds the term.
   */
  private undrawnAt(node: Node): NodeEntry[] | undefined {
    const inBlock = this.byBlock.get(blockOf(node));
    if (!inBlock) return undefined;
    const byNode = new WeakMap<Node, NodeEntry[]>();
    for (const m of inBlock) if (!this.drawn.has(m)) this.index(byNode, m);
    return byNode.get(node);
  }

  private indexAll(): WeakMap<Node, NodeEntry[]> {
    const byNode = new WeakMap<Node, NodeEntry[]>();
    const nodes = new Set<Node>();
    for (const m of this.byRange.values()) for (const node of this.index(byNode, m)) nodes.add(node);
    // A block scanned again adds its mentions after the rest: put each node's list back in order.
    for (const node of nodes) byNode.get(node)!.sort((a, b) => a.start - b.start);
    return byNode;
  }

  /** Adds a mention to the lists of the text nodes it covers; returns those nodes. */
  private index(byNode: WeakMap<Node, NodeEntry[]>, m: Mention): Node[] {
    const r = m.range;
    const nodes = nodesOf(r);
    for (const node of nodes) {
      const start = node === r.startContainer ? r.startOffset : 0;
      const end = node === r.endContainer ? r.endOffset : (node as Text).data.length;
      const list = byNode.get(node) ?? [];
      // Mentions arrive in document order, so appending keeps each node's list sorted by start.
      list.push({ start, end, mention: m });
      byNode.set(node, list);
    }
    return nodes;
  }
}

/** Whether the page is LONG_PAGE_SCREENS tall (asked once its first marks are found, when it has long been laid out). */
function isLongPage(doc: Document): boolean {
  const screen = doc.defaultView?.innerHeight ?? 0;
  return screen > 0 && (doc.documentElement?.scrollHeight ?? 0) > LONG_PAGE_SCREENS * screen;
}

/** The element whose text colour a mention's text has. */
function textParent(range: AbstractRange): Element | null {
  const node = range.startContainer;
  return node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
}

function findCovering(list: NodeEntry[], offset: number): NodeEntry | null {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = list[mid]!;
    if (offset < e.start) hi = mid - 1;
    else if (offset >= e.end) lo = mid + 1;
    else return e;
  }
  return null;
}

/** The text nodes a range covers, in order. */
function nodesOf(range: AbstractRange): Node[] {
  const first = range.startContainer;
  const last = range.endContainer;
  if (first === last) return [first];
  const nodes: Node[] = [];
  const walker = first.ownerDocument!.createTreeWalker(liveRange(range).commonAncestorContainer, NodeFilter.SHOW_TEXT);
  walker.currentNode = first;
  for (let n: Node | null = first; n; n = walker.nextNode()) {
    nodes.push(n);
    if (n === last) break;
  }
  return nodes;
}

type Caret = { node: Node; offset: number };

function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[]): Caret | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => CaretPosition | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y, { shadowRoots });
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = doc.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

import type { Match } from '../match/match-index';
import { ShortNames } from '../match/short-names';
import type { Mention, MentionSurface } from './mention';
import { FoundMention } from './found-mention';
import { blockOf, isInlineElement, isInsideSkipped, iterateSegments, OWN_UI_TAG, WalkLostError, type Segment } from './segments';
import { SLICE_MS, yieldToPage, yieldToTasks } from './yield';

/** How often a long scan reports its progress (the badge's count). */
const REPORT_EVERY_MS = 500;

/**
 * Matches one block's text at a time, here and now (the in-page matcher of the benchmark and the tests): with
 * the page's ShortNames, people's short names too (Matcher.findMatches).
 */
export type TextMatcher = { findMatches(text: string, names?: ShortNames): Match[] };
/**
 * Matches many blocks' texts at once, elsewhere (the background: lib/page/remote-matcher.ts): answers each
 * text's mentions in the order asked, or rejects when it cannot. It keeps the page's ShortNames itself (one per
 * connection, fed the blocks in the order they are sent, which is the document's).
 */
export type BatchMatcher = { matchBlocks(texts: string[]): Promise<Match[][]> };
export type BlockMatcher = TextMatcher | BatchMatcher;

/**
 * The first screen's blocks go in a chunk of their own: the first this many characters of markable text, about
 * a screenful of an article (1100 × 800 px of 16 px text holds 3,000–4,000). Counted, not measured: asking
 * where a block is laid out would force the page's first layout inside Tre's task.
 */
export const FIRST_SCREEN_CHARS = 4 * 1024;
/** Later chunks carry at most this much text (JSON messaging costs ~35 ms per MB in one task). */
export const CHUNK_CHARS = 64 * 1024;

/** A segment sent for matching, with its block's version when it was read and its place in the first reading. */
type Sent = { segment: Segment; version: number; order: number | undefined };

/** A block's place in the first reading is its number times this, plus a mention's offset in its text. */
const ORDER_SPAN = 2 ** 24;

export type ScannerOptions = {
  /** Called after each batch of work with the number of mentions now marked. */
  onMentions?: (count: number) => void;
  /** Called once for every open shadow root found (e.g. to give it the highlight styles). */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** Called with the length of every slice of main-thread work (for the benchmark). */
  onSlice?: (ms: number) => void;
  /** Whether text in a block may be marked at all (main content only, lib/page/main-content.ts); default yes. */
  accepts?: (block: Node) => boolean;
  /** With a BatchMatcher: the first screen's marks are shown (or it had no text to mark). */
  onFirstScreen?: () => void;
};

/**
 * Finds and marks mentions in a document and keeps them current: the first scan and every later DOM change
 * run in slices of at most SLICE_MS, yielding to the page between them, and a change rescans only the
 * blocks it touched. Never throws into the page: a failing slice is reported to the console and skipped.
 */
export class PageScanner {
  private readonly byBlock = new Map<Node, Mention[]>();
  /** Roots waiting for a scan; true when their nested blocks must be scanned too. */
  private readonly queue = new Map<Node, boolean>();
  private readonly shadowRoots: ShadowRoot[] = [];
  private readonly knownShadowRoots = new WeakSet<ShadowRoot>();
  private readonly observer: MutationObserver;
  private running: Promise<void> | null = null;
  private removalsSeen = false;
  private stopped = false;
  private count = 0;
  private reportedAt = 0;
  /** The names met on this page so far, for people's short names ("ông Trọng"): one per scan of the page. */
  private names = new ShortNames();
  /**
   * Each block's version, raised whenever the block changes (a mutation queues it) or is read again: a batch
   * matcher's answer for an older version is dropped, the rescan the change queued sends the block again.
   */
  private readonly versions = new WeakMap<Node, number>();
  private batch: Sent[] = [];
  private batchChars = 0;
  /** Chunks sent and not yet answered and marked. */
  private readonly inflight = new Set<Promise<void>>();
  /** The first screen's chunk is out for matching, not yet answered and marked. */
  private firstScreenOut = false;
  /** The first scan's walk has not yet read the first screen's text. */
  private lookingForFold = false;
  /**
   * The root of the page's first reading while it is walked (then null), and how many of its segments were read:
   * mentions found in it carry their reading order (Mention.order), which is the document's.
   */
  private firstReading: Node | null = null;
  private readCount = 0;

  constructor(
    private readonly doc: Document,
    private readonly matcher: BlockMatcher,
    private readonly surface: MentionSurface,
    private readonly options: ScannerOptions = {},
  ) {
    this.observer = new (doc.defaultView!.MutationObserver)((records) => this.onMutations(records));
  }

  /** Scans the whole document and starts following changes. Resolves when the first scan is done. */
  start(): Promise<void> {
    const root = this.doc.body ?? this.doc.documentElement;
    this.names = new ShortNames();
    this.observe(this.doc);
    this.lookingForFold = 'matchBlocks' in this.matcher;
    this.firstReading = root;
    this.enqueue(root, true);
    return this.idle();
  }

  /** Resolves once every queued change has been scanned (and, with a batch matcher, answered and marked). */
  async idle(): Promise<void> {
    for (;;) {
      if (this.running) await this.running;
      else if (this.inflight.size) await Promise.all([...this.inflight]);
      else return;
    }
  }

  get mentionCount(): number {
    return this.count;
  }

  /** Ids of the terms currently mentioned, with how often. */
  mentionedTerms(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const list of this.byBlock.values()) for (const m of list) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
    return counts;
  }

  stop(): void {
    this.stopped = true;
    this.observer.disconnect();
    this.queue.clear();
  }

  private observe(root: Document | ShadowRoot): void {
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  private enqueue(node: Node, deep = false): void {
    if (this.stopped) return;
    this.bump(node);
    this.queue.set(node, deep || (this.queue.get(node) ?? false));
    this.running ??= this.pump();
  }

  private onMutations(records: MutationRecord[]): void {
    for (const r of records) {
      const target = r.target;
      if (isOwnUi(target)) continue;
      if (r.type === 'characterData') {
        this.enqueue(blockOf(target));
        continue;
      }
      if (r.removedNodes.length > 0) {
        // Mentions inside removed blocks are swept; a removed text node or inline element changes the
        // sentence of the block it left, so that block is rescanned.
        this.removalsSeen = true;
        if ([...r.removedNodes].some((n) => n.nodeType === Node.TEXT_NODE || isInlineElement(n))) {
          this.enqueue(isInlineElement(target) ? blockOf(target) : target);
        }
      }
      for (const added of r.addedNodes) {
        if (isOwnUi(added)) continue;
        // A block is scanned on its own; a text node or inline element joins its block's sentence.
        const isBlock = added.nodeType === Node.ELEMENT_NODE && !isInlineElement(added);
        if (isBlock) this.enqueue(added, true);
        else this.enqueue(blockOf(added));
      }
    }
    // Removing whole blocks queues no rescan, but their mentions must still be swept (and the count fall).
    if (this.removalsSeen && !this.stopped) this.running ??= this.pump();
  }

  private async pump(): Promise<void> {
    // Start after the current task's other changes have been queued too (one mutation batch, one pass).
    await Promise.resolve();
    try {
      await this.drain();
    } finally {
      // Cleared synchronously at the very end, so a change queued from now on starts a new pump.
      this.running = null;
    }
  }

  private async drain(): Promise<void> {
    const win = this.doc.defaultView!;
    const batched = 'matchBlocks' in this.matcher;
    let sliceStart = win.performance.now();
    while (this.queue.size > 0 && !this.stopped) {
      const [root, deep] = this.queue.entries().next().value as [Node, boolean];
      this.queue.delete(root);
      if (!root.isConnected || isInsideSkipped(root)) continue;
      // Forget what the root's blocks had before walking: the walk must see the text as it is now (the
      // wrapping fallback changes text nodes when it unwraps).
      this.clearBlock(root);
      if (deep) for (const block of [...this.byBlock.keys()]) if (root.contains(block)) this.clearBlock(block);
      const found: ShadowRoot[] = [];
      // The blocks this walk has read: each one's version is raised once, when the walk first reaches it.
      const read = new Set<Node>();
      // Only the first walk of the whole page reads in document order from start to end (later walks fill in).
      const inOrder = root === this.firstReading;
      this.firstReading = null;
      try {
        for (const segment of iterateSegments(root, found, !deep)) {
          const order = segment && inOrder ? this.readCount++ * ORDER_SPAN : undefined;
          if (segment && batched) this.send(segment, read, order);
          else if (segment) this.mark(segment, order);
          if (win.performance.now() - sliceStart > SLICE_MS) {
            // What was read so far goes to be matched while the walk goes on (and the answers come in).
            if (batched) this.flush(false);
            // Progress on a long page, but not after every slice: each report is a message to the background.
            if (win.performance.now() - this.reportedAt > REPORT_EVERY_MS) this.report();
            this.options.onSlice?.(win.performance.now() - sliceStart);
            // While the first screen's chunk is out for matching, its answer must get its turn between two slices
            // of the walk; after it, the walk goes first (yielding to tasks every slice let the page render its
            // highlights again between slices, and all marks of the 5 MB page took 28 s instead of a few).
            await (this.firstScreenOut ? yieldToTasks(win) : yieldToPage(win));
            sliceStart = win.performance.now();
          }
        }
      } catch (error) {
        // The page took away the node the walk stood on while it was paused: what follows it was never
        // walked, so the root is walked again (what it found so far is cleared first, see above).
        if (error instanceof WalkLostError && root.isConnected) this.enqueue(root, deep);
        // Otherwise a page broke something: the observer brings us back when that part changes.
        else console.debug('Tre: scan slice skipped', error);
      }
      for (const shadow of found) this.adoptShadowRoot(shadow);
    }
    if (batched) this.flush(this.lookingForFold);
    if (this.removalsSeen) this.sweepDetached();
    this.report();
    this.options.onSlice?.(win.performance.now() - sliceStart);
  }

  private bump(block: Node): void {
    this.versions.set(block, (this.versions.get(block) ?? 0) + 1);
  }

  /** Adds a segment to the next chunk; the first screen's segments go in a chunk of their own. */
  private send(segment: Segment, read: Set<Node>, order: number | undefined): void {
    const { block } = segment;
    if (this.options.accepts && !this.options.accepts(block)) return;
    if (!read.has(block)) {
      read.add(block);
      this.bump(block);
    }
    if (this.lookingForFold && this.batchChars >= FIRST_SCREEN_CHARS) this.flush(true);
    this.batch.push({ segment, version: this.versions.get(block)!, order });
    this.batchChars += segment.text.length;
    if (this.batchChars >= CHUNK_CHARS) this.flush(false);
  }

  /** Sends the chunk read so far to be matched; its answer is marked when it comes. */
  private flush(firstScreen: boolean): void {
    if (firstScreen) this.lookingForFold = false;
    const sent = this.batch;
    this.batch = [];
    this.batchChars = 0;
    if (sent.length === 0) {
      if (firstScreen) this.options.onFirstScreen?.();
      return;
    }
    if (firstScreen) this.firstScreenOut = true;
    const job: Promise<void> = (this.matcher as BatchMatcher).matchBlocks(sent.map((s) => s.segment.text))
      .then((matches) => this.markAnswer(sent, matches, firstScreen))
      // The background could not be reached: what it did not answer stays unmarked (lib/page/remote-matcher.ts).
      .catch((error: unknown) => console.debug('Tre: blocks left unmarked', error))
      .finally(() => {
        this.inflight.delete(job);
        if (firstScreen) this.firstScreenOut = false;
      });
    this.inflight.add(job);
  }

  /**
   * Marks a chunk's answer, dropping blocks changed since they were read. The first screen's marks are made at
   * once; a later chunk's in slices, yielding to the page between them.
   */
  private async markAnswer(sent: Sent[], matches: Match[][], firstScreen: boolean): Promise<void> {
    const win = this.doc.defaultView!;
    let sliceStart = win.performance.now();
    for (let i = 0; i < sent.length && !this.stopped; i++) {
      const { segment, version, order } = sent[i]!;
      if (this.versions.get(segment.block) !== version) continue;
      const found = matches[i];
      if (found && found.length > 0) this.show(segment, found, order);
      if (!firstScreen && win.performance.now() - sliceStart > SLICE_MS) {
        this.options.onSlice?.(win.performance.now() - sliceStart);
        await yieldToPage(win);
        sliceStart = win.performance.now();
      }
    }
    this.options.onSlice?.(win.performance.now() - sliceStart);
    if (win.performance.now() - this.reportedAt > REPORT_EVERY_MS || this.inflight.size <= 1) this.report();
    if (firstScreen) this.options.onFirstScreen?.();
  }

  private mark(segment: Segment, order: number | undefined): void {
    if (this.options.accepts && !this.options.accepts(segment.block)) return;
    const matches = (this.matcher as TextMatcher).findMatches(segment.text, this.names);
    if (matches.length === 0) return;
    this.show(segment, matches, order);
  }

  private show(segment: Segment, matches: Match[], order: number | undefined): void {
    // Their ranges are made when first needed (found-mention.ts): most of a long page's are never drawn.
    const mentions = matches.map((m) => {
      const mention = new FoundMention(m, segment.block, segment.nodes);
      if (order !== undefined) mention.order = order + Math.min(m.start, ORDER_SPAN - 1);
      return mention;
    });
    this.surface.show(mentions);
    this.observer.takeRecords(); // the wrapping fallback's own DOM changes are not page changes
    const list = this.byBlock.get(segment.block);
    if (list) list.push(...mentions);
    else this.byBlock.set(segment.block, mentions);
    this.count += mentions.length;
  }

  private clearBlock(block: Node): void {
    const old = this.byBlock.get(block);
    if (!old) return;
    this.surface.hide(old);
    this.observer.takeRecords();
    this.byBlock.delete(block);
    this.count -= old.length;
  }

  private sweepDetached(): void {
    this.removalsSeen = false;
    for (const [block, list] of this.byBlock) {
      if (block.isConnected) continue;
      this.surface.hide(list);
      this.byBlock.delete(block);
      this.count -= list.length;
    }
    this.observer.takeRecords();
  }

  private adoptShadowRoot(shadow: ShadowRoot): void {
    if (this.knownShadowRoots.has(shadow)) return;
    this.knownShadowRoots.add(shadow);
    this.shadowRoots.push(shadow);
    this.options.onShadowRoot?.(shadow);
    this.observe(shadow);
    this.enqueue(shadow, true);
  }

  /** Open shadow roots scanned so far (hit-testing needs them). */
  get openShadowRoots(): ShadowRoot[] {
    return this.shadowRoots;
  }

  private report(): void {
    this.reportedAt = this.doc.defaultView!.performance.now();
    this.options.onMentions?.(this.count);
  }
}

function isOwnUi(node: Node): boolean {
  for (let p: Node | null = node; p; p = p.parentNode) {
    if (p.nodeType === Node.ELEMENT_NODE && (p as Element).localName === OWN_UI_TAG) return true;
  }
  return false;
}

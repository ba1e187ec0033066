import type { TermType } from '../glossary/schema';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import { isHighlightingOn } from '../settings/site';
import { FilteredSurface } from './filtered-surface';
import { ContentScope } from './main-content';
import type { Mention, MentionSurface } from './mention';
import { DEFAULT_TIMINGS, MentionPointer } from './mention-pointer';
import { pageGround, type PageGround } from './page-ground';
import { PageScanner, type BlockMatcher } from './page-scanner';
import { OWN_UI_TAG } from './segments';

// What the content script does on a page, apart from talking to the browser: follow the reader's settings,
// scan and mark when marking is on, count what is marked for the badge, and turn the pointer into popovers.
// The entrypoint (entrypoints/content/index.tsx) only wires this to the extension's APIs, so all of it can be
// tested with happy-dom and fakes.

/** What the matching needs before the first scan: the matcher and the type of each term it can find. */
export type Matching = {
  matcher: BlockMatcher;
  typeOf(id: string): TermType | undefined;
  /** Main-thread time the page spent setting the matcher up (counted with the first scan's first slice). */
  setupMs?: number;
};

/** The popover as the page sees it (entrypoints/content/lazy-popover.ts loads the real one on first use). */
export type PagePopover = {
  setPreferences(settings: Settings): void;
  open(mention: Mention, anchor: DOMRect, focus?: boolean): void;
  prepare(mention: Mention): void;
  close(): void;
  /** Escape in the card: true when the card went back to the one a related term was opened from. */
  back(): boolean;
  onClose: () => void;
};

export type PageMarkingDeps = {
  doc: Document;
  /** The page's site key (lib/settings/site.ts), null where Tre keys none. */
  site: string | null;
  /** The base surface marks are drawn on (Highlight API or wrapping fallback). */
  surface: (openShadowRoots: () => ShadowRoot[]) => MentionSurface;
  /** Started by the caller as early as possible; awaited when the first scan starts. */
  matching: Promise<Matching>;
  popover: PagePopover;
  /** The badge: how many mentions are marked now (sent only when it changes). */
  reportCount(count: number): void;
  /** An open shadow root found by the scan (it needs the ::highlight rules). */
  onShadowRoot?(root: ShadowRoot): void;
  /** The first screen's marks are shown (matching in the background: its chunk was answered first). */
  onFirstScreen?(scan: { startedAt: number; slices: number[] }): void;
  /** The first scan is done: its main-thread slices, and the mentions shown. */
  onFirstScan?(scan: { startedAt: number; slices: number[]; mentions: number; shown: Mention[] }): void;
  /** False once the extension was reloaded under the page: nothing new starts then. */
  isValid(): boolean;
};

/**
 * Marks a page after the reader's settings. A page where marking is off at load is not scanned at all until
 * it is switched on; a change of the marked term types or of "mark everywhere" rescans.
 */
export class PageMarking {
  private settings: Settings = DEFAULT_SETTINGS;
  private scanner: PageScanner | null = null;
  private firstScan: Promise<void> | null = null;
  private typeOf: (id: string) => TermType | undefined = () => undefined;
  private ground: PageGround | null = null;
  /**
   * The count last reported for the badge. A new page starts at 0 without saying so: the browsers clear a tab's
   * own badge when it navigates, and a page without marks (most pages) then sends the background nothing.
   */
  private lastCount = 0;
  private readonly startedAt: number;
  /** The pointer reads the delay on every hover, so changing this object's field is enough to follow the setting. */
  private readonly timings = { ...DEFAULT_TIMINGS };
  /** Which blocks are the page's main text (marked unless the reader asks for marks everywhere). */
  readonly scope: ContentScope;
  readonly surface: FilteredSurface;
  readonly pointer: MentionPointer;

  constructor(private readonly deps: PageMarkingDeps) {
    this.startedAt = deps.doc.defaultView!.performance.now();
    this.scope = new ContentScope(deps.doc);
    const base = deps.surface(() => this.scanner?.openShadowRoots ?? []);
    this.surface = new FilteredSurface(base, (m) => this.settings.highlightTypes.includes(this.typeOf(m.id)!));
    const { popover } = deps;
    this.pointer = new MentionPointer(deps.doc, this.surface, {
      open: (m, anchor, _pinned, focus) => popover.open(m, anchor, focus),
      prepare: (m) => popover.prepare(m),
      close: () => popover.close(),
      escape: () => popover.back(),
      isInside: (target) => target instanceof Element && target.localName === OWN_UI_TAG,
    }, this.timings);
    popover.onClose = () => this.pointer.close();
    // Handled where the scan starts; a page where marking stays off must not log an unhandled rejection.
    deps.matching.catch(() => undefined);
  }

  get current(): Settings {
    return this.settings;
  }

  /** Whether mentions are marked now (scanned, and marking on for this site). */
  get marking(): boolean {
    return this.scanner !== null && isHighlightingOn(this.settings, this.deps.site);
  }

  /** The scanner, once the first scan has started (null before, and where marking was never on). */
  get pageScanner(): PageScanner | null {
    return this.scanner;
  }

  /** Resolves when the first scan (if started) and every change since have been scanned. */
  scanned(): Promise<void> {
    return (this.firstScan ?? Promise.resolve()).then(() => this.scanner?.idle());
  }

  apply(next: Settings): void {
    const before = this.settings;
    const typesChanged = next.highlightTypes.join() !== before.highlightTypes.join();
    const scopeChanged = next.markEverywhere !== before.markEverywhere;
    this.settings = next;
    this.timings.hoverDelayMs = next.hoverDelayMs;
    this.deps.popover.setPreferences(next);
    // The page's ground is read once, from its main text: the marks take colours that keep it readable.
    this.ground ??= readGround(this.deps.doc, this.scope);
    this.surface.setLook({ style: next.highlightStyle, emphasis: next.mentionMarking, ground: this.ground });
    const on = isHighlightingOn(next, this.deps.site);
    this.surface.setVisible(on);
    if (!on) this.pointer.close();
    if (on && !this.firstScan) this.firstScan = this.startFirstScan();
    else if (this.scanner && (typesChanged || scopeChanged)) {
      // Marks of newly chosen types, or of the parts of the page now marked, are found again by a rescan (see
      // FilteredSurface); the main content is decided again too, the page may have changed since.
      this.scope.reset();
      void this.scanner.start();
    }
    this.report();
  }

  dispose(): void {
    this.scanner?.stop();
    this.pointer.dispose();
    this.surface.dispose();
  }

  private async startFirstScan(): Promise<void> {
    // Main-thread work of the first scan, for the page's timeline: its slices.
    const slices: number[] = [];
    let running = true;
    let matching: Matching;
    try {
      matching = await this.deps.matching;
    } catch (error) {
      console.debug('Tre: matching unavailable, nothing marked', error);
      return;
    }
    if (!this.deps.isValid()) return;
    this.typeOf = matching.typeOf;
    const scanner = new PageScanner(this.deps.doc, matching.matcher, this.surface, {
      onMentions: () => this.report(),
      onShadowRoot: (root) => this.deps.onShadowRoot?.(root),
      onSlice: (ms) => running && slices.push(ms + (slices.length ? 0 : matching.setupMs ?? 0)),
      accepts: (block) => this.settings.markEverywhere || this.scope.accepts(block),
      onFirstScreen: () => running && this.deps.onFirstScreen?.({ startedAt: this.startedAt, slices }),
    });
    this.scanner = scanner;
    try {
      await scanner.start();
    } catch (error) {
      console.debug('Tre: first scan failed', error);
    }
    running = false;
    this.deps.onFirstScan?.({ startedAt: this.startedAt, slices, mentions: scanner.mentionCount, shown: this.surface.shownMentions() });
  }

  /** The badge counts what is marked (only the chosen term types); nothing while marking is off here. */
  private report(): void {
    const count = this.marking ? this.surface.shownCount : 0;
    if (count > 0) this.pointer.engage();
    if (count === this.lastCount) return;
    this.lastCount = count;
    this.deps.reportCount(count);
  }
}

function readGround(doc: Document, scope: ContentScope): PageGround {
  try {
    return pageGround(scope.mainElement ?? doc.body ?? doc.documentElement);
  } catch {
    return 'light';
  }
}

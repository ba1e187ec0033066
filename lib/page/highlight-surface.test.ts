import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileMatchIndex } from '../glossary/compile';
import { Matcher } from '../match/matcher';
import { TEST_BLOCKERS, TEST_TERMS } from '../../tests/unit/terms-fixture';
import { HighlightSurface } from './highlight-surface';
import { PageScanner } from './page-scanner';
import type { MentionLook } from './mention';
import { SETTLE_MS } from './near-blocks';

// Hit-testing where the browser has the Highlight API but not highlightsFromPoint() (Chrome 105–139): the
// caret under the pointer and that text node's mentions. happy-dom has neither API, so the test stands in
// the two registries and a caret; everything Tre does with them is its own code.
const matcher = Matcher.fromIndex(compileMatchIndex(TEST_TERMS, TEST_BLOCKERS));
let caret: { offsetNode: Node; offset: number } | null = null;
let scanner: PageScanner | null = null;

beforeEach(() => {
  vi.stubGlobal('Highlight', class extends Set<AbstractRange> {});
  vi.stubGlobal('CSS', { highlights: new Map() });
  Object.assign(document, { caretPositionFromPoint: () => caret });
  // Every range is "under the pointer": the caret decides which mention is meant.
  vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([{ left: 0, right: 1000, top: 0, bottom: 1000 }] as unknown as DOMRectList);
});

afterEach(() => {
  scanner?.stop();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

const textIn = (selector: string) => document.querySelector(selector)!.firstChild!;

describe('HighlightSurface hit-testing by caret', () => {
  it('finds the mention the caret is in, in a node shared by two mentions, and none between them', async () => {
    document.body.innerHTML = '<p id="a">LHQ và ASEAN họp.</p><p id="b">Năm 1954, <b>Hiệp định</b> Giơ-ne-vơ.</p>';
    const surface = new HighlightSurface(document, () => []);
    scanner = new PageScanner(document, matcher, surface);
    await scanner.start();
    const at = (node: Node, offset: number) => {
      caret = { offsetNode: node, offset };
      return surface.mentionAt(5, 5)?.id ?? null;
    };
    expect(at(textIn('#a'), 1)).toBe('un');
    expect(at(textIn('#a'), 5)).toBe(null);
    expect(at(textIn('#a'), 9)).toBe('asean');
    // A mention across inline markup is found from either of its text nodes.
    expect(at(textIn('#b b'), 2)).toBe('geneva');
    expect(at(document.querySelector('#b')!.lastChild!, 3)).toBe('geneva');
  });

  it('keeps up with a block rescanned after the first hit-test', async () => {
    document.body.innerHTML = '<p id="a">LHQ và ASEAN họp.</p>';
    const surface = new HighlightSurface(document, () => []);
    scanner = new PageScanner(document, matcher, surface);
    await scanner.start();
    caret = { offsetNode: textIn('#a'), offset: 1 };
    expect(surface.mentionAt(5, 5)?.id).toBe('un');
    textIn('#a').textContent = 'ASEAN và LHQ họp.';
    await new Promise((resolve) => setTimeout(resolve, 20));
    await scanner.idle();
    caret = { offsetNode: textIn('#a'), offset: 1 };
    expect(surface.mentionAt(5, 5)?.id).toBe('asean');
    caret = { offsetNode: textIn('#a'), offset: 10 };
    expect(surface.mentionAt(5, 5)?.id).toBe('un');
  });

  it('falls back to the caret when highlightsFromPoint() finds nothing (as under an emulated scale factor)', async () => {
    const fromPoint = vi.fn(() => []);
    vi.stubGlobal('CSS', { highlights: Object.assign(new Map(), { highlightsFromPoint: fromPoint }) });
    document.body.innerHTML = '<p id="a">LHQ và ASEAN họp.</p>';
    const surface = new HighlightSurface(document, () => []);
    scanner = new PageScanner(document, matcher, surface);
    await scanner.start();
    caret = { offsetNode: textIn('#a'), offset: 9 };
    expect(surface.mentionAt(5, 5)?.id).toBe('asean');
    expect(fromPoint).toHaveBeenCalled();
    caret = { offsetNode: textIn('#a'), offset: 5 };
    expect(surface.mentionAt(5, 5)).toBe(null);
  });
});

describe('HighlightSurface near the viewport', () => {
  /** Stands in for the browser's IntersectionObserver: the test says which blocks it reports, and how. */
  class FakeObserver {
    static last: FakeObserver | null = null;
    readonly watched = new Set<Element>();
    /** Every observe() call, in order: observing a block again is asking the browser where it is now. */
    readonly asked: Element[] = [];
    constructor(private readonly callback: (entries: IntersectionObserverEntry[]) => void) {
      FakeObserver.last = this;
    }
    observe(el: Element) {
      this.watched.add(el);
      this.asked.push(el);
    }
    unobserve(el: Element) {
      this.watched.delete(el);
    }
    disconnect() {
      this.watched.clear();
    }
    /** `top`: where the block is, in px from the top of the viewport (happy-dom's is 768 px high). */
    report(el: Element, isIntersecting: boolean, size = 100, top = 0) {
      const boundingClientRect = { width: size, height: size, top, bottom: top + size } as DOMRectReadOnly;
      this.callback([{ target: el, isIntersecting, boundingClientRect } as IntersectionObserverEntry]);
    }
  }
  /**
   * Where the layout puts each block: `data-top` (px from the top of the viewport), else far below the near zone.
   * The elements asked, in order.
   */
  let measured: Element[] = [];
  beforeEach(() => {
    measured = [];
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      measured.push(this);
      const top = Number(this.getAttribute('data-top') ?? 5000);
      return { top, bottom: top + 100, left: 0, right: 100, width: 100, height: 100, x: 0, y: top } as DOMRect;
    });
  });
  const marked = () => [...(CSS.highlights as unknown as Map<string, Set<AbstractRange>>).values()]
    .flatMap((h) => [...h]).map((r) => r.startContainer.parentElement!.id).sort();
  /**
   * Scans `html` into a surface that follows the reader past `manyMarks` marks, in bands of `bandBlocks` blocks
   * (1: each block by itself); its observer once it has one.
   */
  async function scanFollowing(html: string, manyMarks = 0, look?: MentionLook, bandBlocks = 1) {
    document.body.innerHTML = html;
    FakeObserver.last = null;
    const surface = new HighlightSurface(document, () => [], FakeObserver as unknown as typeof IntersectionObserver, manyMarks, bandBlocks);
    if (look) surface.setLook(look);
    scanner = new PageScanner(document, matcher, surface);
    await scanner.start();
    return { surface, observer: FakeObserver.last as FakeObserver | null };
  }
  /** After the changes away from the view have been made together. */
  const settled = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS + 20));

  it('keeps only the marks of blocks the browser reports near in the highlights, and follows the reader', async () => {
    const { surface, observer: watching } = await scanFollowing('<p id="a">LHQ họp.</p><p id="b">ASEAN họp.</p><p id="c" style="display: contents">EU họp.</p>');
    const observer = watching!;
    const p = (id: string) => document.getElementById(id)!;
    // Found, but laid out far below the view: nothing drawn until the browser says otherwise.
    expect(scanner!.mentionCount).toBe(3);
    expect(marked()).toEqual([]);
    observer.report(p('a'), true);
    observer.report(p('b'), false);
    // No box of its own (display: contents): its text shows, so its marks do.
    observer.report(p('c'), false, 0);
    expect(marked()).toEqual(['a', 'c']);
    // The reader scrolls: b's block comes into view and is drawn at once; a's goes far, and its marks leave with
    // the next changes made together.
    observer.report(p('a'), false, 100, -3000);
    observer.report(p('b'), true);
    expect(marked()).toEqual(['a', 'b', 'c']);
    await settled();
    expect(marked()).toEqual(['b', 'c']);
    // A hit-test still finds a far mark's term by its caret (the caret is only ever in view, but nothing is lost).
    caret = { offsetNode: textIn('#a'), offset: 1 };
    expect(surface.mentionAt(5, 5)?.id).toBe('un');
    // A block that loses its marks is no longer followed.
    p('b').remove();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await scanner!.idle();
    expect(observer.watched.has(p('a'))).toBe(true);
    expect([...observer.watched].some((el) => el.id === 'b')).toBe(false);
    expect(marked()).toEqual(['c']);
  });

  it('draws every mark of a page with few of them, and follows the reader only once there are many', async () => {
    const first = await scanFollowing('<p id="a">LHQ họp.</p><p id="b">ASEAN họp.</p>', 2);
    // Two marks: drawn whole, no observer at all.
    expect(marked()).toEqual(['a', 'b']);
    expect(first.observer).toBeNull();
    // A third: from now on only what is near is drawn; what was drawn is observed, and leaves when reported far.
    const added = document.createElement('p');
    added.id = 'c';
    added.textContent = 'EU họp.';
    document.body.append(added);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await scanner!.idle();
    const observer = FakeObserver.last!;
    expect([...observer.watched].map((el) => el.id).sort()).toEqual(['a', 'b', 'c']);
    expect(marked()).toEqual(['a', 'b']);
    observer.report(document.getElementById('b')!, false, 100, 5000);
    observer.report(document.getElementById('c')!, true);
    expect(marked()).toEqual(['a', 'b', 'c']);
    await settled();
    expect(marked()).toEqual(['a', 'c']);
  });

  it('draws a block two screens below the view with the next changes made together, not in its own frame', async () => {
    const { observer } = await scanFollowing('<p id="a">LHQ họp.</p><p id="b">ASEAN họp.</p>');
    observer!.report(document.getElementById('a')!, true, 100, 300);
    observer!.report(document.getElementById('b')!, true, 100, 2.5 * innerHeight);
    expect(marked()).toEqual(['a']);
    await settled();
    expect(marked()).toEqual(['a', 'b']);
  });

  describe('in bands', () => {
    const seven = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => `<p id="${id}">LHQ họp.</p>`).join('');
    const p = (id: string) => document.getElementById(id)!;
    const ids = (els: Iterable<Element>) => [...els].map((el) => el.id).sort();

    it('observes only the first and last block of each band, and draws a band whole when either end is near or the view is inside it', async () => {
      const { observer } = await scanFollowing(seven, 0, undefined, 3);
      // Bands a–c, d–f, g.
      expect(ids(observer!.watched)).toEqual(['a', 'c', 'd', 'f', 'g']);
      observer!.report(p('a'), true);
      expect(marked()).toEqual(['a', 'b', 'c']);
      // d is above the zone and f below it: the view is inside the band, drawn at once.
      observer!.report(p('d'), false, 100, -5000);
      observer!.report(p('f'), false, 100, 5000);
      expect(marked()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
      // Its last block comes up above the zone too: the band is behind the reader, and leaves with the next
      // changes made together.
      observer!.report(p('f'), false, 100, -4000);
      await settled();
      expect(marked()).toEqual(['a', 'b', 'c']);
    });

    it('draws a band at once where the layout puts its first block near, and the browser\'s report corrects it', async () => {
      // The page's first screen: a–c (a in view); d–f two screens down, still near; g far below.
      const html = seven.replace('id="a"', 'id="a" data-top="0"').replace('id="d"', `id="d" data-top="${2 * innerHeight}"`);
      const { observer } = await scanFollowing(html, 0, undefined, 3);
      // Drawn with the answer that found them, before any report: no frame, and no whole walk of a long page, later.
      expect(marked()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
      // Only each band's first block was asked where it is; the next ones follow it in one flow.
      expect(ids(measured)).toEqual(['a', 'd', 'g']);
      // The browser's first report says otherwise (a scrolling container hides d–f): they leave with the next
      // changes made together.
      observer!.report(p('d'), false, 100, 5000);
      observer!.report(p('f'), false, 100, 5000);
      await settled();
      expect(marked()).toEqual(['a', 'b', 'c']);
    });

    it('asks again where a band\'s ends are once a scroll stops, so a jump into the middle of a band is drawn', async () => {
      const { observer } = await scanFollowing(seven, 0, undefined, 3);
      for (const id of ['a', 'c', 'd', 'f', 'g']) observer!.report(p(id), false, 100, 5000);
      expect(marked()).toEqual([]);
      // A jump carries d above the zone while f stays below: the browser says nothing (neither crossed it).
      const before = observer!.asked.length;
      document.dispatchEvent(new Event('scroll'));
      await settled();
      // Once the scroll has stopped, the ends of every band not in the zone are observed again (a band of one
      // block cannot hold the view between its ends)...
      expect(ids(observer!.asked.slice(before))).toEqual(['a', 'c', 'd', 'f']);
      // ...and the browser's fresh report draws the band the view is in.
      observer!.report(p('d'), false, 100, -3000);
      observer!.report(p('f'), false, 100, 2000);
      expect(marked()).toEqual(['d', 'e', 'f']);
    });

    it('bands only sibling blocks: another container may scroll on its own', async () => {
      const { observer } = await scanFollowing(`<div>${seven.slice(0, seven.indexOf('<p id="d"'))}</div><div>${seven.slice(seven.indexOf('<p id="d"'))}</div>`, 0, undefined, 16);
      // Bands a–c and d–g.
      expect(ids(observer!.watched)).toEqual(['a', 'c', 'd', 'g']);
    });

    it('hands the watch of a band\'s end that loses its marks to its neighbour', async () => {
      const { observer } = await scanFollowing(seven, 0, undefined, 3);
      observer!.report(p('a'), true);
      p('c').remove();
      await new Promise((resolve) => setTimeout(resolve, 20));
      await scanner!.idle();
      expect(ids(observer!.watched)).toEqual(['a', 'b', 'd', 'f', 'g']);
      expect(marked()).toEqual(['a', 'b']);
    });
  });

  it('draws a later mention lightly when it comes near after its term\'s first mention', async () => {
    const { observer } = await scanFollowing('<p id="a">LHQ họp.</p><p id="b">LHQ lại họp.</p>', 0,
      { style: 'background', emphasis: 'first', ground: 'light' });
    observer!.report(document.getElementById('b')!, true);
    observer!.report(document.getElementById('a')!, true);
    const registry = CSS.highlights as unknown as Map<string, Set<AbstractRange>>;
    const idsIn = (name: string) => [...(registry.get(name) ?? [])].map((r) => r.startContainer.parentElement!.id);
    expect(idsIn('tre-term')).toEqual(['a']);
    expect(idsIn('tre-term-light')).toEqual(['b']);
  });
});

describe('HighlightSurface first mentions', () => {
  it("keeps each term's first mention strong through the first reading and when the page adds an earlier one", async () => {
    document.body.innerHTML = '<p id="a">ASEAN họp.</p><p id="b">LHQ họp.</p><p id="c">LHQ và ASEAN lại họp.</p>';
    const surface = new HighlightSurface(document, () => []);
    surface.setLook({ style: 'background', emphasis: 'first', ground: 'light' });
    scanner = new PageScanner(document, matcher, surface);
    await scanner.start();
    const registry = CSS.highlights as unknown as Map<string, Set<AbstractRange>>;
    const idsIn = (name: string) => [...(registry.get(name) ?? [])].map((r) => r.startContainer.parentElement!.id).sort();
    expect(idsIn('tre-term')).toEqual(['a', 'b']);
    expect(idsIn('tre-term-light')).toEqual(['c', 'c']);
    // A block added before them all, found after the first reading: ordered by the DOM, it becomes LHQ's first.
    const early = document.createElement('p');
    early.id = 'early';
    early.textContent = 'LHQ ra đời.';
    document.body.prepend(early);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await scanner.idle();
    expect(idsIn('tre-term')).toEqual(['a', 'early']);
    expect(idsIn('tre-term-light')).toEqual(['b', 'c', 'c']);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileMatchIndex } from '../glossary/compile';
import type { TermType } from '../glossary/schema';
import { Matcher } from '../match/matcher';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import { TEST_BLOCKERS, TEST_TERMS } from '../../tests/unit/terms-fixture';
import { PageMarking, type Matching, type PageMarkingDeps } from './page-marking';
import { WrappingSurface } from './wrapping-surface';

// happy-dom has no Highlight API: these run the wrapping fallback (the Highlight API path is covered end to end).
const matcher = Matcher.fromIndex(compileMatchIndex(TEST_TERMS, TEST_BLOCKERS));
const typeOf = (id: string) => TEST_TERMS.find((t) => t.id === id)?.type as TermType | undefined;
const marked = () => [...document.querySelectorAll('mark.tre-mark')].map((m) => (m as HTMLElement).dataset.treTerm);

let page: PageMarking | null = null;

function setUp(overrides: Partial<PageMarkingDeps> = {}) {
  const counts: number[] = [];
  const firstScans: number[] = [];
  const popover = { setPreferences: vi.fn(), open: vi.fn(), prepare: vi.fn(), close: vi.fn(), back: vi.fn(() => false), onClose: () => undefined };
  page = new PageMarking({
    doc: document,
    site: 'example.org',
    surface: () => new WrappingSurface(document),
    matching: Promise.resolve<Matching>({ matcher, typeOf }),
    popover,
    reportCount: (n) => counts.push(n),
    onFirstScan: ({ mentions }) => firstScans.push(mentions),
    isValid: () => true,
    ...overrides,
  });
  return { page, counts, firstScans, popover };
}

const settings = (change: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...change });

afterEach(() => {
  page?.dispose();
  page = null;
  document.body.innerHTML = '';
});

describe('PageMarking', () => {
  it('scans once marking is on, counts for the badge and reports the first scan', async () => {
    document.body.innerHTML = '<main><p>Liên hợp quốc và ASEAN ký với EU.</p></main>';
    const { page, counts, firstScans, popover } = setUp();
    page.apply(settings({}));
    await page.scanned();
    expect(marked()).toEqual(['un', 'asean', 'eu']);
    expect(counts.at(-1)).toBe(3);
    expect(firstScans).toEqual([3]);
    expect(popover.setPreferences).toHaveBeenCalledWith(settings({}));
  });

  it('does not scan a page where marking is off, and scans when it is switched on', async () => {
    document.body.innerHTML = '<main><p>Liên hợp quốc</p></main>';
    const { page, counts } = setUp();
    page.apply(settings({ disabledSites: ['example.org'] }));
    await page.scanned();
    expect(page.pageScanner).toBeNull();
    expect(marked()).toEqual([]);
    // The browser cleared the tab's badge when it navigated here: nothing to tell the background.
    expect(counts).toEqual([]);
    page.apply(settings({}));
    await page.scanned();
    expect(marked()).toEqual(['un']);
    expect(page.marking).toBe(true);
    expect(counts).toEqual([1]);
    page.apply(settings({ disabledSites: ['example.org'] }));
    expect(counts).toEqual([1, 0]);
  });

  it('rescans when the chosen term types change, showing only those', async () => {
    document.body.innerHTML = '<main><p>Hiệp định Giơ-ne-vơ và Liên hợp quốc</p></main>';
    const { page, counts } = setUp();
    page.apply(settings({ highlightTypes: ['treaty'] }));
    await page.scanned();
    expect(page.surface.shownCount).toBe(1);
    page.apply(settings({ highlightTypes: ['treaty', 'organization'] }));
    await page.scanned();
    expect(page.surface.shownCount).toBe(2);
    expect(counts.at(-1)).toBe(2);
  });

  it('marks only the main content unless the reader asks for marks everywhere', async () => {
    document.body.innerHTML = '<nav><p>ASEAN</p></nav><main><p>Liên hợp quốc là một tổ chức quốc tế lớn.</p></main>';
    const { page } = setUp();
    page.apply(settings({}));
    await page.scanned();
    expect(marked()).toEqual(['un']);
    page.apply(settings({ markEverywhere: true }));
    await page.scanned();
    expect(marked().sort()).toEqual(['asean', 'un']);
  });

  it('stays unmarked and throws nothing when matching is unavailable', async () => {
    document.body.innerHTML = '<main><p>Liên hợp quốc</p></main>';
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const { page, firstScans } = setUp({ matching: Promise.reject(new Error('no tables')) });
    page.apply(settings({}));
    await page.scanned();
    expect(marked()).toEqual([]);
    expect(firstScans).toEqual([]);
    expect(page.marking).toBe(false);
    debug.mockRestore();
  });

  it('starts nothing once the extension was reloaded under the page', async () => {
    document.body.innerHTML = '<main><p>Liên hợp quốc</p></main>';
    const { page } = setUp({ isValid: () => false });
    page.apply(settings({}));
    await page.scanned();
    expect(marked()).toEqual([]);
  });
});

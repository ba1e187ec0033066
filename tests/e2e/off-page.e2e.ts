import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTICLE_MARKS } from '../fixtures/article-marks';
import { ALL_HIGHLIGHT_NAMES, MANY_MARKS } from '../../lib/page/highlight-surface';
import { highlightTexts, launch, waitForHighlights, type Harness } from './harness';
import { marksInPage } from './marks-in-page';

// Matching off the page (docs/decisions/012): the content script reads, the background matches. The marks
// themselves are pinned by pipeline.e2e.ts and the others; here, that they come from the background, come
// again after MV3 stopped the worker, and that a page whose background does not answer stays unmarked.

let h: Harness;

beforeAll(async () => {
  h = await launch();
});

afterAll(async () => {
  await h?.close();
});

type ScanDetail = { mentions: number; workerMs: number };
const scanDetail = (page: Page, name: string) => page.evaluate((n) =>
  (performance.getEntriesByName(n)[0] as PerformanceMeasure | undefined)?.detail ?? null, name) as Promise<ScanDetail | null>;

async function open(path: string) {
  const page = await h.context.newPage();
  await page.goto(`${h.baseUrl}/${path}`);
  return page;
}

async function stopWorker(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

describe('matching in the background', () => {
  it('marks the article with mentions the background found', async () => {
    const page = await open('article.html');
    expect(await waitForHighlights(page, ARTICLE_MARKS.length)).toEqual(ARTICLE_MARKS);
    await expect.poll(() => scanDetail(page, 'tre:first-scan'), { timeout: 5000 }).not.toBeNull();
    const scan = (await scanDetail(page, 'tre:first-scan'))!;
    expect(scan.workerMs).toBeGreaterThan(0);
    expect(await scanDetail(page, 'tre:first-screen')).not.toBeNull();
    await page.close();
  });

  it('leaves a page unmarked, without an error, when the background closes every connection', async () => {
    // A failing background: every Port is closed as soon as it opens (the page sends its chunks twice, then gives up).
    const worker = h.context.serviceWorkers()[0] ?? (await h.context.waitForEvent('serviceworker'));
    await worker.evaluate(() => {
      type Port = { disconnect(): void };
      const runtime = (globalThis as unknown as { chrome: { runtime: { onConnect: { addListener(l: (p: Port) => void): void } } } }).chrome.runtime;
      runtime.onConnect.addListener((port) => port.disconnect());
    });
    const page = await h.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${h.baseUrl}/article.html`);
    await page.waitForTimeout(2000);
    expect(await highlightTexts(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
  it('marks the same after MV3 stopped the worker, for a new page and for text added to an open one', async () => {
    // (After the test above left a failing worker: stopping it brings a healthy one on the next connection.)
    const open1 = await open('article.html');
    await stopWorker(open1);
    await open1.reload();
    await waitForHighlights(open1, ARTICLE_MARKS.length);
    await stopWorker(open1);
    const page = await open('article.html');
    expect(await waitForHighlights(page, ARTICLE_MARKS.length)).toEqual(ARTICLE_MARKS);
    await stopWorker(page);
    await open1.evaluate(() => document.querySelector('article')!.insertAdjacentHTML('beforeend', '<p>Hiệp hội các quốc gia Đông Nam Á (ASEAN) họp.</p>'));
    await expect.poll(async () => (await highlightTexts(open1)).filter((t) => t === 'ASEAN' || t === 'Hiệp hội các quốc gia Đông Nam Á').length,
      { timeout: 10_000 }).toBeGreaterThan((ARTICLE_MARKS.filter((t) => t === 'ASEAN' || t === 'Hiệp hội các quốc gia Đông Nam Á')).length);
    await page.close();
    await open1.close();
  });

});

describe('a long page', () => {
  it('keeps only the marks near the viewport in the highlights, and follows the reader down the page and on a jump', async () => {
    const page = await open('long.html');
    await page.waitForFunction(() => performance.getEntriesByName('tre:first-scan').length > 0, null, { timeout: 30_000 });
    const where = async () => (await page.evaluate(marksInPage, { names: ALL_HIGHLIGHT_NAMES })).marks.map((m) => m.where);
    // Each of the 240 paragraphs names five terms, and all 1,200 were found: more than MANY_MARKS, so only the
    // marks within a few screens are drawn.
    expect((await scanDetail(page, 'tre:first-scan'))!.mentions).toBe(1200);
    expect(1200).toBeGreaterThan(MANY_MARKS);
    await expect.poll(where).toContain('p1');
    const top = await where();
    expect(top.length).toBeLessThan(1200);
    expect(top).not.toContain('p240');
    await page.evaluate(() => document.getElementById('p240')!.scrollIntoView());
    await expect.poll(where).toContain('p240');
    const bottom = await where();
    expect(bottom).not.toContain('p1');
    expect(bottom.length).toBeLessThan(1200);
    // Thirty paragraphs a screen tall each: the band of blocks that holds p105 is taller than the near zone, and
    // a jump from the bottom lands between its two ends without either crossing the zone (near-blocks.ts).
    await page.evaluate(() => {
      for (let i = 90; i <= 120; i++) document.getElementById(`p${i}`)!.style.minHeight = '100vh';
      document.getElementById('p105')!.scrollIntoView();
    });
    await expect.poll(where).toContain('p105');
    console.log(`long.html: 1,200 mentions, ${top.length} drawn at the top, ${bottom.length} at the bottom`);
  });
});

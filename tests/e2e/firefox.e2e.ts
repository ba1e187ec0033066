import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_MARKS } from '../fixtures/article-marks';
import { ALL_HIGHLIGHT_NAMES } from '../../lib/page/highlight-surface';
import { marksInPage } from './marks-in-page';
import { ROOT } from './harness';

// The Firefox build in real Firefox ESR (WebDriver BiDi through puppeteer-core): the same article, the same marks.
// Skipped where no Firefox is installed on a developer's machine; in CI (CI=true) a missing Firefox is a failure,
// since .ci/run installs Debian's firefox-esr. FIREFOX_PATH points at another build.

const FIREFOX = process.env.FIREFOX_PATH ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));
if (!FIREFOX && process.env.CI) throw new Error('No Firefox for the Firefox tests: install firefox-esr or set FIREFOX_PATH.');
const EXTENSION_DIR = join(ROOT, '.output/firefox-mv2');
const ADDON_ID = 'tre@tre.study';
const EXTENSION_UUID = '2b3c4d5e-6f70-4a81-9b2c-3d4e5f607182';
/**
 * Starts loading one of Tre's pages. Not awaited: Firefox's WebDriver never reports a moz-extension:// page as
 * loaded (the navigation command gets no answer), so the test waits for the page's content instead.
 */
function openExtensionPage(page: Page, path: string): void {
  page.goto(`moz-extension://${EXTENSION_UUID}/${path}`, { timeout: 15_000 }).catch(() => undefined);
}

/**
 * Waits for a selector on a page that is still loading: WebDriver BiDi can fail a query made while the page's
 * realm is being replaced (a protocol error, not an answer), so such failures are retried until the deadline.
 */
async function waitFor(page: Page, selector: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await page.$(selector)) return;
    } catch {
      // the page is between documents: ask again
    }
    if (Date.now() > deadline) throw new Error(`${selector} did not appear within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

let browser: Browser;
let server: Server;
let base: string;

describe.skipIf(!FIREFOX)('Firefox', () => {
  beforeAll(async () => {
    server = createServer((req, res) => {
      const name = (req.url ?? '/').replace(/^\/+/, '').replace(/\.\./g, '');
      const file = join(ROOT, 'tests/fixtures/pages', name);
      if (!existsSync(file)) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX!,
      headless: true,
      // Firefox 153 lets WebDriver open moz-extension:// pages only with system access allowed.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'intl.locale.requested': 'vi', 'intl.accept_languages': 'vi-VN, vi',
        // A fixed moz-extension:// address for Tre (random in every profile otherwise), so the tests can open its pages.
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
      },
    });
    await browser.installExtension(EXTENSION_DIR);
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('marks the article the way Chromium does, without touching its DOM', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/article.html`);
    await page.waitForFunction(() => ['tre-term', 'tre-term-light'].reduce((n, k) => n + (CSS.highlights.get(k)?.size ?? 0), 0) >= 25, { timeout: 20_000 });
    const { marks } = await page.evaluate(marksInPage, { names: ALL_HIGHLIGHT_NAMES });
    expect(marks.map((m) => m.text)).toEqual(ARTICLE_MARKS);
    const same = await page.evaluate(() => document.body.innerHTML === (window as unknown as { __bodyBefore: string }).__bodyBefore);
    expect(same).toBe(true);
    await page.close();
  });

  it('explains a clicked mention (details fetched from the background and rendered)', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/article.html`);
    await page.waitForFunction(() => ['tre-term', 'tre-term-light'].reduce((n, k) => n + (CSS.highlights.get(k)?.size ?? 0), 0) >= 25, { timeout: 20_000 });
    const { box } = await page.evaluate(marksInPage, { names: ALL_HIGHLIGHT_NAMES, scrollTo: { text: 'EVFTA', nth: 0 } });
    await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
    // The popover is in a closed shadow root; its rendering of the term's details is marked on the timeline.
    await page.waitForFunction(() => performance.getEntriesByName('tre:popover-painted').length > 0, { timeout: 10_000 });
    expect(await page.evaluate(() => document.documentElement.lastElementChild?.localName)).toBe('tre-popover');
    await page.close();
  });

  // Saving from the popover keeps the page and the sentence. In Firefox this once threw: the address cleaning
  // spread a URLSearchParams iterator, which a content script's Xray-wrapped URL does not allow.
  it('saves a term from the popover with the page it was met on', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${base}/article.html`);
    await page.waitForFunction(() => ['tre-term', 'tre-term-light'].reduce((n, k) => n + (CSS.highlights.get(k)?.size ?? 0), 0) >= 25, { timeout: 20_000 });
    const { box } = await page.evaluate(marksInPage, { names: ALL_HIGHLIGHT_NAMES, scrollTo: { text: 'RCEP', nth: 0 } });
    await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
    await page.waitForFunction(() => performance.getEntriesByName('tre:popover-rendered').length > 0, { timeout: 10_000 });
    // The popover sits in a closed shadow root: its box is found from outside, point by point, and its Save is
    // the first button of the actions at its foot.
    await new Promise((r) => setTimeout(r, 700));
    const frame = await page.evaluate(() => {
      let left = Infinity, bottom = -1;
      for (let y = 0; y < innerHeight; y += 4) for (let x = 0; x < innerWidth; x += 8) {
        if (document.elementFromPoint(x, y)?.localName === 'tre-popover') { left = Math.min(left, x); bottom = Math.max(bottom, y); }
      }
      return { left, bottom };
    });
    await page.mouse.click(frame.left + 40, frame.bottom - 22);
    await new Promise((r) => setTimeout(r, 1000));
    expect(errors).toEqual([]);
    const panel = await browser.newPage();
    try {
      openExtensionPage(panel, 'sidepanel.html');
      await waitFor(panel, '#tre-tab-saved');
      await panel.click('#tre-tab-saved');
      await waitFor(panel, '.tre-saved-item[data-term="rcep"]', 5_000);
      const text = await panel.$eval('.tre-saved-item[data-term="rcep"]', (el) => el.textContent ?? '');
      expect(text).toContain('RCEP'); // the sentence it was met in names it
      expect(text).toContain(await page.title());
    } finally {
      await panel.close();
      await page.close();
    }
  });

  // The keyboard walk (issue 17) through what the browser's command does: no WebDriver call presses a
  // browser-level shortcut, so an extension page asks the background page to run the command, as Chromium's
  // tests ask its worker (tests/e2e/reading.e2e.ts).
  it('walks to the next and previous mention from the keyboard command, opening the card with focus; Escape gives focus back', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/article.html`);
    await page.waitForFunction(() => ['tre-term', 'tre-term-light'].reduce((n, k) => n + (CSS.highlights.get(k)?.size ?? 0), 0) >= 25, { timeout: 20_000 });
    const control = await browser.newPage();
    openExtensionPage(control, 'options.html');
    await waitFor(control, 'h1');
    await page.bringToFront(); // the command acts on the active tab
    const command = (name: string) => control.evaluate(async (c) => {
      const bg = (await (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window> } } }).browser.runtime.getBackgroundPage()) as unknown as { treCommand(c: string): Promise<unknown> };
      return JSON.stringify(await bg.treCommand(c));
    }, name);
    const flashed = async () => (await page.evaluate(marksInPage, { names: ['tre-flash'] })).marks[0]?.text ?? null;
    const focusedTag = () => page.evaluate(() => document.activeElement?.localName ?? null);
    const first = JSON.parse(await command('next-mention')) as { index: number; count: number };
    expect(first.index).toBe(0);
    expect(first.count).toBeGreaterThanOrEqual(25);
    await page.waitForFunction(() => document.activeElement?.localName === 'tre-popover', { timeout: 10_000 });
    const firstText = await flashed();
    expect(firstText).toBeTruthy();
    const second = JSON.parse(await command('next-mention')) as { index: number };
    expect(second.index).toBe(1);
    expect(JSON.parse(await command('previous-mention'))).toMatchObject({ index: 0 });
    await page.waitForFunction(() => document.activeElement?.localName === 'tre-popover', { timeout: 10_000 });
    expect(await flashed()).toBe(firstText);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.activeElement?.localName !== 'tre-popover', { timeout: 5_000 });
    expect(await focusedTag()).toBe('body');
    await control.close();
    await page.close();
  });

  it("shows the timeline and this page's terms in the sidebar's page opened as a tab, and the saved term in review", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/article.html`);
    await page.waitForFunction(() => ['tre-term', 'tre-term-light'].reduce((n, k) => n + (CSS.highlights.get(k)?.size ?? 0), 0) >= 25, { timeout: 20_000 });
    const panel = await browser.newPage();
    openExtensionPage(panel, 'sidepanel.html');
    // The panel reopens on the view it was left on: the timeline first.
    await waitFor(panel, '#tre-tab-timeline');
    await panel.click('#tre-tab-timeline');
    await waitFor(panel, '.tre-event');
    expect(await panel.$$eval('.tre-event', (items) => items.length)).toBeGreaterThan(100);
    // Opened as a tab, the panel is about the tab used last beside it: the article.
    await page.bringToFront();
    await panel.bringToFront();
    await panel.click('#tre-tab-page');
    await waitFor(panel, '.tre-page-term');
    const listed = await panel.$$eval('.tre-page-term', (buttons) => buttons.map((b) => (b as HTMLElement).dataset.term));
    expect(listed).toContain('evfta');
    expect(listed).toContain('ho-chi-minh');
    // Saved through the toolbar popup's page too, then asked about in review.
    const popup = await browser.newPage();
    openExtensionPage(popup, 'popup.html');
    await waitFor(popup, '#tre-lookup-box');
    await popup.type('#tre-lookup-box', 'evfta');
    await popup.keyboard.press('Enter');
    await waitFor(popup, '.tre-card-actions button');
    await popup.click('.tre-card-actions button');
    await waitFor(popup, '.tre-card-actions button[aria-pressed="true"]');
    const review = await browser.newPage();
    openExtensionPage(review, 'review.html');
    await waitFor(review, '.tre-question');
    // RCEP (saved from the popover by the test before) and EVFTA (from the popup here) are the saved terms.
    expect(['rcep', 'evfta']).toContain(await review.$eval('.tre-question', (el) => (el as HTMLElement).dataset.term));
    await review.close();
    await panel.close();
    await page.close();
  });
});

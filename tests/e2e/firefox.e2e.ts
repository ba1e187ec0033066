import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_MARKS } from '../fixtures/article-marks';
import { marksInPage } from './marks-in-page';
import { ROOT } from './harness';

// The Firefox build in real Firefox ESR (WebDriver BiDi through puppeteer-core): the same article, the same marks.
// Skipped where no Firefox is installed on a developer's machine; in CI (CI=true) a missing Firefox is a failure,
// since .ci/run installs Debian's firefox-esr. FIREFOX_PATH points at another build.

const FIREFOX = process.env.FIREFOX_PATH ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));
if (!FIREFOX && process.env.CI) throw new Error('No Firefox for the Firefox tests: install firefox-esr or set FIREFOX_PATH.');
const EXTENSION_DIR = join(ROOT, '.output/firefox-mv2');

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
      extraPrefsFirefox: {
        'intl.locale.requested': 'vi', 'intl.accept_languages': 'vi-VN, vi',
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
    await page.waitForFunction(() => (CSS.highlights.get('tre-term')?.size ?? 0) >= 25, { timeout: 20_000 });
    const { marks } = await page.evaluate(marksInPage, { names: ['tre-term'] });
    expect(marks.map((m) => m.text)).toEqual(ARTICLE_MARKS);
    const same = await page.evaluate(() => document.body.innerHTML === (window as unknown as { __bodyBefore: string }).__bodyBefore);
    expect(same).toBe(true);
    await page.close();
  });

  it('explains a clicked mention (details fetched from the background and rendered)', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/article.html`);
    await page.waitForFunction(() => (CSS.highlights.get('tre-term')?.size ?? 0) >= 25, { timeout: 20_000 });
    const { box } = await page.evaluate(marksInPage, { names: ['tre-term'], scrollTo: { text: 'EVFTA', nth: 0 } });
    await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
    // The popover is in a closed shadow root; its rendering of the term's details is marked on the timeline.
    await page.waitForFunction(() => performance.getEntriesByName('tre:popover-painted').length > 0, { timeout: 10_000 });
    expect(await page.evaluate(() => document.documentElement.lastElementChild?.localName)).toBe('tre-popover');
    await page.close();
  });

  it("reaches the popover's Save and See-on-the-timeline from the keyboard, and both act without an error in the page", async () => {
    // What this can check in Firefox: WebDriver BiDi neither enters a closed shadow root nor opens
    // moz-extension:// pages (nor sees the sidebar), so the saved list and the sidebar's content are checked in
    // Chromium (saving.e2e.ts, sidepanel.e2e.ts), which runs the same code. Here: the buttons are reachable by
    // keyboard, pressing them redraws the card (the background answered), and the page sees no error.
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${base}/article.html`);
    await page.waitForFunction(() => (CSS.highlights.get('tre-term')?.size ?? 0) >= 25, { timeout: 20_000 });
    const { box } = await page.evaluate(marksInPage, { names: ['tre-term'], scrollTo: { text: 'EVFTA', nth: 0 } });
    await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
    await page.waitForFunction(() => performance.getEntriesByName('tre:popover-rendered').length > 0, { timeout: 10_000 });
    const renders = () => page.evaluate(() => performance.getEntriesByName('tre:popover-redrawn').length);
    // A second click pins the card open. It is drawn again once the background says whether the term is saved:
    // let that settle first.
    await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
    await new Promise((r) => setTimeout(r, 700));
    const before = await renders();
    // Tab from the clicked mention goes on to the popover (its host is the document's last element): to Save,
    // then See on the timeline.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('tre-popover');
    await page.keyboard.press('Enter'); // Save: the card is drawn again once the background has saved it
    await page.waitForFunction((n) => performance.getEntriesByName('tre:popover-redrawn').length > n, { timeout: 10_000 }, before);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // See on the timeline: Firefox opens its sidebar
    await new Promise((r) => setTimeout(r, 500));
    expect(errors).toEqual([]);
    await page.close();
  });
});

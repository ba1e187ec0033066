import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { requireChrome } from '../../scripts/find-chrome';
import { ALL_HIGHLIGHT_NAMES } from '../../lib/page/highlight-surface';
import { marksInPage } from './marks-in-page';
import { findCard, type DomNode } from './popover-dom';

// Loads the built extension into a real Chromium and serves fixture pages from 127.0.0.1 (docs/architecture.md, "Tests").

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
const PAGES_DIR = join(ROOT, 'tests/fixtures/pages');

export type Harness = {
  context: BrowserContext;
  extensionId: string;
  baseUrl: string;
  /** Every URL any page or the extension requested. */
  requests: string[];
  close(): Promise<void>;
};

export async function launch(): Promise<Harness> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npm run build\` first (npm run test:e2e does).`);
  }
  const server = await serveFixtures();
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const context = await chromium.launchPersistentContext('', {
    executablePath: requireChrome(),
    headless: false, // the extension needs the new headless mode, asked for explicitly below
    args: [
      '--headless=new', '--no-sandbox', `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`, '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-gpu', '--lang=vi',
    ],
    viewport: { width: 1100, height: 800 },
    // Tre's readers: a Vietnamese browser UI, so the popover speaks Vietnamese.
    locale: 'vi-VN',
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    baseUrl,
    requests,
    async close() {
      await context.close();
      await new Promise((r) => server.close(r));
    },
  };
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.txt': 'text/plain; charset=utf-8' };

/**
 * Serves tests/fixtures/pages. `/noisy/NAME` serves NAME with its text in NFD, soft hyphens and NBSPs;
 * `/strict/NAME` serves NAME under a Content-Security-Policy that allows no inline style or script at all.
 */
function serveFixtures(): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const noisy = url.pathname.startsWith('/noisy/');
    const strict = url.pathname.startsWith('/strict/');
    const name = normalize(url.pathname.replace(/^\/(noisy\/|strict\/)?/, '')).replace(/^(\.\.[/\\])+/, '');
    const file = join(PAGES_DIR, name);
    if (!file.startsWith(PAGES_DIR) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    let body = readFileSync(file, 'utf8');
    if (noisy) body = addNoise(body);
    const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
    if (strict) headers['content-security-policy'] = "default-src 'none'; style-src 'self'; script-src 'none'";
    res.writeHead(200, headers).end(body);
  });
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r(server)));
}

/**
 * The same page as a careless CMS would send it: decomposed (NFD) text, every other space a no-break space,
 * and a soft hyphen inside every word of five or more letters. Tags, scripts and styles are left as they are.
 */
export function addNoise(html: string): string {
  let spaceCount = 0;
  return html.replace(/(<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]*>)|([^<]+)/g, (_all, tag, text) => {
    if (tag) return tag;
    return (text as string)
      .replace(/ /g, () => (spaceCount++ % 2 === 0 ? '\u00a0' : ' '))
      .replace(/\p{L}{5,}/gu, (w) => w.slice(0, 2) + '\u00ad' + w.slice(2))
      .normalize('NFD');
  });
}

/**
 * The text of every range in Tre's highlights (all looks: first and later mentions, both styles, light and dark
 * pages, unless `names` says which), in document order (read from the page's main world).
 */
export async function highlightTexts(page: Page, names = ALL_HIGHLIGHT_NAMES): Promise<string[]> {
  return (await page.evaluate(marksInPage, { names })).marks.map((m) => m.text);
}

/** Waits until Tre's highlight holds at least `min` ranges and has stopped growing. */
export async function waitForHighlights(page: Page, min = 1): Promise<string[]> {
  let last: string[] = [];
  for (let i = 0; i < 100; i++) {
    const now = await highlightTexts(page);
    if (now.length >= min && now.length === last.length) return now;
    last = now;
    await page.waitForTimeout(100);
  }
  return last;
}

type PopoverSnapshot = { status: string; open: boolean; text: string };

/**
 * Reads Tre's popover. It lives in a closed shadow root, which page scripts cannot enter; the DevTools
 * protocol can (DOM.getDocument with pierce), which is what a test needs and a page never has.
 */
export async function readPopover(page: Page): Promise<PopoverSnapshot | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const node = findCard(root as DomNode);
    if (!node) return null;
    const attrs = node.attributes ?? [];
    const status = attrs[attrs.indexOf('data-status') + 1] ?? '';
    const { object } = await cdp.send('DOM.resolveNode', { nodeId: node.nodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: 'function () { return { open: this.matches(":popover-open"), text: this.innerText }; }',
      returnByValue: true,
    });
    const value = result.value as { open: boolean; text: string };
    return { status, ...value };
  } finally {
    await cdp.detach();
  }
}

/** The centre of the n-th highlight range whose text is `text`, in viewport coordinates. */
export async function centreOfMention(page: Page, text: string, nth = 0): Promise<{ x: number; y: number } | null> {
  const { box } = await page.evaluate(marksInPage, { names: ALL_HIGHLIGHT_NAMES, scrollTo: { text, nth } });
  return box && { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * One browser with the extension for a test file: launched before its tests, closed after, and before each test
 * every page a test opened is closed and (unless `keepStorage`, for files whose tests build on each other) the
 * extension's storage cleared, so each starts from the default settings.
 */
export function useExtension({ keepStorage = false } = {}) {
  let h: Harness | undefined;
  let worker: Worker | undefined;
  beforeAll(async () => {
    h = await launch();
    worker = h.context.serviceWorkers()[0]!;
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(async () => {
    if (!keepStorage) await worker!.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }).chrome.storage.local.clear());
    for (const page of h!.context.pages()) if (!page.url().startsWith('about:')) await page.close();
  });
  return {
    get h(): Harness { return h!; },
    get worker(): Worker { return worker!; },
    /** An extension page (`popup.html`, `sidepanel.html?term=…`) opened in a tab. */
    async extensionPage(path: string): Promise<Page> {
      const page = await h!.context.newPage();
      await page.goto(`chrome-extension://${h!.extensionId}/${path}`);
      return page;
    },
    /** A fixture page open in the front tab, marked, and that tab's id (asked of the worker). */
    async openFixture(path = 'article.html', minMarks = 20): Promise<{ article: Page; tabId: number }> {
      const article = await h!.context.newPage();
      await article.goto(`${h!.baseUrl}/${path}`);
      await waitForHighlights(article, minMarks);
      await article.bringToFront();
      const tabId = await worker!.evaluate(async () => {
        const tabs = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome.tabs;
        return (await tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!;
      });
      return { article, tabId };
    },
  };
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shortSummary } from '../../lib/glossary/short-summary';
import { canonicalize } from '../../lib/text/canonicalize';
import { loadGlossary } from '../../scripts/load-glossary';
import { centreOfMention, highlightTexts, launch, readPopover, waitForHighlights, type Harness } from './harness';
import { ALL_HIGHLIGHT_NAMES } from '../../lib/page/highlight-surface';
import { marksInPage } from './marks-in-page';
import { cardBox } from './popover-dom';

// What a reader sees with Tre installed: the built extension in headless Chromium, on pages from 127.0.0.1.

let h: Harness;

beforeAll(async () => {
  h = await launch();
});

afterAll(async () => {
  await h?.close();
});

import { ARTICLE_MARKS } from '../fixtures/article-marks';

const MUST_MARK = ARTICLE_MARKS;

async function open(path: string) {
  const page = await h.context.newPage();
  await page.goto(`${h.baseUrl}/${path}`);
  return page;
}

describe('marking mentions', () => {
  it('marks the expected mentions on a Vietnamese article', async () => {
    const page = await open('article.html');
    // Longest-leftmost shows in it: "Hiệp định Pa-ri về Cam-pu-chia" is one mention, and "Hội đồng Bảo an"
    // split over two <span>s is still one.
    expect(await waitForHighlights(page, ARTICLE_MARKS.length)).toEqual(ARTICLE_MARKS);
    await page.close();
  });

  it('marks the same mentions when the page is NFD with soft hyphens and no-break spaces', async () => {
    const clean = await open('article.html');
    const want = await waitForHighlights(clean, MUST_MARK.length);
    const noisy = await open('noisy/article.html');
    const got = await waitForHighlights(noisy, want.length);
    expect(got.map(canonicalize).map((t) => t.replace(/\u00ad/g, ''))).toEqual(want.map(canonicalize));
    // The noise really is there: a highlighted range carries the soft hyphen and NFD marks.
    expect(got.some((t) => t.includes('\u00ad'))).toBe(true);
    expect(got.some((t) => t !== t.normalize('NFC'))).toBe(true);
    await clean.close();
    await noisy.close();
  });

  it('leaves inputs, textareas, editable regions, code and SVG alone', async () => {
    const page = await open('leave-alone.html');
    await waitForHighlights(page, 2);
    await page.waitForTimeout(300);
    const where = (await page.evaluate(marksInPage, { names: ALL_HIGHLIGHT_NAMES })).marks.map((m) => m.where);
    expect(where).toEqual(['marked', 'marked']);
    await page.close();
  });

  it('marks content added after load', async () => {
    const page = await open('article.html');
    const before = await waitForHighlights(page, MUST_MARK.length);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.innerHTML = 'Năm 2023, Việt Nam và Hoa Kỳ nâng cấp quan hệ; <i>Tập Cận Bình</i> thăm Việt Nam.';
      document.querySelector('article')!.append(p);
      document.getElementById('t1')!.textContent = 'Gia nhập WTO và APEC';
    });
    const after = await waitForHighlights(page, before.length + 2);
    expect(after).toContain('Tập Cận Bình');
    expect(after).toContain('APEC');
    expect(after.length).toBe(before.length + 2);
    await page.close();
  });

  it('keeps each mark on its words when the page edits the text around them', async () => {
    const page = await open('article.html');
    const before = await waitForHighlights(page, MUST_MARK.length);
    // Tre's marks do not follow the DOM by themselves (they are static ranges): the rescan of an edited
    // paragraph must put them back on their words, or they would now cover shifted letters.
    await page.evaluate(() => {
      const text = document.getElementById('p3')!.firstChild as Text;
      text.insertData(0, 'Ngay trong năm ấy, ');
      text.deleteData(text.data.indexOf('Sau đó'), 'Sau đó'.length);
    });
    await expect.poll(() => highlightTexts(page), { timeout: 5000 }).toEqual(before);
    expect(before).toEqual(expect.arrayContaining(['Hiệp định Sơ bộ', 'Hồ Chí Minh']));
    await page.close();
  });

  it('does not change the page DOM', async () => {
    const page = await open('article.html');
    await waitForHighlights(page, MUST_MARK.length);
    const same = await page.evaluate(() => document.body.innerHTML === (window as unknown as { __bodyBefore: string }).__bodyBefore);
    expect(same).toBe(true);
    expect(await page.evaluate(() => document.querySelectorAll('mark').length)).toBe(0);
    await page.close();
  });
});

describe('popover', () => {
  const glossary = loadGlossary();
  const summaryOf = (id: string) => glossary.terms.find((t) => t.id === id)!.summary.vi;

  it('opens on hover with the term explained, and closes on Escape', async () => {
    const page = await open('article.html');
    await waitForHighlights(page, MUST_MARK.length);
    // The popover's code stays off the page until a mention is hovered: the debugger lists every script
    // the tab has parsed, the content script's included.
    const cdp = await page.context().newCDPSession(page);
    const parsed: string[] = [];
    cdp.on('Debugger.scriptParsed', (e) => parsed.push(e.url));
    await cdp.send('Debugger.enable');
    expect(parsed.some((url) => url.endsWith('/content-scripts/content.js'))).toBe(true);
    expect(parsed.filter((url) => url.endsWith('/popover-ui.js'))).toEqual([]);
    const at = await centreOfMention(page, 'Hiệp định Giơ-ne-vơ');
    expect(at).not.toBeNull();
    await page.mouse.move(at!.x - 30, at!.y - 40);
    await page.mouse.move(at!.x, at!.y, { steps: 4 });
    await expect.poll(async () => (await readPopover(page))?.status, { timeout: 5000 }).toBe('ready');
    expect(parsed.filter((url) => url.endsWith('/popover-ui.js'))).toHaveLength(1);
    await cdp.detach();
    const shown = (await readPopover(page))!;
    expect(shown.open).toBe(true);
    expect(shown.text).toContain('Hiệp định Giơ-ne-vơ');
    // The hover shows the short summary first (the full one is a click away).
    expect(shown.text).toContain(shortSummary(summaryOf('hiep-dinh-gio-ne-vo-1954')));
    expect(shown.text).toContain('Đọc đầy đủ');
    expect(shown.text).toContain('21/7/1954');
    // Reading is never interrupted: the popover does not take focus.
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await readPopover(page))?.open, { timeout: 3000 }).toBe(false);
    expect(await page.evaluate(() => document.body.innerHTML === (window as unknown as { __bodyBefore: string }).__bodyBefore)).toBe(true);
    await page.close();
  });

  it('opens and pins on click, and closes on a click elsewhere', async () => {
    const page = await open('article.html');
    await waitForHighlights(page, MUST_MARK.length);
    const at = await centreOfMention(page, 'ASEAN');
    await page.mouse.click(at!.x, at!.y);
    await expect.poll(async () => (await readPopover(page))?.status, { timeout: 5000 }).toBe('ready');
    expect((await readPopover(page))!.text).toContain(shortSummary(summaryOf('asean')));
    await page.mouse.move(5, 5); // a pinned popover survives the pointer leaving
    await page.waitForTimeout(800);
    expect((await readPopover(page))!.open).toBe(true);
    await page.mouse.click(5, 5);
    await expect.poll(async () => (await readPopover(page))?.open, { timeout: 3000 }).toBe(false);
    await page.close();
  });
});

describe('privacy', () => {
  it('makes no network request of its own', async () => {
    const page = await open('article.html');
    await waitForHighlights(page, MUST_MARK.length);
    const at = await centreOfMention(page, 'ASEAN');
    await page.mouse.click(at!.x, at!.y);
    await expect.poll(async () => (await readPopover(page))?.status, { timeout: 5000 }).toBe('ready');
    // chrome-extension:// is served from inside the browser: Tre's own files, at its fixed address or at the
    // per-session one its web-accessible files are fetched from.
    const foreign = h.requests.filter((u) => !u.startsWith(h.baseUrl) && !u.startsWith('chrome-extension://'));
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('does not let a page tell that Tre is installed by fetching its files', async () => {
    const page = await open('article.html');
    await waitForHighlights(page, MUST_MARK.length);
    // Any site can try every known extension's files at their fixed address: Tre's answer only at a per-session one.
    const reachable = await page.evaluate((base) => Promise.all(['match-tables.bin', 'popover-ui.js'].map((file) =>
      fetch(base + file).then(() => true, () => false))), `chrome-extension://${h.extensionId}/`);
    expect(reachable).toEqual([false, false]);
    // Tre itself still reaches both: the page is marked (the tables) and the popover opens (its UI code).
    const at = await centreOfMention(page, 'ASEAN');
    await page.mouse.click(at!.x, at!.y);
    await expect.poll(async () => (await readPopover(page))?.status, { timeout: 5000 }).toBe('ready');
    await page.close();
  });
});

describe('odd pages', () => {
  it('marks text inside open shadow roots', async () => {
    const page = await open('shadow.html');
    await expect.poll(async () => (await highlightTexts(page)).sort(), { timeout: 5000 }).toEqual(['Hiệp định Pa-ri', 'Hiệp định Sơ bộ']);
    await page.close();
  });

  it('works under a strict Content-Security-Policy: marks, and the popover shows styled', async () => {
    const page = await open('strict/article.html');
    expect(await waitForHighlights(page, ARTICLE_MARKS.length)).toEqual(ARTICLE_MARKS);
    const at = await centreOfMention(page, 'EVFTA');
    await page.mouse.click(at!.x, at!.y);
    await expect.poll(async () => (await readPopover(page))?.status, { timeout: 5000 }).toBe('ready');
    // Styled means the shadow root's stylesheet applied: the popover has its fixed width and rounded box.
    const box = (await cardBox(page))!;
    expect(box.width).toBeGreaterThan(300);
    expect(box.width).toBeLessThanOrEqual(416);
    await page.close();
  });
});

describe('keyboard', () => {
  it('opens the popover for a selected mention with the "explain selection" command', async () => {
    const page = await open('article.html');
    await waitForHighlights(page, ARTICLE_MARKS.length);
    await page.evaluate(() => {
      const p = document.getElementById('p5')!;
      const text = p.firstChild as Text;
      const at = text.data.indexOf('Hiệp định Pa-ri');
      const r = document.createRange();
      r.setStart(text, at);
      r.setEnd(text, at + 'Hiệp định Pa-ri'.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
    });
    // The hard-wired Alt+Shift+T is gone: the page ignores it, the browser command does it (a test cannot press
    // a browser-level shortcut, so the background's own handler is called, as tests do for toggle-site).
    await page.keyboard.press('Alt+Shift+KeyT');
    await page.waitForTimeout(600);
    expect((await readPopover(page))?.open ?? false).toBe(false);
    await page.bringToFront();
    const worker = h.context.serviceWorkers()[0]!;
    expect(await worker.evaluate(() => (globalThis as unknown as { treCommand(c: string): Promise<boolean> }).treCommand('explain-selection'))).toBe(true);
    await expect.poll(async () => (await readPopover(page))?.status, { timeout: 5000 }).toBe('ready');
    expect((await readPopover(page))!.text).toContain('27/1/1973');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await readPopover(page))?.open, { timeout: 3000 }).toBe(false);
    await page.close();
  });
});

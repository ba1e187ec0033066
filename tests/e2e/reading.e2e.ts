import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { contrastRatio, over, parseColor } from '../../lib/page/contrast';
import { ALL_HIGHLIGHT_NAMES } from '../../lib/page/highlight-surface';
import { centreOfMention, highlightTexts, readPopover, useExtension, waitForHighlights } from './harness';
import { axeViolations } from './axe';
import { marksInPage } from './marks-in-page';
import { cardBox } from './popover-dom';

// Reading a news page with Tre (issue 17): marks only in the article, first mentions strong, colours that keep
// the text readable on light and dark pages, hit-testing under a device scale factor, links and the keyboard.

const ext = useExtension();

/** Where each mark is (nearest id) and its text, in document order, for the given highlight names. */
async function marksWhere(page: Page, names = ALL_HIGHLIGHT_NAMES): Promise<string[]> {
  return (await page.evaluate(marksInPage, { names })).marks.map((m) => `${m.where}:${m.text}`);
}

async function setSettings(change: Record<string, unknown>): Promise<void> {
  await ext.worker.evaluate(async (change) => {
    const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, object>>; set(v: object): Promise<void> } } } }).chrome;
    const { settings } = await c.storage.local.get('settings');
    await c.storage.local.set({ settings: { ...(settings ?? {}), ...change } });
  }, change);
}

async function openNews(query = ''): Promise<Page> {
  const page = await ext.h.context.newPage();
  await page.goto(`${ext.h.baseUrl}/news.html${query}`);
  await waitForHighlights(page, 5);
  await page.bringToFront();
  return page;
}

/** Mentions in the article of tests/fixtures/pages/news.html, in reading order. */
const ARTICLE = [
  'headline:ASEAN', 'lead:ASEAN', 'a1:ASEAN', 'a1:Liên hợp quốc', 'a2:Hiệp định Giơ-ne-vơ', 'linked:Hiệp định Pa-ri',
  'a3:Việt Nam gia nhập WTO', 'a3:EVFTA', 'a3:ASEAN', 'a4:ASEAN', 'a4:Hội đồng Bảo an Liên hợp quốc',
];

describe('marks on a news page', () => {
  it('marks only the article by default, each term\'s first mention strongly; "mark everywhere" brings the rest back', async () => {
    const page = await openNews();
    expect(await marksWhere(page)).toEqual(ARTICLE);
    // First mentions in the strong highlight, later ones (ASEAN again and again) in the light one.
    expect(await marksWhere(page, ['tre-term'])).toEqual(ARTICLE.filter((m, i) => !ARTICLE.slice(0, i).some((x) => x.split(':')[1] === m.split(':')[1])));
    expect(await marksWhere(page, ['tre-term-light'])).toEqual(['lead:ASEAN', 'a1:ASEAN', 'a3:ASEAN', 'a4:ASEAN']);
    const mainOnly = (await highlightTexts(page)).length;

    await setSettings({ markEverywhere: true, mentionMarking: 'every' });
    await expect.poll(async () => (await highlightTexts(page)).length).toBeGreaterThan(mainOnly);
    const everywhere = await marksWhere(page);
    // Menu, caption, related list, sidebar and footer are marked again, as before issue 17.
    for (const where of ['menu', 'caption', 'related', 'sidebar', 'site-footer']) {
      expect(everywhere.some((m) => m.startsWith(`${where}:`)), where).toBe(true);
    }
    expect(await marksWhere(page, ['tre-term-light'])).toEqual([]);
    console.log(`news.html marks: ${everywhere.length} everywhere with every mention strong (before), ${mainOnly} by default now (${ARTICLE.length - 4} strong, 4 light)`);
  });

  it('keeps the article text readable under a strong mark, on a light page and a dark one (computed highlight styles)', async () => {
    for (const [query, name, ground] of [['', 'tre-term', 'rgb(255, 255, 255)'], ['?dark', 'tre-term-on-dark', 'rgb(18, 18, 18)']] as const) {
      const page = await openNews(query);
      await expect.poll(() => page.evaluate((n) => CSS.highlights.has(n), name)).toBe(true);
      const style = await page.evaluate((n) => {
        const el = document.querySelector('#a1')!;
        const s = getComputedStyle(el, `::highlight(${n})`);
        return { text: getComputedStyle(el).color, page: getComputedStyle(document.body).backgroundColor, bg: s.backgroundColor, line: s.textDecorationLine, lineStyle: s.textDecorationStyle, lineColour: s.textDecorationColor, colour: s.color };
      }, name);
      expect(style.page).toBe(ground);
      expect(style.line).toBe('underline');
      expect(style.lineStyle).toBe('dotted'); // never a link's solid underline
      const text = parseColor(style.text)!;
      const pageBg = parseColor(style.page)!;
      const under = over(parseColor(style.bg)!, pageBg);
      expect(contrastRatio(text, pageBg)).toBeGreaterThanOrEqual(7);
      expect(contrastRatio(text, under), `${name} text`).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(under, pageBg), `${name} visible`).toBeGreaterThanOrEqual(1.25);
      expect(contrastRatio(over(parseColor(style.lineColour)!, pageBg), pageBg), `${name} underline`).toBeGreaterThanOrEqual(3);
      // The light look of later mentions has no tint: the text keeps exactly its own contrast.
      const light = await page.evaluate((n) => getComputedStyle(document.querySelector('#a1')!, `::highlight(${n})`).backgroundColor, name.replace('tre-term', 'tre-term-light'));
      expect(parseColor(light)?.a ?? 0).toBe(0);
      await page.close();
    }
  });

  it('drops the tint of a strong mark where it would take readable text below 4.5:1, keeping its strong underline', async () => {
    const page = await openNews();
    // A grey standfirst (#707070 on white: 4.95:1) and a body paragraph, each naming a term new to the article.
    await page.evaluate(() => {
      const a4 = document.querySelector('#a4')!;
      a4.insertAdjacentHTML('afterend', '<p id="grey" style="color:#707070">Việt Nam là thành viên APEC.</p><p id="plain">Việt Nam gia nhập ASEM.</p>');
    });
    await expect.poll(() => marksWhere(page, ['tre-term-underline'])).toEqual(['grey:APEC']);
    expect(await marksWhere(page, ['tre-term'])).toContain('plain:ASEM');
    expect(await marksWhere(page, ['tre-term'])).not.toContain('grey:APEC');
    const looks = await page.evaluate(() => {
      const grey = document.querySelector('#grey')!;
      const s = getComputedStyle(grey, '::highlight(tre-term-underline)');
      return { text: getComputedStyle(grey).color, bg: s.backgroundColor, line: s.textDecorationLine, style: s.textDecorationStyle };
    });
    const white = parseColor('#ffffff')!;
    expect(contrastRatio(parseColor(looks.text)!, white)).toBeGreaterThanOrEqual(4.5);
    // No tint over the grey text: it keeps exactly its own contrast, and the mark is still a dotted underline.
    expect(parseColor(looks.bg)?.a ?? 0).toBe(0);
    expect([looks.line, looks.style]).toEqual(['underline', 'dotted']);
    await page.close();
  });

  it('marks a person\'s short name only after the full name on the same page (matched in the background, one memory per page)', async () => {
    const page = await openNews();
    await page.evaluate(() => document.querySelector('#a4')!.insertAdjacentHTML('afterend',
      '<p id="short1">Ông Trọng chưa được nêu tên đầy đủ ở đây.</p><p id="full">Tổng Bí thư Nguyễn Phú Trọng tiếp đoàn.</p><p id="short2">Sau đó ông Trọng phát biểu.</p>'));
    await expect.poll(() => marksWhere(page)).toContain('short2:Trọng');
    const marks = await marksWhere(page);
    expect(marks).toContain('full:Nguyễn Phú Trọng');
    // Before the full name, the page had named nobody of that name.
    expect(marks.filter((m) => m.startsWith('short1:'))).toEqual([]);
    await page.close();
  });

  it('finds the mention under the pointer with an emulated device scale factor of 2 (caret fallback)', async () => {
    const page = await openNews();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1100, height: 800, deviceScaleFactor: 2, mobile: false });
    // highlightsFromPoint() returns nothing at this scale: without a fallback, hovering would open nothing.
    const at = (await centreOfMention(page, 'EVFTA'))!;
    const fromPoint = await page.evaluate(({ x, y }) => (CSS.highlights as unknown as { highlightsFromPoint?(x: number, y: number): unknown[] }).highlightsFromPoint?.(x, y).length ?? -1, at);
    console.log(`highlightsFromPoint at a mark under deviceScaleFactor 2: ${fromPoint} hit(s)`);
    await page.mouse.move(at.x, at.y);
    await expect.poll(async () => (await readPopover(page))?.status, { timeout: 5000 }).toBe('ready');
    expect((await readPopover(page))!.text).toContain('EVFTA');
    await cdp.detach();
  });
});

/** What the background does on a command (a test cannot press a browser-level shortcut). */
function command(name: 'next-mention' | 'previous-mention' | 'explain-selection'): Promise<unknown> {
  return ext.worker.evaluate((c) => (globalThis as unknown as { treCommand(c: string): Promise<unknown> }).treCommand(c), name);
}

/** The flashed mention: where it is and its text. */
async function flashed(page: Page): Promise<string | null> {
  const m = (await page.evaluate(marksInPage, { names: ['tre-flash'] })).marks[0];
  return m ? `${m.where}:${m.text}` : null;
}

/** The role and name of what has focus, read from the accessibility tree (it reaches into closed shadow roots). */
async function focusedControl(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const focused = nodes.filter((n) => n.properties?.some((p) => p.name === 'focused' && p.value.value === true));
    const n = focused.at(-1);
    return n ? `${n.role?.value}: ${n.name?.value ?? ''}` : '';
  } finally {
    await cdp.detach();
  }
}

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.localName);

describe('keyboard access to every mention', () => {
  it('walks the mentions in reading order with next / previous, opening each card with focus in it; Escape gives focus back', async () => {
    const page = await openNews();
    // Room for a whole card above or below a centred mention: this test is about where the card is anchored
    // (after the scroll); how a card that fits on neither side is placed is the popover's own layout.
    await page.setViewportSize({ width: 1100, height: 1000 });
    await page.focus('#before');
    const visited: string[] = [];
    for (let i = 0; i < ARTICLE.length; i++) {
      const step = (await command('next-mention')) as { index: number; count: number };
      expect(step).toEqual({ index: i, count: ARTICLE.length });
      await expect.poll(() => flashed(page)).toBe(ARTICLE[i]);
      visited.push((await flashed(page))!);
      await expect.poll(async () => (await readPopover(page))?.status, { timeout: 5000 }).toBe('ready');
      // The card took focus (it lives in Tre's own element, outside the page's Tab order).
      await expect.poll(() => activeId(page)).toBe('tre-popover');
      // Placed once the scroll settled: beside the mention, never over it (nor where it was before the scroll).
      // (Polled: the previous card stays open until this one is placed.)
      const placement = async () => {
        const card = (await cardBox(page))!;
        const b = (await page.evaluate(marksInPage, { names: ALL_HIGHLIGHT_NAMES })).marks[i]!.box!;
        const mention = { top: b.y, bottom: b.y + b.height, left: b.x, right: b.x + b.width };
        const overlaps = card.left < mention.right && card.right > mention.left && card.top < mention.bottom && card.bottom > mention.top;
        const gap = Math.min(Math.abs(card.top - mention.bottom), Math.abs(mention.top - card.bottom));
        return overlaps ? 'over the mention' : gap > 40 ? `${Math.round(gap)} px away` : 'beside';
      };
      await expect.poll(placement, { message: ARTICLE[i], timeout: 5000 }).toBe('beside');
    }
    expect(visited).toEqual(ARTICLE);
    // The walk wraps round; previous goes back the same way.
    await command('next-mention');
    await expect.poll(() => flashed(page)).toBe(ARTICLE[0]);
    await command('previous-mention');
    await expect.poll(() => flashed(page)).toBe(ARTICLE[ARTICLE.length - 1]);
    await expect.poll(async () => (await readPopover(page))?.text ?? '').toContain('Hội đồng Bảo an');
    await command('previous-mention');
    await expect.poll(() => flashed(page)).toBe(ARTICLE[ARTICLE.length - 2]);
    await expect.poll(async () => (await readPopover(page))?.text ?? '').toContain('Đông Nam Á');

    // The card itself has focus (named for screen readers); Tab reaches its controls, not the page's next link.
    expect(await focusedControl(page)).toMatch(/^dialog: /);
    await page.keyboard.press('Tab');
    expect(await activeId(page)).toBe('tre-popover');
    expect(await focusedControl(page)).toMatch(/^(button|link): ./);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await readPopover(page))?.open).toBe(false);
    expect(await activeId(page)).toBe('before');
  });

  it('leaves focus on the page when the card opens from the mouse', async () => {
    const page = await openNews();
    await page.focus('#before');
    const at = (await centreOfMention(page, 'EVFTA'))!;
    await page.mouse.move(at.x, at.y);
    await expect.poll(async () => (await readPopover(page))?.status, { timeout: 5000 }).toBe('ready');
    expect(await activeId(page)).toBe('before');
  });
});

describe('a mark inside a link', () => {
  it('shows its card on hover, follows the link on click (no card), opens the card instead on Alt-click or from the keyboard', async () => {
    const page = await openNews();
    // An in-page link, so that what the click did can be seen on the same page.
    await page.evaluate(() => document.getElementById('linked')!.setAttribute('href', '#followed'));
    await waitForHighlights(page, ARTICLE.length);
    const centre = async () => (await centreOfMention(page, 'Hiệp định Pa-ri'))!;
    let at = await centre();
    await page.mouse.move(at.x, at.y);
    await expect.poll(async () => (await readPopover(page))?.status, { timeout: 5000 }).toBe('ready');
    expect((await readPopover(page))!.text).toContain('Pa-ri');

    // Away and back (the hover card may cover the line: the click must reach the page's link, not the card).
    await page.mouse.move(5, 5);
    await expect.poll(async () => (await readPopover(page))?.open).toBe(false);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#followed');
    await page.waitForTimeout(500);
    expect((await readPopover(page))?.open).toBe(false); // never both

    await page.evaluate(() => history.replaceState(null, '', location.pathname));
    await page.mouse.move(5, 5);
    at = await centre();
    await page.keyboard.down('Alt');
    await page.mouse.click(at.x, at.y);
    await page.keyboard.up('Alt');
    await expect.poll(async () => (await readPopover(page))?.status, { timeout: 5000 }).toBe('ready');
    expect(await page.evaluate(() => location.hash)).toBe(''); // the link was not followed
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await readPopover(page))?.open).toBe(false);

    // From the keyboard: the link focused and its text selected, "explain selection" opens the card.
    await page.evaluate(() => {
      const a = document.getElementById('linked')!;
      a.focus();
      const r = document.createRange();
      r.selectNodeContents(a);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
    });
    expect(await command('explain-selection')).toBe(true);
    await expect.poll(async () => (await readPopover(page))?.status, { timeout: 5000 }).toBe('ready');
    expect(await page.evaluate(() => location.hash)).toBe('');
    await page.keyboard.press('Escape');
    await expect.poll(() => activeId(page)).toBe('linked');
  });

  it('navigates to the link\'s page on a plain click', async () => {
    const page = await openNews();
    const at = (await centreOfMention(page, 'Hiệp định Pa-ri'))!;
    await Promise.all([page.waitForURL(/\/article\.html$/), page.mouse.click(at.x, at.y)]);
  });
});

describe('the options page', () => {
  it('lists the real commands with their keys, previews the marks and has no accessibility violations, in either language and theme', async () => {
    for (const [lang, theme] of [['vi', 'light'], ['en', 'dark']] as const) {
      await setSettings({ uiLanguage: lang, theme });
      const options = await ext.extensionPage('options.html');
      await options.locator('.tre-shortcuts').waitFor();
      const rows = options.locator('.tre-shortcuts tr');
      // Chrome reports the keys it really bound (it drops a suggested key it refuses, as it did Alt+Shift+N).
      await expect.poll(() => rows.first().textContent()).toMatch(/Alt\+Shift\+\.$/);
      expect(await rows.nth(1).textContent()).toMatch(/Alt\+Shift\+,$/);
      expect(await rows.nth(2).textContent()).toMatch(/Alt\+Shift\+L$/);
      expect(await rows.nth(3).textContent()).toMatch(/Alt\+Shift\+H$/);
      // Chrome gives no default to the two commands past its four: listed, and bindable on its page.
      expect(await rows.nth(4).textContent()).toMatch(lang === 'vi' ? /chưa đặt$/ : /not set$/);
      await expect.poll(() => options.locator('.tre-about dd').nth(1).textContent()).toMatch(/^\d[\d.,]*$/);
      expect(await options.locator('.tre-preview mark').count()).toBe(3);
      expect(await axeViolations(options), `${lang} ${theme}`).toEqual([]);
      await options.close();
    }
  });

  it('opens the browser\'s shortcut settings', async () => {
    const options = await ext.extensionPage('options.html');
    const opened = ext.h.context.waitForEvent('page', { timeout: 5000 }).catch(() => null);
    await options.getByRole('button', { name: 'Mở trang phím tắt của trình duyệt' }).click();
    const page = await opened;
    // chrome://extensions/shortcuts, opened with tabs.create (no permission needed).
    expect(page?.url()).toMatch(/^chrome:\/\/extensions\/shortcuts/);
  });
});

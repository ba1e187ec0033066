import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LOOKUP_QUERIES } from '../fixtures/lookup-queries';
import { highlightTexts, useExtension, waitForHighlights } from './harness';
import { evaluateInTarget } from './extension-target';
import { decodePng, greenTintedPixels } from './png';
import { marksInPage } from './marks-in-page';

// The second job, as a reader does it: the toolbar popup's lookup, its switches acting on an open page, the
// options page, and the context-menu lookup — the built extension in headless Chromium.

// The worker's chrome.* as far as these tests use it (the project does not depend on @types/chrome).
declare const chrome: {
  storage: { local: { clear(): Promise<void>; set(items: object): Promise<void>; get(key: string): Promise<{ settings: { disabledSites: string[] } }> } };
  tabs: { query(query: object): Promise<{ id?: number }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
};

const ext = useExtension();
const extensionPage = (path: string) => ext.extensionPage(path);
const openArticle = () => ext.openFixture();

const firstResult = (popup: Page) => popup.locator('[role="option"]').first().getAttribute('data-term');

describe('the toolbar popup', () => {
  it('has focus in the search box on open and finds each query of the table first', async () => {
    const popup = await extensionPage('popup.html');
    const box = popup.getByRole('combobox');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('tre-lookup-box');
    for (const [query, firstId] of LOOKUP_QUERIES) {
      await box.fill('');
      await box.pressSequentially(query); // one input event per character, as typed
      await expect.poll(() => firstResult(popup), { message: query }).toBe(firstId);
    }
  });

  it('moves through results with the arrow keys, opens the full card on Enter and goes back on Escape', async () => {
    const popup = await extensionPage('popup.html');
    const box = popup.getByRole('combobox');
    await box.pressSequentially('hiep dinh pa');
    const active = () => popup.locator('[role="option"][aria-selected="true"]').getAttribute('data-term');
    await expect.poll(active).toBe('hiep-dinh-pa-ri-1973');
    await box.press('ArrowDown');
    expect(await active()).toBe('hiep-dinh-pa-ri-ve-cam-pu-chia-1991');
    expect(await box.getAttribute('aria-activedescendant')).toBe('tre-lookup-result-1');
    await box.press('ArrowUp');
    expect(await active()).toBe('hiep-dinh-pa-ri-1973');
    await box.press('Enter');

    // The full card: name, type, dates, summary, other names, related terms as links, sources.
    await expect.poll(() => popup.locator('h2.tre-name').textContent()).toBe('Hiệp định Pa-ri');
    const card = await popup.locator('.tre-lookup-card').innerText();
    expect(card).toContain('Hiệp định – điều ước');
    expect(card).toContain('27/1/1973');
    expect(card).toContain('Paris Peace Accords');
    expect(await popup.locator('.tre-sources h3').textContent()).toBe('Nguồn');
    expect(await popup.locator('.tre-sources li').count()).toBeGreaterThan(0);
    // The card's actions: save it, see it on the timeline.
    expect(await popup.locator('.tre-card-actions button').allTextContents()).toEqual(['Lưu', 'Xem trên dòng thời gian']);

    const related = popup.locator('.tre-related button').first();
    const relatedName = await related.textContent();
    await related.click();
    await expect.poll(() => popup.locator('h2.tre-name').textContent()).toBe(relatedName);
    await popup.keyboard.press('Escape');
    await expect.poll(() => popup.locator('h2.tre-name').textContent()).toBe('Hiệp định Pa-ri');
    await popup.keyboard.press('Escape');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('tre-lookup-box');
    expect(await box.inputValue()).toBe('hiep dinh pa');
  });

  it('says how many terms the tab mentions, and its site switch turns the marks off and on without a reload', async () => {
    const { article, tabId } = await openArticle();
    const marked = await highlightTexts(article);
    const popup = await extensionPage(`popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('.tre-page-count').textContent()).toMatch(/^Trang này nhắc đến \d+ thuật ngữ$/);
    const count = Number((await popup.locator('.tre-page-count').getAttribute('data-count')) ?? 0);
    expect(count).toBeGreaterThan(10);
    expect(count).toBeLessThanOrEqual(marked.length);

    const siteSwitch = popup.getByRole('switch', { name: 'Đánh dấu trên 127.0.0.1' });
    expect(await siteSwitch.isChecked()).toBe(true);
    await siteSwitch.uncheck();
    await expect.poll(() => highlightTexts(article)).toEqual([]);
    expect(await article.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('tre-')))).toEqual([]);
    await siteSwitch.check();
    await expect.poll(() => highlightTexts(article)).toEqual(marked);

    // The global switch too, and the site switch waits for it.
    const globalSwitch = popup.getByRole('switch', { name: 'Đánh dấu trên mọi trang' });
    await globalSwitch.uncheck();
    await expect.poll(() => highlightTexts(article)).toEqual([]);
    expect(await siteSwitch.isDisabled()).toBe(true);
    await globalSwitch.check();
    await expect.poll(() => highlightTexts(article)).toEqual(marked);
  });

  it('leaves a switched-off site unscanned, and marks it and counts once switched on', async () => {
    await ext.worker.evaluate(() => chrome.storage.local.set({ settings: { disabledSites: ['127.0.0.1'] } }));
    const article = await ext.h.context.newPage();
    await article.goto(`${ext.h.baseUrl}/article.html`);
    await article.waitForTimeout(500);
    expect(await highlightTexts(article)).toEqual([]);
    await article.bringToFront();
    const tabId = await ext.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
    const popup = await extensionPage(`popup.html?tab=${tabId}`);
    const siteSwitch = popup.getByRole('switch', { name: 'Đánh dấu trên 127.0.0.1' });
    await expect.poll(() => siteSwitch.isChecked()).toBe(false);
    expect(await popup.locator('.tre-page-count').textContent()).toBe(''); // not scanned, so no count to give
    await siteSwitch.check();
    expect((await waitForHighlights(article, 20)).length).toBeGreaterThan(20);
    await expect.poll(() => popup.locator('.tre-page-count').textContent()).toMatch(/^Trang này nhắc đến \d+ thuật ngữ$/);
  });

  it('switches the site with the keyboard command', async () => {
    const { article } = await openArticle();
    const marked = await highlightTexts(article);
    // What the toggle-site command does (a test cannot press a browser-level shortcut).
    await ext.worker.evaluate(() => (globalThis as unknown as { treToggleSite: () => Promise<void> }).treToggleSite());
    await expect.poll(() => highlightTexts(article)).toEqual([]);
    expect(await ext.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings.disabledSites)).toEqual(['127.0.0.1']);
    await ext.worker.evaluate(() => (globalThis as unknown as { treToggleSite: () => Promise<void> }).treToggleSite());
    await expect.poll(() => highlightTexts(article)).toEqual(marked);
  });
});

describe('the options page', () => {
  /** How many pixels of Tre's tint sit behind the first mention of a term. */
  async function tintBehind(article: Page, text: string): Promise<number> {
    const names = ['tre-term', 'tre-term-underline', 'tre-term-light', 'tre-term-light-underline'];
    const { box } = await article.evaluate(marksInPage, { names, scrollTo: { text, nth: 0 } });
    return greenTintedPixels(decodePng(await article.screenshot({ clip: box! })));
  }

  it('applies a new highlight style to an open page at once', async () => {
    const { article } = await openArticle();
    const before = await tintBehind(article, 'Hiệp định Sơ bộ');
    expect(before).toBeGreaterThan(100); // a tinted background

    const options = await extensionPage('options.html');
    await options.getByRole('radio', { name: 'Gạch chân' }).check();
    // The tinted name leaves the registry (the underline name is there in both styles: in the tinted one it
    // holds the strong marks whose tint would make grey text unreadable, lib/page/tint-guard.ts).
    await expect.poll(() => article.evaluate(() => CSS.highlights.has('tre-term'))).toBe(false);
    expect(await article.evaluate(() => CSS.highlights.get('tre-term-underline')?.size ?? 0)).toBeGreaterThan(0);
    await article.bringToFront();
    expect(await tintBehind(article, 'Hiệp định Sơ bộ')).toBeLessThan(before / 10); // only a line under it now

    await options.getByRole('radio', { name: 'Tô nền' }).check();
    await expect.poll(() => article.evaluate(() => CSS.highlights.has('tre-term'))).toBe(true);
  });

  it('marks only first mentions strongly, and only the chosen term types', async () => {
    const { article, tabId } = await openArticle();
    const options = await extensionPage('options.html');
    await options.getByRole('radio', { name: 'Lần đầu đậm, các lần sau nhạt' }).check();
    const light = () => highlightTexts(article, ['tre-term-light']);
    // Later mentions of a term already met, under whatever name: Nguyễn Ái Quốc again and then Hồ Chí Minh
    // (one person), Hiệp định Genève after Hiệp định Giơ-ne-vơ, LHQ after Liên hợp quốc, Hội đồng Bảo an after
    // Hội đồng Bảo an Liên hợp quốc, EVFTA right after its full name.
    await expect.poll(async () => (await light()).sort()).toEqual(
      ['EVFTA', 'Hiệp định Genève', 'Hồ Chí Minh', 'Hội đồng Bảo an', 'LHQ', 'Nguyễn Ái Quốc'],
    );
    expect(await highlightTexts(article, ['tre-term'])).not.toContain('LHQ');

    // Every mark, strong or light.
    const marked = () => highlightTexts(article, ['tre-term', 'tre-term-light']);
    const people = ['Phan Châu Trinh', 'Nguyễn Ái Quốc', 'Hồ Chí Minh'];
    expect(await marked()).toEqual(expect.arrayContaining(people));
    // The badge counts the marks on the page, of the chosen types only.
    const badge = () => ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    await expect.poll(badge).toBe(String((await marked()).length));
    const withPeople = Number(await badge());
    await options.getByRole('checkbox', { name: 'Nhân vật' }).uncheck();
    // The page is matched again in the background: wait for its answer (people gone, the rest back), not for
    // the moment in between when nothing is marked yet.
    await expect.poll(async () => {
      const now = await marked();
      return { people: now.filter((t) => people.includes(t)), treaty: now.includes('Hiệp định Sơ bộ') };
    }).toEqual({ people: [], treaty: true });
    await expect.poll(badge).toBe(String((await marked()).length));
    expect(Number(await badge())).toBeLessThan(withPeople);
    await options.getByRole('checkbox', { name: 'Nhân vật' }).check();
    await expect.poll(marked).toEqual(expect.arrayContaining(people));
  });

  it('speaks English when asked, and every control has a name', async () => {
    const options = await extensionPage('options.html');
    await options.getByRole('radio', { name: 'English' }).check();
    await expect.poll(() => options.locator('h1').textContent()).toBe('Tre settings');
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('en');
    const unnamed = await options.evaluate(() =>
      [...document.querySelectorAll('input, button')].filter((el) => !(el as HTMLInputElement).labels?.length && !el.textContent?.trim()).length,
    );
    expect(unnamed).toBe(0);
  });
});

describe('the context menu', () => {
  it('opens the lookup popup with the selected text', async () => {
    const { article } = await openArticle();
    // A real popup is not under Playwright's locale emulation: it would follow the headless browser's own
    // language. The reader's choice of language decides instead (partial settings are completed on read).
    await ext.worker.evaluate(() => chrome.storage.local.set({ settings: { uiLanguage: 'vi' } }));
    // What choosing "Tra cứu “LHQ” trong Tre" does (a test cannot click a browser context menu).
    await ext.worker.evaluate(() =>
      (globalThis as unknown as { treLookUpSelection: (s: string) => void }).treLookUpSelection('  LHQ\n'));
    // The popup is open (Chromium lets openPopup() open it), searching for the selection, about this tab.
    const read = () => evaluateInTarget(article, '/popup.html', `(() => ({
      query: document.querySelector('[role=combobox]')?.value,
      first: document.querySelector('[role=option]')?.dataset.term,
      count: document.querySelector('.tre-page-count')?.textContent,
    }))()`);
    await expect.poll(read, { timeout: 10_000 }).toEqual({
      query: 'LHQ',
      first: 'lien-hop-quoc',
      count: expect.stringMatching(/^Trang này nhắc đến \d+ thuật ngữ$/),
    });
    await evaluateInTarget(article, '/popup.html', 'window.close()');

    // The query was handed over once: a popup opened afterwards starts empty.
    const later = await extensionPage('popup.html');
    await expect.poll(() => later.evaluate(() => document.activeElement?.id)).toBe('tre-lookup-box');
    expect(await later.getByRole('combobox').inputValue()).toBe('');
  });
});

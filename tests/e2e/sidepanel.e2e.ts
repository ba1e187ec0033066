import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { compileGlossaryIndex } from '../../lib/glossary/compile';
import { Matcher } from '../../lib/match/matcher';
import { loadGlossary } from '../../scripts/load-glossary';
import { axeViolations } from './axe';
import { centreOfMention, highlightTexts, readPopover, useExtension, waitForHighlights } from './harness';
import { marksInPage } from './marks-in-page';
import { clickPopoverButton } from './popover-buttons';

// The side panel (sidepanel.html) as a reader uses it, opened as a tab beside a fixture page (a test cannot
// open Chrome's side panel itself: that needs a click on the browser's own UI): the timeline and its filters,
// the terms of the page in the other tab, walking through their mentions, and the ways in from other surfaces.

const ext = useExtension();
const glossary = loadGlossary();
const matcher = Matcher.fromIndex(compileGlossaryIndex(glossary));
const openArticle = (path?: string) => ext.openFixture(path, path === 'leave-alone.html' ? 1 : 20);

async function openPanel(query = ''): Promise<Page> {
  const panel = await ext.h.context.newPage();
  await panel.setViewportSize({ width: 400, height: 800 });
  await panel.goto(`chrome-extension://${ext.h.extensionId}/sidepanel.html${query}`);
  await panel.getByRole('tablist').waitFor();
  return panel;
}

/** What the page marks, as the side panel should list it: each term's id and count, in first-mention order. */
async function expectedPageTerms(article: Page): Promise<{ id: string; count: number }[]> {
  const texts = await highlightTexts(article);
  const counts = new Map<string, number>();
  for (const text of texts) {
    const id = matcher.findMatches(text)[0]?.id ?? `?${text}`;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts].map(([id, count]) => ({ id, count }));
}

/** The side panel's "On this page" list: each button's term and its count, in the panel's order. */
async function listedPageTerms(panel: Page): Promise<{ id: string; count: number }[]> {
  return panel.$$eval('.tre-page-term', (buttons) => buttons.map((b) => ({
    id: (b as HTMLElement).dataset.term!,
    count: Number((b.querySelector('.tre-page-term-count')?.textContent ?? '').replace(/\D/g, '')),
  })));
}

const eventIds = (panel: Page) => panel.$$eval('.tre-event', (items) => items.map((i) => (i as HTMLElement).dataset.event!));

describe('the side panel', () => {
  it('shows the whole timeline under its eras, and its filters narrow it to the right events', async () => {
    const panel = await openPanel();
    const all = await eventIds(panel);
    expect(all.length).toBe(glossary.events.length);
    expect(await panel.locator('.tre-era').count()).toBe(new Set(glossary.events.map((e) => e.era)).size);
    // The turning points are emphasised, the rest shown all the same.
    expect(await panel.locator('.tre-event-major').count()).toBe(glossary.events.filter((e) => e.major).length);

    await panel.getByLabel('Giai đoạn').selectOption('1945-1954');
    const era = await eventIds(panel);
    expect(era.sort()).toEqual(glossary.events.filter((e) => e.era === '1945-1954').map((e) => e.id).sort());

    // Diacritic-free search for a term's name finds that term's events within the era.
    await panel.getByRole('searchbox').fill('hiep dinh so bo');
    const found = await eventIds(panel);
    expect(found.length).toBeGreaterThan(0);
    for (const id of found) expect(glossary.events.find((e) => e.id === id)!.terms).toContain('hiep-dinh-so-bo-1946');

    await panel.getByRole('button', { name: 'Bỏ lọc' }).click();
    expect((await eventIds(panel)).length).toBe(glossary.events.length);
  });

  it("lists the page's terms with their counts exactly as the page marks them, and follows a navigation", async () => {
    const { article } = await openArticle();
    const panel = await openPanel();
    await panel.getByRole('tab', { name: 'Trên trang này' }).click();
    await panel.locator('.tre-page-term').first().waitFor();
    const expected = await expectedPageTerms(article);
    const listed = await listedPageTerms(panel);
    expect([...listed].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...expected].sort((a, b) => a.id.localeCompare(b.id)));
    // Within each type, in the order the page first mentions them.
    const order = expected.map((e) => e.id);
    const groups = await panel.$$eval('.tre-page-type', (sections) =>
      sections.map((s) => [...s.querySelectorAll<HTMLElement>('.tre-page-term')].map((b) => b.dataset.term!)));
    for (const group of groups) expect(group).toEqual([...group].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    // This page's own history: the events of its terms.
    expect(await panel.locator('.tre-page-event').count()).toBeGreaterThan(3);

    // The tab goes to another page: the list follows.
    await article.goto(`${ext.h.baseUrl}/leave-alone.html`);
    await waitForHighlights(article, 1);
    const next = await expectedPageTerms(article);
    await expect.poll(async () => (await listedPageTerms(panel)).map((t) => t.id).sort()).toEqual(next.map((t) => t.id).sort());
  });

  it('follows a switch to another tab', async () => {
    const first = await openArticle();
    const panel = await openPanel();
    await panel.getByRole('tab', { name: 'Trên trang này' }).click();
    await panel.locator('.tre-page-term').first().waitFor();
    const before = (await listedPageTerms(panel)).map((t) => t.id);
    const second = await openArticle('leave-alone.html');
    expect(second.tabId).not.toBe(first.tabId);
    await expect.poll(async () => (await listedPageTerms(panel)).map((t) => t.id).join()).not.toBe(before.join());
    await first.article.bringToFront();
    await expect.poll(async () => (await listedPageTerms(panel)).map((t) => t.id).join()).toBe(before.join());
  });

  it("scrolls the page to a term's mention and flashes it, and the next choice moves to its next mention", async () => {
    const { article } = await openArticle();
    const panel = await openPanel();
    await panel.getByRole('tab', { name: 'Trên trang này' }).click();
    const button = panel.locator('.tre-page-term[data-term="ho-chi-minh"]');
    await button.waitFor();
    const flashed = () => article.evaluate(marksInPage, { names: ['tre-flash'] });
    await button.click();
    await expect.poll(async () => (await flashed()).marks.map((m) => m.text)).toEqual(['Nguyễn Ái Quốc']);
    const first = (await flashed()).marks[0]!;
    // In view: the page scrolled to it.
    expect(first.box!.y).toBeGreaterThanOrEqual(0);
    expect(first.box!.y).toBeLessThan(800);
    await expect.poll(() => panel.getByRole('status').textContent()).toMatch(/1\/3/);
    await button.click();
    await expect.poll(async () => (await flashed()).marks[0]?.where).not.toBe(first.where);
    await expect.poll(() => panel.getByRole('status').textContent()).toMatch(/2\/3/);
    await button.click();
    await button.click(); // round again: back to the first
    await expect.poll(() => panel.getByRole('status').textContent()).toMatch(/1\/3/);
  });

  it("opens at a term (?term=ID) on its card and marks its events; Escape goes back; the state survives reopening", async () => {
    const panel = await openPanel('?term=hiep-dinh-gio-ne-vo-1954');
    await panel.getByRole('heading', { level: 2, name: 'Hiệp định Giơ-ne-vơ' }).waitFor();
    const marked = await panel.$$eval('.tre-event-highlighted', (items) => items.map((i) => (i as HTMLElement).dataset.event!));
    expect(marked.sort()).toEqual(glossary.events.filter((e) => e.terms.includes('hiep-dinh-gio-ne-vo-1954')).map((e) => e.id).sort());
    await panel.keyboard.press('Escape');
    await expect.poll(() => panel.locator('.tre-term-focus').count()).toBe(0);

    await panel.getByLabel('Bài học').selectOption('13');
    await panel.evaluate(() => window.scrollTo(0, 600));
    await panel.waitForTimeout(500); // the place is remembered once the scrolling stops
    await panel.close();
    const again = await openPanel();
    await expect.poll(() => again.getByLabel('Bài học').inputValue()).toBe('13');
    await expect.poll(() => again.evaluate(() => Math.round(window.scrollY))).toBe(600);
  });

  it("lands on a term's events from the popover's link and from the popup's card", async () => {
    const { article } = await openArticle();
    const at = await centreOfMention(article, 'Hiệp định Sơ bộ');
    await article.mouse.click(at!.x, at!.y);
    await expect.poll(async () => (await readPopover(article))?.status).toBe('ready');
    await clickPopoverButton(article, 'Xem trên dòng thời gian');
    // Chrome opens its own side panel (the click's gesture travels with the content script's message). The test
    // cannot read inside it, but Chrome tells the extension which page it shows: the panel sets `?term=ID` in
    // its address once that term's card and events are shown (the same page in a tab is tested above).
    const panelAt = (term: string) => `chrome-extension://${ext.h.extensionId}/sidepanel.html?term=${term}`;
    await expect.poll(sidePanels, { timeout: 10_000 }).toEqual([panelAt('hiep-dinh-so-bo-1946')]);

    const popup = await ext.h.context.newPage();
    await popup.goto(`chrome-extension://${ext.h.extensionId}/popup.html`);
    await popup.getByRole('combobox').fill('evfta');
    await popup.keyboard.press('Enter');
    await popup.getByRole('button', { name: 'Xem trên dòng thời gian' }).click();
    // The panel already open moves to the new term; no second panel, no tab.
    await expect.poll(sidePanels, { timeout: 10_000 }).toEqual([panelAt('evfta')]);
    expect(ext.h.context.pages().filter((p) => p.url().includes('sidepanel.html'))).toEqual([]);
  });

  it('opens from the context menu and the keyboard command, searching the timeline for the selection', async () => {
    await openArticle();
    // No browser API lets a test choose a menu item or press a browser shortcut: the background's own handler
    // is called, as the menu does, outside a user gesture, so Chrome refuses its panel and the page opens in a tab.
    const opened = ext.h.context.waitForEvent('page');
    await ext.worker.evaluate(() => (globalThis as unknown as { treOpenPanel(s: string): void }).treOpenPanel('Genève'));
    const panel = await opened;
    await panel.waitForURL(/sidepanel\.html/);
    await panel.locator('.tre-event').first().waitFor();
    expect(await panel.getByRole('searchbox').inputValue()).toBe('Genève');
    const found = await eventIds(panel);
    expect(found.length).toBeGreaterThan(0);
    for (const id of found) {
      const event = glossary.events.find((e) => e.id === id)!;
      expect(event.terms.some((t) => t.includes('gio-ne-vo'))).toBe(true);
    }
  });

  it('has no accessibility violations in any view, in either language', async () => {
    const { tabId } = await openArticle();
    const panel = await openPanel(`?tab=${tabId}`);
    expect(await axeViolations(panel), 'timeline').toEqual([]);
    await panel.getByRole('tab', { name: 'Trên trang này' }).click();
    await panel.locator('.tre-page-term').first().waitFor();
    expect(await axeViolations(panel)).toEqual([]);
    const card = await openPanel('?term=asean');
    expect(await axeViolations(card), 'card').toEqual([]);

    // In English, from the settings: the panel follows at once.
    const options = await ext.h.context.newPage();
    await options.goto(`chrome-extension://${ext.h.extensionId}/options.html`);
    await options.getByRole('radio', { name: 'English' }).check();
    await expect.poll(() => card.getByRole('tab', { name: 'On this page' }).count()).toBe(1);
    expect(await card.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await axeViolations(card), 'card in English').toEqual([]);
    await card.getByRole('tab', { name: 'On this page' }).click();
    expect(await axeViolations(card), 'on this page, in English').toEqual([]);
  });
});

/** The addresses of the side panels Chrome has open (not tabs), as the extension itself sees them. */
function sidePanels(): Promise<string[]> {
  return ext.worker.evaluate(async () => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { getContexts(filter: object): Promise<{ documentUrl: string }[]> } } }).chrome.runtime;
    return (await runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).map((c) => c.documentUrl);
  });
}

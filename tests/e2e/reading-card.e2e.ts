import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { foldingKey } from '../../lib/glossary/other-names';
import { axeViolations } from './axe';
import { evaluateInTarget } from './extension-target';
import { centreOfMention, useExtension } from './harness';
import { clickInPopover, onPopover, readCard } from './popover-dom';

// The popover card as a reader meets it on a page (issue 17): what it lists as other names, related terms that
// open in place with Back, the cue when it must scroll, its name for assistive technology, and axe on its markup.

declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };

const ext = useExtension();

async function openCard(page: Page, text: string): Promise<void> {
  await page.mouse.click(5, 5);
  const at = await centreOfMention(page, text);
  expect(at, text).not.toBeNull();
  await page.mouse.click(at!.x, at!.y);
  await expect.poll(async () => (await readCard(page))?.name ?? null).not.toBeNull();
}

const GENEVA_TITLES = ['Hiệp định Giơ-ne-vơ', 'Geneva Accords'];

describe('the popover card', () => {
  it('lists no folding variant of its title and not the title itself under other names, in Vietnamese and English', async () => {
    const { article } = await ext.openFixture();
    await openCard(article, 'Hiệp định Giơ-ne-vơ');
    let card = (await readCard(article))!;
    expect(card.name).toBe('Hiệp định Giơ-ne-vơ');
    expect(card.label).toBe('Hiệp định Giơ-ne-vơ — giải thích');
    const names = card.otherNames!.replace(/ …$/, '').split(' · ');
    expect(names.length).toBeGreaterThan(1);
    expect(names).toContain('Accords de Genève');
    const titleKeys = GENEVA_TITLES.map(foldingKey);
    for (const name of names) expect(titleKeys, name).not.toContain(foldingKey(name));
    // The data has these spellings so that pages written so are matched; the card leaves them out.
    for (const variant of ['Hiệp định Giơnevơ', 'Hiệp định Gionevo', 'Geneva Accords']) expect(names).not.toContain(variant);

    await ext.worker.evaluate(() => chrome.storage.local.set({ settings: { uiLanguage: 'en' } }));
    await openCard(article, 'Hiệp định Giơ-ne-vơ');
    await expect.poll(async () => (await readCard(article))?.name).toBe('Geneva Accords');
    card = (await readCard(article))!;
    expect(card.label).toBe('Geneva Accords — explanation');
    const english = card.otherNames!.replace(/ …$/, '').split(' · ');
    for (const name of english) expect(titleKeys, name).not.toContain(foldingKey(name));
  });

  it('opens a related term\'s card in place, and Back returns to the card before with focus on the link followed', async () => {
    const { article } = await ext.openFixture();
    await openCard(article, 'Hiệp định Giơ-ne-vơ');
    const before = (await readCard(article))!;
    expect(before.related).toContain('hoi-nghi-gio-ne-vo-1954');
    expect(before.back).toBeNull();
    await clickInPopover(article, '.tre-related [data-term="hoi-nghi-gio-ne-vo-1954"] button');
    await expect.poll(async () => (await readCard(article))?.name).toBe('Hội nghị Giơ-ne-vơ về Đông Dương');
    let card = (await readCard(article))!;
    expect(card.open).toBe(true);
    expect(card.label).toBe('Hội nghị Giơ-ne-vơ về Đông Dương — giải thích');
    expect(card.back).toBe('← Quay lại: Hiệp định Giơ-ne-vơ');
    expect(card.focused).toBe('tre-popover-back');
    await clickInPopover(article, '.tre-popover-back');
    await expect.poll(async () => (await readCard(article))?.name).toBe('Hiệp định Giơ-ne-vơ');
    card = (await readCard(article))!;
    expect(card.back).toBeNull();
    expect(card.focused).not.toBeNull(); // focus stays in the card…
    expect(await onPopover<string | null>(article, 'function () { return this.getRootNode().activeElement?.closest("li")?.getAttribute("data-term") ?? null; }'))
      .toBe('hoi-nghi-gio-ne-vo-1954'); // …the link the reader followed

    // Escape in a related card goes back as Back does; on the first card it closes the popover.
    await clickInPopover(article, '.tre-related [data-term="hoi-nghi-gio-ne-vo-1954"] button');
    await expect.poll(async () => (await readCard(article))?.name).toBe('Hội nghị Giơ-ne-vơ về Đông Dương');
    await article.keyboard.press('Escape');
    await expect.poll(async () => (await readCard(article))?.name).toBe('Hiệp định Giơ-ne-vơ');
    expect((await readCard(article))!.open).toBe(true);
    await article.keyboard.press('Escape');
    await expect.poll(async () => (await readCard(article))?.open ?? false).toBe(false);
  });

  it('opens the term\'s full card in Tre\'s popup from "Mở trong Tre"', async () => {
    await ext.worker.evaluate(() => chrome.storage.local.set({ settings: { uiLanguage: 'vi' } }));
    const { article } = await ext.openFixture();
    await openCard(article, 'Hiệp định Giơ-ne-vơ');
    expect(await onPopover<string>(article, 'function () { return this.querySelector(".tre-action:nth-of-type(3)").textContent; }')).toBe('Mở trong Tre');
    await clickInPopover(article, '.tre-action:nth-of-type(3)');
    // The toolbar popup opens (Chromium lets openPopup() open it) at the term's full card, sources included.
    const read = () => evaluateInTarget(article, '/popup.html', `(() => ({
      name: document.querySelector('h2.tre-name')?.textContent,
      back: document.querySelector('button')?.className,
      sources: document.querySelectorAll('.tre-sources li').length > 0,
    }))()`);
    await expect.poll(read, { timeout: 10_000 }).toEqual({ name: 'Hiệp định Giơ-ne-vơ', back: 'tre-back', sources: true });
    await evaluateInTarget(article, '/popup.html', 'window.close()');
  });

  it('shows a fade and a "More" control exactly while the explanation runs past the box', async () => {
    const { article } = await ext.openFixture();
    await article.setViewportSize({ width: 900, height: 560 });
    await openCard(article, 'Hiệp định Giơ-ne-vơ');
    // Too tall for the room on either side of the mention: capped beside it, never over it.
    const mention = (await centreOfMention(article, 'Hiệp định Giơ-ne-vơ'))!;
    const box = (await onPopover<{ top: number; bottom: number }>(article, 'function () { const r = this.getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; }'))!;
    expect(mention.y < box.top || mention.y > box.bottom, `mention at ${mention.y}, card ${box.top}–${box.bottom}`).toBe(true);
    await clickInPopover(article, '.tre-summary-toggle'); // the full summary: longer still
    await expect.poll(async () => (await readCard(article))?.overflows).toBe(true);
    expect((await readCard(article))!.cue).toBe(true);
    // Scrolled to the end, nothing is hidden below and the cue goes.
    await onPopover(article, 'function () { const b = this.querySelector(".tre-popover-body"); b.scrollTop = b.scrollHeight; }');
    await expect.poll(async () => (await readCard(article))?.cue).toBe(false);
    // "More" scrolls: back at the top, pressing it moves the explanation up.
    await onPopover(article, 'function () { this.querySelector(".tre-popover-body").scrollTop = 0; }');
    await expect.poll(async () => (await readCard(article))?.cue).toBe(true);
    await clickInPopover(article, '.tre-more');
    await expect.poll(() => onPopover<number>(article, 'function () { return this.querySelector(".tre-popover-body").scrollTop; }')).toBeGreaterThan(50);

    // Room enough: the card is as tall as its content, with no cue.
    await article.setViewportSize({ width: 1000, height: 1600 });
    await openCard(article, 'EVFTA');
    const card = (await readCard(article))!;
    expect(card.overflows).toBe(false);
    expect(card.cue).toBe(false);
  });

  it('has markup axe-core finds nothing wrong with, short and long, light and dark, in both languages', async () => {
    const { article } = await ext.openFixture();
    await article.setViewportSize({ width: 900, height: 560 });
    for (const [theme, lang] of [['light', 'vi'], ['dark', 'en']] as const) {
      await ext.worker.evaluate(([theme, lang]) => chrome.storage.local.set({ settings: { theme, uiLanguage: lang } }), [theme, lang]);
      await article.waitForTimeout(200);
      for (const text of ['EVFTA', 'Hiệp định Giơ-ne-vơ']) {
        await openCard(article, text);
        if (text !== 'EVFTA') await clickInPopover(article, '.tre-related button'); // a card with Back
        await article.waitForTimeout(200);
        const markup = (await onPopover<{ css: string; html: string }>(article, `function () {
          const root = this.getRootNode();
          return { css: [...root.querySelectorAll('style')].map((s) => s.textContent).join('\\n'), html: this.outerHTML };
        }`))!;
        // The card's markup and styles in a page of their own (axe cannot enter a closed shadow root), shown as
        // the popover is, in a page that has its own heading and landmark as a host page would.
        const page = await ext.h.context.newPage();
        await page.setViewportSize({ width: 900, height: 560 });
        await page.setContent(`<!doctype html><html lang="vi"><head><title>host</title><style>${markup.css}</style></head>` +
          `<body><main><h1>Host page</h1></main>${markup.html}</body></html>`);
        await page.evaluate(() => document.querySelector<HTMLElement>('.tre-popover')!.showPopover());
        expect(await page.locator('.tre-popover h2.tre-name').isVisible()).toBe(true);
        expect(await page.locator('.tre-popover .tre-action').count()).toBe(3);
        expect(await axeViolations(page), `${text} ${theme} ${lang}`).toEqual([]);
        await page.close();
      }
    }
  });
});

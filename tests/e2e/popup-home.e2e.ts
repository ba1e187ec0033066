import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { useExtension } from './harness';

// The toolbar popup beyond the search (issue 17): the current page's terms under the box, recent lookups,
// clickable examples, the "no results" answer, the card's Back control, the shortcuts, a heading, and axe.

declare const chrome: { storage: { local: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> } } };

const ext = useExtension();

const rows = (popup: Page) => popup.locator('.tre-home-page .tre-home-term');
const cardName = (popup: Page) => popup.locator('h2.tre-name').textContent();

describe('the popup', () => {
  it('lists the page\'s terms, first mention first with type and count, and opens one; Back comes first and stays in view', async () => {
    const { tabId } = await ext.openFixture();
    const popup = await ext.extensionPage(`popup.html?tab=${tabId}`);
    await popup.setViewportSize({ width: 380, height: 560 });
    await expect.poll(() => rows(popup).count()).toBeGreaterThan(3);
    // The article's first term is Phan Châu Trinh, then Nguyễn Ái Quốc (Hồ Chí Minh's other name).
    expect(await rows(popup).nth(0).getAttribute('data-term')).toBe('phan-chau-trinh');
    expect(await rows(popup).nth(0).locator('.tre-type-chip').textContent()).toBe('Nhân vật');
    for (const count of await popup.locator('.tre-home-term-count').allTextContents()) expect(count).toMatch(/^\d+ lần$/);
    expect(await popup.locator('h1').count()).toBe(1);
    expect(await axeViolations(popup), 'with page terms').toEqual([]);

    // More than shown: the rest a click away.
    const shown = await rows(popup).count();
    await popup.locator('.tre-home-more').click();
    expect(await rows(popup).count()).toBeGreaterThan(shown);

    await popup.locator('.tre-home-term[data-term="hiep-dinh-gio-ne-vo-1954"]').click();
    await expect.poll(() => cardName(popup)).toBe('Hiệp định Giơ-ne-vơ');
    // Back is the first control of the card view (the page switches are hidden), and Shift+Tab from the card reaches it.
    expect(await popup.evaluate(() => document.querySelector('button, input, a[href], select, textarea, summary')?.className)).toBe('tre-back');
    await popup.keyboard.press('Shift+Tab');
    expect(await popup.evaluate(() => document.activeElement?.className)).toBe('tre-back');
    // Kept in view when the card scrolls.
    await popup.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect(await popup.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const back = await popup.locator('.tre-back').boundingBox();
    expect(back!.y).toBeGreaterThanOrEqual(0);
    expect(back!.y).toBeLessThan(40);
    expect(await axeViolations(popup), 'card').toEqual([]);
  });

  it('keeps recent lookups across openings, and clears them', async () => {
    let popup = await ext.extensionPage('popup.html');
    await popup.getByRole('combobox').pressSequentially('EVFTA');
    await popup.keyboard.press('Enter');
    await expect.poll(() => cardName(popup)).toBe('Hiệp định Thương mại tự do Việt Nam – EU');
    await popup.keyboard.press('Escape');
    await popup.getByRole('combobox').fill('');
    await popup.getByRole('combobox').pressSequentially('LHQ');
    await popup.keyboard.press('Enter');
    await expect.poll(() => cardName(popup)).toBe('Liên hợp quốc');
    // Written as the card opens; the test closes the popup faster than a reader would.
    await expect.poll(() => ext.worker.evaluate(async () => ((await chrome.storage.local.get('recentLookups')).recentLookups as string[] | undefined)?.length))
      .toBe(2);
    await popup.close();

    popup = await ext.extensionPage('popup.html');
    const recent = popup.locator('.tre-home-recent .tre-home-chip');
    await expect.poll(() => recent.allTextContents()).toEqual(['Liên hợp quốc', 'Hiệp định Thương mại tự do Việt Nam – EU']);
    await recent.nth(1).click();
    await expect.poll(() => cardName(popup)).toBe('Hiệp định Thương mại tự do Việt Nam – EU');
    await popup.keyboard.press('Escape');
    await popup.locator('.tre-home-recent .tre-link-button').click();
    await expect.poll(() => popup.locator('.tre-home-recent').count()).toBe(0);
    await popup.close();
    popup = await ext.extensionPage('popup.html');
    await popup.waitForTimeout(300);
    expect(await popup.locator('.tre-home-recent').count()).toBe(0);
  });

  it('fills the box with an example when one is clicked', async () => {
    const popup = await ext.extensionPage('popup.html');
    await popup.locator('.tre-home-example', { hasText: 'LHQ' }).click();
    expect(await popup.getByRole('combobox').inputValue()).toBe('LHQ');
    await expect.poll(() => popup.locator('[role="option"]').first().getAttribute('data-term')).toBe('lien-hop-quoc');
  });

  it('answers a query with no result with the closest terms and what the glossary covers', async () => {
    const popup = await ext.extensionPage('popup.html');
    await popup.getByRole('combobox').pressSequentially('hiep dinh gionevo xyz');
    const none = popup.locator('.tre-no-results');
    await expect.poll(() => none.count()).toBe(1);
    expect(await popup.locator('[role="option"]').count()).toBe(0);
    expect(await none.textContent()).toContain('quan hệ đối ngoại của Việt Nam');
    expect(await none.locator('.tre-home-chip').first().getAttribute('data-term')).toBe('hiep-dinh-gio-ne-vo-1954');
    expect(await axeViolations(popup), 'no results').toEqual([]);
    await none.locator('.tre-home-chip').first().click();
    await expect.poll(() => cardName(popup)).toBe('Hiệp định Giơ-ne-vơ');
  });

  it('lists the keyboard shortcuts as the browser has them bound, in English too, with axe clean', async () => {
    await ext.worker.evaluate(() => chrome.storage.local.set({ settings: { uiLanguage: 'en', theme: 'dark' } }));
    const popup = await ext.extensionPage('popup.html');
    await popup.locator('.tre-popup-shortcuts summary').click();
    const lookup = popup.locator('.tre-shortcut[data-command="_execute_action"]');
    expect(await lookup.locator('kbd').textContent()).toBe('Alt+Shift+L');
    expect(await lookup.locator('dd').textContent()).toBe('Open the lookup');
    expect(await popup.locator('.tre-popup-shortcuts button', { hasText: 'Change shortcuts' }).count()).toBe(1);
    expect(await popup.locator('h1').textContent()).toBe("Tre — look up Vietnam's foreign relations");
    expect(await axeViolations(popup), 'en dark with shortcuts').toEqual([]);
  });

  it('opens at a term\'s card when asked (the popover\'s "Open in Tre")', async () => {
    const popup = await ext.extensionPage('popup.html?term=asean');
    await expect.poll(() => cardName(popup)).toBe('Hiệp hội các quốc gia Đông Nam Á');
    expect(await popup.evaluate(() => document.querySelector('button')?.className)).toBe('tre-back');
  });
});

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { compileGlossaryIndex } from '../../lib/glossary/compile';
import { Matcher } from '../../lib/match/matcher';
import { loadGlossary } from '../../scripts/load-glossary';
import { axeViolations } from './axe';
import { centreOfMention, highlightTexts, launch, readPopover, useExtension, type Harness } from './harness';
import { clickPopoverButton, popoverButtonPressed } from './popover-buttons';

// The third job as a reader does it, in the built extension: save a term from a page's popover, find it saved
// in the popup and the side panel with its sentence, review it with the keyboard, export it (backup, Anki) and
// import the backup into another browser profile; and a quiz of a page's own terms.

// The tests build on each other (saved, then reviewed, then exported): storage is kept between them.
const ext = useExtension({ keepStorage: true });
const glossary = loadGlossary();
const matcher = Matcher.fromIndex(compileGlossaryIndex(glossary));
const GENEVA = 'hiep-dinh-gio-ne-vo-1954';
const openArticle = () => ext.openFixture();

/** An extension page in another profile's browser (the import test's fresh one). */
async function pageIn(other: Harness, path: string): Promise<Page> {
  const page = await other.context.newPage();
  await page.goto(`chrome-extension://${other.extensionId}/${path}`);
  return page;
}

/** "N thẻ đến hạn" on the review page, as a number (0 when it shows none). */
async function dueOnReviewPage(): Promise<number> {
  const page = await ext.extensionPage('review.html');
  await page.locator('h2').first().waitFor();
  const text = (await page.locator('.tre-review').textContent()) ?? '';
  await page.close();
  return Number(/(\d+) thẻ đến hạn/.exec(text)?.[1] ?? 0);
}

describe('saving and review', () => {
  it('saves a term from the popover with its page and sentence, and shows it saved everywhere', async () => {
    // The side panel's Saved view, open before the save: it follows without being reopened.
    const panel = await ext.extensionPage('sidepanel.html');
    await panel.getByRole('tab', { name: 'Đã lưu' }).click();
    await panel.getByRole('button', { name: 'Sao lưu (JSON)' }).waitFor();
    expect(await panel.locator('.tre-saved-item').count()).toBe(0);
    const { article } = await openArticle();
    const at = await centreOfMention(article, 'Hiệp định Giơ-ne-vơ');
    await article.mouse.click(at!.x, at!.y);
    await expect.poll(async () => (await readPopover(article))?.status).toBe('ready');
    expect(await popoverButtonPressed(article, 'Lưu')).toBe(false);
    await clickPopoverButton(article, 'Lưu');
    await expect.poll(() => popoverButtonPressed(article, 'Đã lưu')).toBe(true);

    // The popup's card says so, and the popup counts the new cards as due.
    const popup = await ext.extensionPage('popup.html');
    await expect.poll(async () => (await popup.locator('.tre-study-bar').textContent()) ?? '').toMatch(/\d+ thẻ đến hạn/);
    await popup.getByRole('combobox').fill('gionevo');
    await popup.keyboard.press('Enter');
    const save = popup.locator('.tre-card-actions button').first();
    await expect.poll(() => save.getAttribute('aria-pressed')).toBe('true');

    // The side panel's Saved view lists it with the page's title and the sentence it was met in.
    const item = panel.locator(`.tre-saved-item[data-term="${GENEVA}"]`);
    await item.waitFor();
    const text = (await item.textContent()) ?? '';
    expect(text).toContain('Hiệp định Giơ-ne-vơ');
    const title = await article.title();
    expect(text).toContain(title);
    const sentence = await article.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent!.includes('Hiệp định Giơ-ne-vơ'))!;
      return p.textContent!.replace(/\s+/g, ' ');
    });
    // The sentence, not the whole paragraph: the part of the paragraph that holds the name.
    const held = sentence.split(/(?<=[.!?])\s+/).find((s) => s.includes('Hiệp định Giơ-ne-vơ'))!;
    expect(text.replace(/\s+/g, ' ')).toContain(held.trim());
    expect(await axeViolations(panel), 'saved view').toEqual([]);
  });

  it('reviews with the keyboard: Space shows the answer, 3 rates it Good, and the due count goes down', async () => {
    const before = await dueOnReviewPage();
    expect(before).toBeGreaterThan(0);
    const review = await ext.extensionPage('review.html');
    await review.locator('#tre-question-prompt').waitFor();
    expect(await axeViolations(review), 'question').toEqual([]);
    expect(await review.locator('.tre-question').getAttribute('data-term')).toBe(GENEVA);
    await review.keyboard.press('Space');
    await review.locator('#tre-answer-heading').waitFor();
    // The answer comes with the term's card and where the reader met it.
    const answer = (await review.locator('.tre-review').textContent()) ?? '';
    expect(answer).toContain('Hiệp định Giơ-ne-vơ');
    expect(answer).toContain('Nơi bạn gặp thuật ngữ này');
    expect(await axeViolations(review), 'answer').toEqual([]);
    await review.keyboard.press('3');
    await expect.poll(async () => (await review.getByRole('status').allTextContents()).join(' ')).toMatch(/Được/);
    await review.close();
    expect(await dueOnReviewPage()).toBe(before - 1);
  });

  it('exports a backup and an Anki file with the right content, and the backup restores into a fresh profile', async () => {
    const panel = await ext.extensionPage('sidepanel.html');
    await panel.getByRole('tab', { name: 'Đã lưu' }).click();
    await panel.getByRole('button', { name: 'Sao lưu (JSON)' }).waitFor();

    const [backupDownload] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Sao lưu (JSON)' }).click()]);
    const backupPath = await backupDownload.path();
    const backup = JSON.parse(readFileSync(backupPath, 'utf8'));
    expect(backup.format).toEqual({ name: 'tre-backup', version: 1 });
    expect(backup.savedTerms.map((s: { termId: string }) => s.termId)).toEqual([GENEVA]);
    expect(backup.savedTerms[0].contexts[0].url).toBe(`${ext.h.baseUrl}/article.html`);
    expect(backup.reviewLog.length).toBe(1);
    expect(backup.reviewCards.every((c: { termId: string }) => c.termId === GENEVA)).toBe(true);

    const [ankiDownload] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Anki' }).click()]);
    const anki = readFileSync(await ankiDownload.path(), 'utf8').split('\n');
    expect(anki).toContain('#separator:tab');
    expect(anki).toContain('#html:false');
    expect(anki.some((l) => l.startsWith('#guid column:'))).toBe(true);
    const rows = anki.filter((l) => l && !l.startsWith('#'));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.split('\t')[0]).toBe(GENEVA);
    expect(rows[0]).toContain('Hiệp định Giơ-ne-vơ');

    // Another browser profile, empty: importing the backup brings everything back.
    const fresh = await launch();
    try {
      const other = await pageIn(fresh, 'sidepanel.html');
      await other.getByRole('tab', { name: 'Đã lưu' }).click();
      await other.locator('input[type="file"]').setInputFiles(backupPath);
      await expect.poll(async () => (await other.locator('.tre-data-outcome').textContent()) ?? '').toContain('Đã nhập xong');
      await other.locator(`.tre-saved-item[data-term="${GENEVA}"]`).waitFor();
      const [again] = await Promise.all([other.waitForEvent('download'), other.getByRole('button', { name: 'Sao lưu (JSON)' }).click()]);
      const restored = JSON.parse(readFileSync(await again.path(), 'utf8'));
      const { exportedAt: _a, ...was } = backup;
      const { exportedAt: _b, ...now } = restored;
      expect(now).toEqual(was);
    } finally {
      await fresh.close();
    }
  });

  it('rejects a broken backup, saying where, and changes nothing', async () => {
    const panel = await ext.extensionPage('sidepanel.html');
    await panel.getByRole('tab', { name: 'Đã lưu' }).click();
    await panel.locator('input[type="file"]').setInputFiles({
      name: 'broken.json', mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: { name: 'tre-backup', version: 1 }, exportedAt: 1, savedTerms: [{ termId: 42 }], reviewCards: [], reviewLog: [], settings: {} })),
    });
    await expect.poll(async () => (await panel.getByRole('alert').allTextContents()).join(' ')).toContain('Không có gì thay đổi');
    expect((await panel.getByRole('alert').allTextContents()).join(' ')).toContain('savedTerms[0]');
    expect(await panel.locator('.tre-saved-item').count()).toBe(1);
  });

  it("quizzes a page on that page's terms only", async () => {
    const { article, tabId } = await openArticle();
    const onPage = new Set((await highlightTexts(article)).map((text) => matcher.findMatches(text)[0]!.id));
    const quiz = await ext.extensionPage(`review.html?quiz=1&tab=${tabId}`);
    const asked: string[] = [];
    for (let i = 0; i < 10; i++) {
      const question = quiz.locator('.tre-question');
      await question.waitFor();
      asked.push((await question.getAttribute('data-term'))!);
      await quiz.keyboard.press('1');
      await quiz.locator('.tre-choices button').first().waitFor();
      const next = quiz.getByRole('button', { name: /Câu tiếp theo|Xem kết quả/ });
      await next.waitFor();
      const last = (await next.textContent())!.includes('Xem kết quả');
      await next.click();
      if (last) break;
    }
    expect(asked.length).toBeGreaterThanOrEqual(5);
    for (const id of asked) expect(onPage.has(id), id).toBe(true);
    await quiz.locator('#tre-score-heading').waitFor();
    expect(await axeViolations(quiz), 'score').toEqual([]);
  });
});

import { it } from 'vitest';
import { launch, waitForHighlights, centreOfMention } from './harness';
import { clickPopoverButton } from './popover-buttons';
it('shots', async () => {
  const h = await launch();
  const article = await h.context.newPage();
  await article.goto(`${h.baseUrl}/article.html`);
  await waitForHighlights(article, 20);
  await article.bringToFront();
  const worker = h.context.serviceWorkers()[0]!;
  const tabId = await worker.evaluate(async () => (await (globalThis as any).chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);
  // save two terms
  for (const text of ['Hiệp định Giơ-ne-vơ', 'EVFTA']) {
    const at = await centreOfMention(article, text);
    await article.mouse.click(at!.x, at!.y);
    await article.waitForTimeout(600);
    await clickPopoverButton(article, 'Lưu');
    await article.waitForTimeout(400);
    await article.mouse.click(5, 5);
  }
  const setPrefs = (theme: string, lang: string) => worker.evaluate(async ([theme, lang]) => {
    const c = (globalThis as any).chrome;
    const { settings } = await c.storage.local.get('settings');
    await c.storage.local.set({ settings: { ...(settings ?? {}), theme, uiLanguage: lang } });
  }, [theme, lang]);
  const shot = async (name: string, path: string, theme: string, lang: string, act?: (p: any) => Promise<void>, w = 380, hgt = 900) => {
    await setPrefs(theme, lang);
    const p = await h.context.newPage();
    await p.setViewportSize({ width: w, height: hgt });
    await p.goto(`chrome-extension://${h.extensionId}/${path}`);
    await p.waitForTimeout(700);
    if (act) await act(p);
    await p.waitForTimeout(500);
    await p.screenshot({ path: `.tmp/${name}.png` });
    await p.close();
  };
  await shot('saved-vi-light', `sidepanel.html?tab=${tabId}`, 'light', 'vi', async (p) => p.getByRole('tab', { name: 'Đã lưu' }).click());
  await shot('saved-en-dark', `sidepanel.html?tab=${tabId}`, 'dark', 'en', async (p) => p.getByRole('tab', { name: 'Saved' }).click());
  await shot('review-q-vi-light', 'review.html', 'light', 'vi', undefined, 700, 800);
  await shot('review-a-en-dark', 'review.html', 'dark', 'en', async (p) => p.keyboard.press('Space'), 700, 900);
  await shot('quiz-vi-dark', `review.html?quiz=1&tab=${tabId}`, 'dark', 'vi', async (p) => p.keyboard.press('2'), 700, 800);
  await shot('popup-vi-light', `popup.html?tab=${tabId}`, 'light', 'vi', undefined, 400, 600);
  await shot('options-vi-light', 'options.html', 'light', 'vi', async (p) => { await p.locator('#opt-new-cards').fill('500'); }, 700, 1400);
  await setPrefs('dark', 'en');
  await article.bringToFront();
  const at = await centreOfMention(article, 'Hiệp định Sơ bộ');
  await article.mouse.click(at!.x, at!.y);
  await article.waitForTimeout(800);
  await article.screenshot({ path: '.tmp/popover-en-dark.png' });
  await h.close();
}, 120000);

import { it } from 'vitest';
import { launch, waitForHighlights, centreOfMention } from './harness';
it('shots', async () => {
  const h = await launch();
  const article = await h.context.newPage();
  await article.goto(`${h.baseUrl}/article.html`);
  await waitForHighlights(article, 20);
  await article.bringToFront();
  const worker = h.context.serviceWorkers()[0]!;
  const tabId = await worker.evaluate(async () => (await (globalThis as any).chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);
  const shot = async (name: string, query: string, theme: 'light' | 'dark', lang: 'vi' | 'en', view?: string) => {
    await worker.evaluate(async ([theme, lang]) => {
      const c = (globalThis as any).chrome;
      const { settings } = await c.storage.local.get('settings');
      await c.storage.local.set({ settings: { ...(settings ?? {}), theme, uiLanguage: lang } });
    }, [theme, lang]);
    const p = await h.context.newPage();
    await p.setViewportSize({ width: 380, height: 900 });
    await p.goto(`chrome-extension://${h.extensionId}/sidepanel.html${query}`);
    await p.getByRole('tablist').waitFor();
    if (view) await p.getByRole('tab', { name: view }).click();
    await p.waitForTimeout(700);
    await p.screenshot({ path: `.tmp/${name}.png` });
    await p.close();
  };
  await shot('panel-timeline-vi-light', `?tab=${tabId}`, 'light', 'vi');
  await shot('panel-term-vi-dark', `?tab=${tabId}&term=hiep-dinh-gio-ne-vo-1954`, 'dark', 'vi');
  await shot('panel-page-en-light', `?tab=${tabId}`, 'light', 'en', 'On this page');
  await shot('panel-page-vi-dark', `?tab=${tabId}`, 'dark', 'vi', 'Trên trang này');
  // popup
  const popup = await h.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
  await popup.getByRole('combobox').fill('evfta');
  await popup.keyboard.press('Enter');
  await popup.waitForTimeout(500);
  await popup.screenshot({ path: '.tmp/popup-card-vi-dark.png' });
  // popover
  await worker.evaluate(async () => { const c = (globalThis as any).chrome; const { settings } = await c.storage.local.get('settings'); await c.storage.local.set({ settings: { ...settings, theme: 'light', uiLanguage: 'vi' } }); });
  await article.bringToFront();
  const at = await centreOfMention(article, 'Hiệp định Sơ bộ');
  await article.mouse.click(at!.x, at!.y);
  await article.waitForTimeout(800);
  await article.screenshot({ path: '.tmp/popover-vi-light.png' });
  await h.close();
}, 120000);

import { browser } from 'wxt/browser';

/**
 * Opens the browser's own page for binding extension shortcuts: Firefox's `commands.openShortcutSettings()`
 * (Firefox 137+), else Chrome's chrome://extensions/shortcuts, which an extension may open in a tab (no `tabs`
 * permission needed to create one). Rejects where neither works; the pages then show written directions.
 */
export async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  if (typeof commands.openShortcutSettings === 'function') return commands.openShortcutSettings();
  await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

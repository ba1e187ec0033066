import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsApp, type OptionsEnv } from '../../components/OptionsApp';
import { glossaryAbout } from '../../lib/glossary/about';
import { loadGlossary } from '../../lib/glossary/packaged';
import { readSettings } from '../../lib/settings/store';
import '../../components/pages.css';
// The marks' own rules, for the live preview (it uses the classes of the marking fallback).
import '../content/highlight.css';

const firefox = import.meta.env.BROWSER === 'firefox';

const env: OptionsEnv = {
  version: browser.runtime.getManifest().version,
  firefox,
  loadAbout: async () => glossaryAbout(await loadGlossary()),
  loadShortcuts: async () => {
    const all = await browser.commands.getAll();
    return all.map((c) => ({ name: c.name ?? '', shortcut: c.shortcut ?? '' }));
  },
  openShortcutSettings: () => {
    // Firefox 137+ opens its own page; Chrome lets an extension open chrome://extensions/shortcuts in a tab (no
    // `tabs` permission needed to create one). Where neither works, the directions under the button remain.
    const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
    const opening = firefox
      ? commands.openShortcutSettings?.() ?? Promise.reject(new Error('no openShortcutSettings'))
      : browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
    Promise.resolve(opening).catch((error) => console.debug('Tre: cannot open the shortcut settings', error));
  },
  confirm: (question) => window.confirm(question),
};

async function main(): Promise<void> {
  render(<OptionsApp settings={await readSettings()} env={env} />, document.getElementById('app')!);
}

void main();

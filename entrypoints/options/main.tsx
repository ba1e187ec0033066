import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsApp, type OptionsEnv } from '../../components/OptionsApp';
import { glossaryAbout } from '../../lib/glossary/about';
import { loadGlossary } from '../../lib/glossary/packaged';
import { openShortcutSettings } from '../../lib/messaging/shortcut-settings';
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
    openShortcutSettings().catch((error) => console.debug('Tre: cannot open the shortcut settings', error));
  },
  confirm: (question) => window.confirm(question),
};

async function main(): Promise<void> {
  render(<OptionsApp settings={await readSettings()} env={env} />, document.getElementById('app')!);
}

void main();

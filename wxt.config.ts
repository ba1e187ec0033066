import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { glossaryPlugin } from './scripts/vite-glossary';

// See DESIGN.md. Auto-imports are off so every file states what it uses.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    // No permissions beyond the content script's match patterns: Tre reads pages, never the network.
    permissions: [],
    // The toolbar button carries the badge with the number of mentions on the tab.
    action: { default_title: '__MSG_extName__' },
  },
  vite: () => ({
    // Prefresh (hot reload for Preact) injects code that does not belong in a content script.
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false }), glossaryPlugin()],
  }),
  webExt: {
    // `npm run dev` opens Chromium with Tre loaded on a page full of glossary terms.
    startUrls: ['https://vi.wikipedia.org/wiki/Hi%E1%BB%87p_%C4%91%E1%BB%8Bnh_Gen%C3%A8ve_1954'],
    chromiumArgs: ['--no-first-run', '--disable-sync'],
  },
});

import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { manifestCommands } from './lib/messaging/commands';
import { findChrome } from './scripts/find-chrome';
import { glossaryPlugin, packagedDataFiles } from './scripts/vite-glossary';

// See docs/architecture.md. Auto-imports are off so every file states what it uses.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    // Tre reads pages, never the network. storage: the reader's settings; contextMenus: "Tra cứu “…” trong
    // Tre" on a selection. No `tabs` or `activeTab`: the popup and the commands ask the page's own content
    // script for its site and mention count instead of reading the tab's URL.
    // sidePanel (Chrome): the timeline beside the page (docs/decisions/004); Firefox's sidebar needs none.
    permissions: ['storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Every command, bindable in the browser's shortcut settings; Chrome takes default keys for four at most
    // (lib/messaging/commands.ts, docs/decisions/010-keyboard-commands.md).
    commands: manifestCommands(browser),
    // A content script may only import or fetch extension files listed here: the popover's UI, imported on
    // first use (entrypoints/content/lazy-popover.ts). (The match tables are the background's alone since
    // matching moved off the page: docs/decisions/012.) Listed, it is also open to the pages: Chrome serves them only at a
    // per-session address (`use_dynamic_url`, which runtime.getURL gives the content script), so a site cannot
    // learn that a reader has Tre by fetching them at the address every install shares. Firefox's
    // moz-extension:// address is already different in every browser profile.
    web_accessible_resources: browser === 'firefox'
      ? ['popover-ui.js']
      : [{ resources: ['popover-ui.js'], matches: ['<all_urls>'], use_dynamic_url: true }],
    // The toolbar button carries the badge with the number of mentions on the tab.
    action: { default_title: '__MSG_extName__' },
    // Firefox needs a stable add-on id (storage and sidebar APIs key on it). 140 is the ESR that has the CSS
    // Custom Highlight API (older ones got marks wrapped in elements) and the data-collection declaration, which
    // addons.mozilla.org asks of new add-ons; Firefox for Android reads that declaration from 142.
    ...(browser === 'firefox'
      ? { browser_specific_settings: {
          gecko: {
            id: 'tre@tre.study',
            strict_min_version: '140.0',
            // Tre collects and transmits nothing.
            data_collection_permissions: { required: ['none'] },
          },
          gecko_android: { strict_min_version: '142.0' },
        } }
      : {}),
  }),
  hooks: {
    // The content script runs in every tab, and the background wakes up for the pages' matching: both use the
    // browser's own `chrome` / `browser` object, not webextension-polyfill, whose start-up (wrapping the API
    // object) every page paid, and every wake-up of the worker (18 ms of its 25-45 ms of module evaluation;
    // issue 18, decision 012). Their code is written for that (answers through sendResponse; every API they
    // call returns a promise in both browsers). The popover's UI (popover-ui.js, loaded on first use) and the
    // extension's pages keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'content-script' || e.type === 'background')) return;
      const resolve = (config.resolve ??= {});
      const alias = resolve.alias ?? [];
      const list = Array.isArray(alias) ? alias : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
      resolve.alias = [{ find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' }, ...list];
    },
    // The glossary and the popup's search as data files for the extension pages (scripts/vite-glossary.ts).
    'build:publicAssets': (_wxt, files) => {
      files.push(...packagedDataFiles());
    },
  },
  vite: () => ({
    // TRE_UNMINIFIED=1: readable function names in a profile (npm run bench -- --profile says so).
    build: { minify: process.env.TRE_UNMINIFIED ? false : undefined },
    // Prefresh (hot reload for Preact) injects code that does not belong in a content script.
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false }), glossaryPlugin()],
  }),
  webExt: {
    // Debian installs Chromium as /usr/bin/chromium, which the launcher does not look for by itself.
    binaries: findChrome() ? { chrome: findChrome()! } : {},
    // `npm run dev` (scripts/dev.ts) opens the browser on Tre's demo page, served locally: a page full of glossary
    // terms that needs no network.
    startUrls: process.env.TRE_START_URL ? [process.env.TRE_START_URL] : [],
    // Chromium refuses to start as root without --no-sandbox (containers, CI machines).
    chromiumArgs: ['--no-first-run', '--disable-sync', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  },
});

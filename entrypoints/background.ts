import glossary from 'virtual:tre/glossary';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { Catalog } from '../lib/glossary/catalog';
import { parseRequest } from '../lib/messaging/protocol';

export default defineBackground(() => {
  // Built on every wake-up: MV3 workers stop, so nothing here relies on surviving in memory.
  const catalog = new Catalog(glossary.terms);

  browser.runtime.onMessage.addListener((message, sender) => {
    // Only Tre's own pages and content scripts; web pages cannot reach this listener, but check anyway.
    if (sender.id !== browser.runtime.id) return undefined;
    const request = parseRequest(message);
    if (!request) return undefined;
    switch (request.type) {
      case 'term/details':
        return Promise.resolve(catalog.details(request.id));
      case 'page/mentions': {
        const tabId = sender.tab?.id;
        if (tabId !== undefined) {
          const text = request.count > 0 ? String(Math.min(request.count, 999)) : '';
          void browser.action.setBadgeText({ tabId, text });
          void browser.action.setBadgeBackgroundColor({ tabId, color: '#2f6f3e' });
        }
        return Promise.resolve(undefined);
      }
    }
  });
});

import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ReviewApp } from '../../components/ReviewApp';
import { browserLang, translator } from '../../lib/i18n/i18n';
import { loadGlossary } from '../../lib/glossary/packaged';
import { askStore, askTab } from '../../lib/messaging/client';
import { reviewPageModeOf } from '../../lib/review/review-page';
import { readSettings } from '../../lib/settings/store';
import '../../components/popover.css';
import '../../components/pages.css';
import '../../components/review.css';

// review.html: review of the saved terms' due cards; review.html?quiz=1&tab=ID: "quiz this page" about that
// tab's terms (lib/review/review-page.ts, reviewPagePath). The store answers from the background (askStore);
// the quiz is built here from the packaged glossary.
async function main(): Promise<void> {
  const app = document.getElementById('app')!;
  let glossary, settings;
  try {
    [glossary, settings] = await Promise.all([loadGlossary(), readSettings()]);
  } catch (error) {
    console.error('Tre: the review page could not start', error);
    app.innerHTML = '';
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.className = 'tre-alert';
    p.textContent = translator(browserLang())('reviewPage_glossaryFailed');
    app.append(p);
    return;
  }
  render(
    <ReviewApp
      ask={askStore}
      pageTerms={(tabId) => askTab(tabId, { type: 'tab/terms' })}
      glossary={glossary}
      settings={settings}
      mode={reviewPageModeOf(location.search)}
      onLeave={leave}
    />,
    app,
  );
}

/**
 * Closes this page's tab. tabs.getCurrent and tabs.remove need no permission for the extension's own tab;
 * window.close() is the fallback (a browser may refuse it for a tab the page did not open, and the page then
 * stays on its summary).
 */
function leave(): void {
  void browser.tabs.getCurrent()
    .then((tab) => (tab?.id !== undefined ? browser.tabs.remove(tab.id) : window.close()))
    .catch(() => window.close());
}

void main();

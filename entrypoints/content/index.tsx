import matchIndex from 'virtual:tre/match-index';
import { render } from 'preact';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import popoverCss from '../../components/popover.css?inline';
import { TermPopover, type PopoverState } from '../../components/TermPopover';
import { browserLang, translator } from '../../lib/i18n/i18n';
import { Matcher } from '../../lib/match/matcher';
import { ask } from '../../lib/messaging/client';
import { HighlightSurface } from '../../lib/page/highlight-surface';
import type { Mention, MentionSurface } from '../../lib/page/mention';
import { MentionPointer } from '../../lib/page/mention-pointer';
import { PageScanner } from '../../lib/page/page-scanner';
import { OWN_UI_TAG } from '../../lib/page/segments';
import { WrappingSurface } from '../../lib/page/wrapping-surface';
import './highlight.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  main(ctx) {
    try {
      start(ctx);
    } catch (error) {
      // A hostile or broken page must never see Tre throw.
      console.debug('Tre: could not start on this page', error);
    }
  },
});

function start(ctx: ContentScriptContext): void {
  const matcher = new Matcher(matchIndex);
  let scanner: PageScanner | null = null;
  const surface: MentionSurface = HighlightSurface.isSupported(window)
    ? new HighlightSurface(document, () => scanner?.openShadowRoots ?? [])
    : new WrappingSurface(document);
  let lastCount = -1;
  scanner = new PageScanner(document, matcher, surface, {
    onMentions(count) {
      if (count === lastCount) return;
      lastCount = count;
      ask({ type: 'page/mentions', count }).catch(() => undefined);
    },
    onShadowRoot: giveHighlightStyles,
  });
  const popover = new PopoverController(ctx);
  const pointer = new MentionPointer(document, surface, {
    open: (m, anchor) => popover.open(m, anchor),
    close: () => popover.close(),
    isInside: (target) => target instanceof Element && target.localName === OWN_UI_TAG,
  });
  popover.onClose = () => pointer.close();
  void scanner.start();
  ctx.onInvalidated(() => {
    scanner?.stop();
    pointer.dispose();
    surface.dispose();
  });
}

/**
 * The popover UI, mounted in a closed shadow root the first time it is needed (so a page where the reader
 * never hovers gets no extra element at all), outside <body> so the page's own DOM stays as it was.
 */
class PopoverController {
  private ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  private mounting: Promise<ShadowRootContentScriptUi<HTMLElement>> | null = null;
  private state: PopoverState = { status: 'closed' };
  private request = 0;
  private readonly lang = browserLang();
  private readonly t = translator(this.lang);
  onClose: () => void = () => undefined;

  constructor(private readonly ctx: ContentScriptContext) {}

  async open(mention: Mention, anchor: DOMRect): Promise<void> {
    const request = ++this.request;
    this.draw({ status: 'loading', anchor });
    try {
      const details = await ask({ type: 'term/details', id: mention.id });
      if (request !== this.request) return;
      this.draw(details ? { status: 'ready', anchor, details } : { status: 'missing', anchor });
    } catch (error) {
      if (request !== this.request) return;
      console.debug('Tre: term details failed', error);
      this.draw({ status: 'error', anchor });
    }
  }

  close(): void {
    this.request++;
    if (this.state.status !== 'closed') this.draw({ status: 'closed' });
  }

  private async draw(state: PopoverState): Promise<void> {
    this.state = state;
    if (state.status === 'closed' && !this.ui) return;
    const ui = await this.mount();
    if (this.state !== state) return; // a newer state was drawn meanwhile
    render(<TermPopover state={state} lang={this.lang} t={this.t} onClose={() => this.onClose()} />, ui.uiContainer);
  }

  private mount(): Promise<ShadowRootContentScriptUi<HTMLElement>> {
    this.mounting ??= createShadowRootUi(this.ctx, {
      name: OWN_UI_TAG,
      mode: 'closed',
      position: 'inline',
      anchor: () => document.documentElement,
      append: 'last',
      css: popoverCss,
      onMount: (container) => container,
      onRemove: (container) => {
        if (container) render(null, container);
      },
    }).then((ui) => {
      ui.mount();
      this.ui = ui;
      return ui;
    });
    return this.mounting;
  }
}

let highlightSheet: CSSStyleSheet | null = null;

/** Page stylesheets do not reach into shadow trees, so an open shadow root gets the ::highlight rule too. */
function giveHighlightStyles(root: ShadowRoot): void {
  try {
    if (!highlightSheet) {
      highlightSheet = new CSSStyleSheet();
      highlightSheet.replaceSync(
        '::highlight(tre-term){background-color:rgba(120,190,100,.28);' +
          'text-decoration:underline dotted rgba(47,111,62,.9)}',
      );
    }
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, highlightSheet];
  } catch (error) {
    console.debug('Tre: cannot style a shadow root', error);
  }
}

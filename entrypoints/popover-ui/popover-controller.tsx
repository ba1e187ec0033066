import { render } from 'preact';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import popoverCss from '../../components/popover.css?inline';
import { TermCard } from '../../components/TermCard';
import { TermPopover, type PopoverState } from '../../components/TermPopover';
import type { TermDetails } from '../../lib/glossary/catalog';
import { resolveLang, translator, type Lang } from '../../lib/i18n/i18n';
import { ask, askStore, StoreRequestError } from '../../lib/messaging/client';
import { meetingPlace } from '../../lib/page/meeting';
import type { Mention } from '../../lib/page/mention';
import { OWN_UI_TAG } from '../../lib/page/segments';
import type { Theme } from '../../lib/settings/schema';

/**
 * The popover UI, mounted in a closed shadow root the first time it is needed (so a page where the reader
 * never hovers gets no extra element at all), outside <body> so the page's own DOM stays as it was.
 */
export class PopoverController {
  private ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  private mounting: Promise<ShadowRootContentScriptUi<HTMLElement>> | null = null;
  private state: PopoverState = { status: 'closed' };
  private request = 0;
  private readonly details = new Map<string, Promise<TermDetails | null>>();
  /** Details already received, to draw synchronously. */
  private readonly settled = new Map<string, TermDetails>();
  private lang: Lang = resolveLang('auto');
  private t = translator(this.lang);
  private theme: Theme = 'auto';
  private warmed = false;
  /** The mention the card is about: saving keeps where it was met. */
  private mention: Mention | null = null;
  /** Saved or not, per term, as last heard from the background; absent while unknown. */
  private readonly saved = new Map<string, boolean>();
  private saveError: string | null = null;
  /**
   * The cards opened in this popover: the mention's term first, then each related term followed. Back returns
   * to the one before; a new mention starts over.
   */
  private trail: string[] = [];
  /** Where focus goes after the next draw (inside the popover only: the reader acted in it). */
  private focusAfterDraw: 'back' | { related: string } | null = null;
  /** The next draw shows a change to an open card (saved state), not an opening: the bench times only openings. */
  private redrawing = false;
  /** The next draw moves focus into the card (keyboard opening, issue 17). */
  private focusOnDraw = false;
  onClose: () => void = () => undefined;

  constructor(private readonly ctx: ContentScriptContext) {}

  setPreferences(lang: Lang, theme: Theme): void {
    if (lang === this.lang && theme === this.theme) return;
    this.lang = lang;
    this.t = translator(lang);
    this.theme = theme;
    if (this.state.status !== 'closed') void this.draw(this.state);
  }

  /**
   * Fetches the details and mounts the UI during the hover delay, so that when the delay ends the popover is
   * drawn at once, in the next frame, instead of after a round trip to the background.
   */
  prepare(mention: Mention): void {
    const first = !this.warmed;
    this.checkSaved(mention.id);
    this.warmed = true;
    void this.mount();
    this.detailsOf(mention.id)
      .then((details) => {
        if (!details) return;
        // Settled before the delay ends, the popover opens with one render instead of "loading" and then the card.
        this.settled.set(mention.id, details);
        if (first) return this.warmUp(details);
      })
      .catch(() => undefined); // open() asks again and shows the error
  }

  /**
   * Draws a card once, hidden, on the first hover: the first real popover then runs code the engine has
   * already compiled, in a shadow tree already styled and laid out once (the first open's work: 8.7 → 3.6 ms).
   */
  private async warmUp(details: TermDetails): Promise<void> {
    const ui = await this.mount();
    // Beside the popover's own container, inside the shadow root (where the popover's styles apply).
    const scratch = document.createElement('div');
    scratch.className = 'tre-popover';
    scratch.dataset.theme = this.theme;
    scratch.style.visibility = 'hidden';
    scratch.style.pointerEvents = 'none';
    ui.uiContainer.after(scratch);
    render(<TermCard details={details} lang={this.lang} t={this.t} maxAliases={6} brief showSources onOpenRelated={() => undefined} />, scratch);
    scratch.getBoundingClientRect(); // styles and lays the card out now, during the delay
    render(null, scratch);
    scratch.remove();
  }

  private detailsOf(id: string): Promise<TermDetails | null> {
    let pending = this.details.get(id);
    if (!pending) {
      pending = ask({ type: 'term/details', id });
      // Keep a few recent answers; a failed one is forgotten so the next hover asks again.
      pending.catch(() => this.details.delete(id));
      this.details.set(id, pending);
      if (this.details.size > 32) this.details.delete(this.details.keys().next().value!);
    }
    return pending;
  }

  /** `focus`: opened from the keyboard, so the card takes focus once drawn (from the mouse it never does). */
  async open(mention: Mention, anchor: DOMRect, focus = false): Promise<void> {
    const request = ++this.request;
    this.focusOnDraw = focus;
    this.mention = mention;
    this.trail = [mention.id];
    this.saveError = null;
    this.checkSaved(mention.id);
    // For `npm run bench`: from the hover delay's end to the explanation on screen (see markRendered).
    performance.mark(POPOVER_OPEN);
    const ready = this.settled.get(mention.id);
    if (ready) {
      this.draw({ status: 'ready', anchor, details: ready });
      return;
    }
    this.draw({ status: 'loading', anchor });
    try {
      const details = await this.detailsOf(mention.id);
      if (details) this.settled.set(mention.id, details);
      if (request !== this.request) return;
      this.draw(details ? { status: 'ready', anchor, details } : { status: 'missing', anchor });
    } catch (error) {
      if (request !== this.request) return;
      console.debug('Tre: term details failed', error);
      this.draw({ status: 'error', anchor });
    }
  }

  /** A related term's link: its card in place of this one, Back returning here. */
  private async openRelated(id: string): Promise<void> {
    if (this.state.status !== 'ready' && this.state.status !== 'loading') return;
    const anchor = this.state.anchor;
    this.trail = [...this.trail, id];
    await this.showTrailEnd(anchor, 'back');
  }

  /**
   * Escape in a related term's card: back to the card it was opened from, as the Back control does (issue 17);
   * false on the first card, where Escape closes the popover.
   */
  back(): boolean {
    if (this.state.status === 'closed' || this.trail.length < 2) return false;
    void this.goBack();
    return true;
  }

  private async goBack(): Promise<void> {
    if (this.state.status === 'closed' || this.trail.length < 2) return;
    const left = this.trail.at(-1)!;
    this.trail = this.trail.slice(0, -1);
    await this.showTrailEnd(this.state.anchor, { related: left });
  }

  /** Draws the last card of the trail, fetching its details first when they are not at hand. */
  private async showTrailEnd(anchor: DOMRect, focus: 'back' | { related: string }): Promise<void> {
    const request = ++this.request;
    const id = this.trail.at(-1)!;
    this.saveError = null;
    this.checkSaved(id);
    this.focusAfterDraw = focus;
    const ready = this.settled.get(id);
    if (ready) return this.draw({ status: 'ready', anchor, details: ready });
    try {
      const details = await this.detailsOf(id);
      if (details) this.settled.set(id, details);
      if (request !== this.request) return;
      await this.draw(details ? { status: 'ready', anchor, details } : { status: 'missing', anchor });
    } catch {
      if (request !== this.request) return;
      await this.draw({ status: 'error', anchor });
    }
  }

  close(): void {
    this.request++;
    // Focus still in the card (given back to <body>, which cannot take it) would stay on the hidden card in
    // Firefox, leaving the reader's keys going nowhere; Chromium drops it by itself.
    (this.ui?.shadow.activeElement as HTMLElement | null)?.blur();
    if (this.state.status !== 'closed') this.draw({ status: 'closed' });
  }

  private async draw(state: PopoverState): Promise<void> {
    this.state = state;
    if (state.status === 'closed' && !this.ui) return;
    const ui = await this.mount();
    if (this.state !== state) return; // a newer state was drawn meanwhile
    const actions = state.status === 'ready' ? this.actions(state.details.term.id) : null;
    const previous = this.trail.length > 1 ? this.settled.get(this.trail.at(-2)!) : undefined;
    const back = previous
      ? { name: this.lang === 'en' && previous.term.name.en ? previous.term.name.en : previous.term.name.vi, onBack: () => void this.goBack() }
      : undefined;
    render(
      <TermPopover
        state={state}
        lang={this.lang}
        t={this.t}
        theme={this.theme}
        onClose={() => this.onClose()}
        actions={actions}
        onOpenRelated={(id) => void this.openRelated(id)}
        back={back}
      />,
      ui.uiContainer,
    );
    if (this.focusOnDraw && state.status !== 'closed') {
      this.focusOnDraw = false;
      // The card itself, not its first button: a screen reader reads its name, and Tab goes on to its controls.
      const card = ui.uiContainer.querySelector<HTMLElement>('.tre-popover');
      if (card) {
        card.tabIndex = -1;
        card.focus({ preventScroll: true });
      }
    } else this.moveFocus(ui.shadow);
    if (state.status === 'ready') {
      if (this.redrawing) performance.mark('tre:popover-redrawn');
      else markRendered();
    }
    this.redrawing = false;
  }

  /**
   * After following a related link focus goes to Back (the link itself is gone); after Back, to the link the
   * reader followed. Only then: a popover opened by hovering never takes focus.
   */
  private moveFocus(root: ShadowRoot): void {
    const focus = this.focusAfterDraw;
    if (!focus || this.state.status === 'loading') return;
    this.focusAfterDraw = null;
    const target = focus === 'back'
      ? root.querySelector<HTMLElement>('.tre-popover-back') ?? root.querySelector<HTMLElement>('.tre-close')
      : root.querySelector<HTMLElement>(`.tre-related [data-term="${focus.related}"] button`) ?? root.querySelector<HTMLElement>('.tre-close');
    target?.focus({ preventScroll: true });
  }

  /** Asks whether the term is saved (once per term and page: the answer is kept and updated by the button). */
  private checkSaved(id: string): void {
    if (this.saved.has(id)) return;
    askStore({ type: 'store/is-saved', termIds: [id] }).then((ids) => {
      this.saved.set(id, ids.includes(id));
      this.redraw();
    }, () => undefined); // no answer: the button stays "Save", which saving again does no harm to
  }

  private redraw(): void {
    if (this.state.status !== 'ready') return;
    this.redrawing = true;
    void this.draw(this.state);
  }

  /** Saves the term with where it was met (this page, the sentence), or unsaves it. */
  private async toggleSave(id: string): Promise<void> {
    const wasSaved = this.saved.get(id) === true;
    this.saveError = null;
    try {
      if (wasSaved) {
        await askStore({ type: 'store/unsave', termId: id });
      } else {
        const place = this.mention?.id === id ? placeOf(this.mention) : null;
        await askStore({ type: 'store/save', termId: id, ...(place?.url ? { context: place } : {}) });
      }
      this.saved.set(id, !wasSaved);
    } catch (error) {
      this.saveError = this.t(`store_error_${error instanceof StoreRequestError ? error.code : 'failed'}`);
    }
    this.redraw();
  }

  /**
   * What the reader can do from the card: save it, see it on the timeline (the background opens the side panel at
   * the term's card and events), open it in Tre (the toolbar popup at its full card).
   */
  private actions(id: string) {
    const saved = this.saved.get(id) === true;
    return (
      <>
        <button type="button" class="tre-action" aria-pressed={saved} onClick={() => void this.toggleSave(id)}>
          {saved ? this.t('save_saved') : this.t('save_save')}
        </button>
        <button type="button" class="tre-action" onClick={() => void ask({ type: 'sidepanel/open', term: id }).catch(() => undefined)}>
          {this.t('lookup_timeline')}
        </button>
        <button type="button" class="tre-action" onClick={() => void ask({ type: 'popup/open', term: id }).catch(() => undefined)}>
          {this.t('popover_openInTre')}
        </button>
        {this.saveError && <p class="tre-action-error" role="alert">{this.saveError}</p>}
      </>
    );
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

const POPOVER_OPEN = 'tre:popover-open';

/**
 * Where the reader met the term, or null when the page cannot say: the term is then saved without a place rather
 * than not at all.
 */
function placeOf(mention: Mention): ReturnType<typeof meetingPlace> | null {
  try {
    return meetingPlace(document, mention);
  } catch (error) {
    console.debug('Tre: could not read where the term was met', error);
    return null;
  }
}

/**
 * For `npm run bench`, two measures from the delay's end: to the explanation rendered and laid out (the work,
 * which must fit in a frame), and to the next frame, in which it is painted (the work plus the wait for the
 * display, up to a frame more).
 */
function markRendered(): void {
  try {
    performance.measure('tre:popover-rendered', POPOVER_OPEN);
  } catch {
    return; // no open mark (the popover was redrawn for a settings change): nothing to measure
  }
  requestAnimationFrame(() => performance.measure('tre:popover-painted', POPOVER_OPEN));
}

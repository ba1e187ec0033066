import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { POPOVER_UI_FILE, POPOVER_UI_GLOBAL, type PopoverUi } from '../popover-ui/handle';
import type { PopoverController } from '../popover-ui/popover-controller';
import type { Lang } from '../../lib/i18n/i18n';
import type { Mention } from '../../lib/page/mention';
import type { Theme } from '../../lib/settings/schema';

/**
 * Stands in for the popover until it is first needed: the UI code (about a third of what the content script
 * used to carry) is imported when a reader first hovers, clicks or selects a mention. Loading starts on
 * hover, during the hover delay, so the first popover still opens when the delay ends.
 */
export class LazyPopover {
  private controller: PopoverController | null = null;
  private loading: Promise<PopoverController> | null = null;
  private preferences: [Lang, Theme] | null = null;
  onClose: () => void = () => undefined;

  constructor(private readonly ctx: ContentScriptContext) {}

  setPreferences(lang: Lang, theme: Theme): void {
    this.preferences = [lang, theme];
    this.controller?.setPreferences(lang, theme);
  }

  prepare(mention: Mention): void {
    this.load().then((c) => c.prepare(mention), (error) => console.debug('Tre: popover unavailable', error));
  }

  /** `focus`: opened from the keyboard; the card takes focus. */
  async open(mention: Mention, anchor: DOMRect, focus = false): Promise<void> {
    const controller = await this.load();
    await controller.open(mention, anchor, focus);
  }

  close(): void {
    this.controller?.close();
  }

  /** Escape in the card: back to the card a related term was opened from, if there is one. */
  back(): boolean {
    return this.controller?.back() ?? false;
  }

  private load(): Promise<PopoverController> {
    this.loading ??= import(/* @vite-ignore */ browser.runtime.getURL(POPOVER_UI_FILE)).then(() => {
      const ui = (globalThis as Record<string, unknown>)[POPOVER_UI_GLOBAL] as PopoverUi | undefined;
      if (!ui) throw new Error(`${POPOVER_UI_FILE} did not load`);
      const controller = ui.create(this.ctx);
      if (this.preferences) controller.setPreferences(...this.preferences);
      controller.onClose = () => this.onClose();
      this.controller = controller;
      return controller;
    });
    // A failed load (e.g. the extension was updated under the page) is tried again on the next hover.
    this.loading.catch(() => (this.loading = null));
    return this.loading;
  }
}

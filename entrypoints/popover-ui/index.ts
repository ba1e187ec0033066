import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { POPOVER_UI_GLOBAL, type PopoverUi } from './handle';
import { PopoverController } from './popover-controller';

// The popover's UI (Preact, the term card, the shadow-root mount) as its own file: the content script imports
// it the first time a reader hovers a mention, so a page where nobody does never parses any of it.
export default defineUnlistedScript(() => {
  const ui: PopoverUi = { create: (ctx) => new PopoverController(ctx) };
  (globalThis as Record<string, unknown>)[POPOVER_UI_GLOBAL] = ui;
});

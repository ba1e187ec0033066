import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PopoverController } from './popover-controller';

// What the popover's code (entrypoints/popover-ui, loaded on first use) hands to the content script. It runs
// in the content script's own isolated world, so a property of that world's global object is private to Tre.

/** Where popover-ui.js leaves its factory. */
export const POPOVER_UI_GLOBAL = '__trePopoverUi';
/** The built file, listed in web_accessible_resources so the content script may import() it. */
export const POPOVER_UI_FILE = '/popover-ui.js';

export type PopoverUi = { create(ctx: ContentScriptContext): PopoverController };

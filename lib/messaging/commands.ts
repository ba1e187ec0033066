// Tre's keyboard commands (the manifest's `commands`): what each does, its default keys, and how it is named in
// the browser's shortcut settings (public/_locales) and on the options page (lib/i18n/ui-strings.ts).
// The reasons for which ones have default keys: docs/decisions/010-keyboard-commands.md.

export type CommandName =
  | '_execute_action' | 'toggle-site' | 'open-side-panel' | 'next-mention' | 'previous-mention' | 'explain-selection';

export type CommandInfo = {
  name: CommandName;
  /** Default keys in Chrome, which allows at most four commands to have one; null: bound by the reader. */
  chromeKey: string | null;
  /** Default keys in Firefox (no such limit). */
  firefoxKey: string | null;
  /** Key of the manifest's description in public/_locales. */
  message: string;
};

/** In the order the options page lists them: reading first. */
export const COMMANDS: readonly CommandInfo[] = [
  // Chromium (156, Linux) silently refuses Alt+Shift+N and Alt+Shift+P as suggested keys (the commands install
  // unbound; measured, decision 010), so Chrome suggests the keys that read as "next" and "previous": > and <.
  { name: 'next-mention', chromeKey: 'Alt+Shift+Period', firefoxKey: 'Alt+Shift+N', message: 'cmdNextMention' },
  { name: 'previous-mention', chromeKey: 'Alt+Shift+Comma', firefoxKey: 'Alt+Shift+P', message: 'cmdPreviousMention' },
  { name: '_execute_action', chromeKey: 'Alt+Shift+L', firefoxKey: 'Alt+Shift+L', message: 'cmdOpenLookup' },
  { name: 'toggle-site', chromeKey: 'Alt+Shift+H', firefoxKey: 'Alt+Shift+H', message: 'cmdToggleSite' },
  { name: 'explain-selection', chromeKey: null, firefoxKey: 'Alt+Shift+T', message: 'cmdExplainSelection' },
  { name: 'open-side-panel', chromeKey: null, firefoxKey: 'Alt+Shift+S', message: 'cmdOpenPanel' },
];

/** Chrome refuses to install an extension whose manifest suggests keys for more than four commands. */
export const CHROME_MAX_SUGGESTED_KEYS = 4;

/** The manifest's `commands` for a browser (MV2 Firefox names the popup's command after browser_action). */
export function manifestCommands(browser: string): Record<string, { suggested_key?: { default: string }; description: string }> {
  const firefox = browser === 'firefox';
  const out: Record<string, { suggested_key?: { default: string }; description: string }> = {};
  for (const c of COMMANDS) {
    const name = c.name === '_execute_action' && firefox ? '_execute_browser_action' : c.name;
    const key = firefox ? c.firefoxKey : c.chromeKey;
    out[name] = { ...(key ? { suggested_key: { default: key } } : {}), description: `__MSG_${c.message}__` };
  }
  return out;
}

/** The key of a command's label in lib/i18n/ui-strings.ts, shared by the options page and the popup. */
export function commandLabelKey(name: string): string {
  return `shortcut_${(name === '_execute_browser_action' ? '_execute_action' : name).replace(/-/g, '_')}`;
}

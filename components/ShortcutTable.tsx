import type { Translate } from '../lib/i18n/i18n';
import { commandLabelKey, COMMANDS, type CommandName } from '../lib/messaging/commands';

/** A command as the browser reports it: its name and the keys bound now ('' when none). */
export type BoundCommand = { name: string; shortcut: string };

type Props = {
  t: Translate;
  /** From browser.commands.getAll(); null while unknown or where the browser does not say. */
  bound: BoundCommand[] | null;
  /** Opens the browser's shortcut settings; resolves false where the browser refuses. */
  onOpenSettings: () => void;
  /** The browser the page runs in, for the directions that fit it. */
  firefox: boolean;
};

/** Every keyboard command with the keys bound now, Escape in a card, and the way to the browser's settings. */
export function ShortcutTable({ t, bound, onOpenSettings, firefox }: Props) {
  const keysOf = (name: CommandName): string | null => {
    if (!bound) return null;
    const found = bound.find((c) => c.name === name || (name === '_execute_action' && c.name === '_execute_browser_action'));
    return readable(found?.shortcut ?? '');
  };
  return (
    <>
      <table class="tre-shortcuts">
        <tbody>
          {COMMANDS.map((c) => {
            const keys = keysOf(c.name);
            return (
              <tr key={c.name}>
                <th scope="row">{t(commandLabelKey(c.name))}</th>
                <td>{keys ? <kbd>{keys}</kbd> : <span class="tre-help">{keys === null ? '…' : t('options_shortcutNotSet')}</span>}</td>
              </tr>
            );
          })}
          <tr>
            <th scope="row">{t('shortcut_escape')}</th>
            <td><kbd>Esc</kbd></td>
          </tr>
        </tbody>
      </table>
      {bound === null && <p class="tre-help">{t('options_shortcutsUnknown')}</p>}
      <p class="tre-help">{t('options_shortcutsHelp')}</p>
      <p>
        <button type="button" onClick={onOpenSettings}>{t('options_shortcutsOpen')}</button>
      </p>
      <p class="tre-help">{firefox ? t('options_shortcutsHowFirefox') : t('options_shortcutsHowChrome')}</p>
    </>
  );
}

/** Chrome names some keys by word ("Alt+Shift+Period"); a reader looks for the key's mark. */
function readable(keys: string): string {
  return keys.replace(/\bPeriod\b/, '.').replace(/\bComma\b/, ',');
}

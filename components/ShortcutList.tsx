import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Translate } from '../lib/i18n/i18n';
import { commandLabelKey } from '../lib/messaging/commands';

/** A browser command as `commands.getAll()` gives it: its name, its description and the keys bound (or ''). */
export type Shortcut = { name: string; description: string; shortcut: string };

/** The commands of Tre, read from the browser (which knows the keys the reader bound), or null while asking. */
export function useShortcuts(): Shortcut[] | null {
  const [list, setList] = useState<Shortcut[] | null>(null);
  useEffect(() => {
    browser.commands.getAll().then(
      (commands) => setList(commands.flatMap((c) => (c.name ? [{ name: c.name, description: c.description ?? '', shortcut: c.shortcut ?? '' }] : []))),
      () => setList([]),
    );
  }, []);
  return list;
}

type Props = {
  shortcuts: readonly Shortcut[];
  t: Translate;
  /** Opens the browser's shortcut settings; without it, only the explanation for Firefox is shown. */
  onChange?: () => void;
  /** Firefox older than 137 has no way to open its shortcut page: the steps are written out instead. */
  showFirefoxSteps?: boolean;
};

/**
 * Tre's keyboard shortcuts as the browser has them bound, and the way to change them. A command's description
 * comes in the reader's chosen language where Tre knows the command, else as the browser gives it (in the
 * browser's language). Pure: props in, DOM out.
 */
export function ShortcutList({ shortcuts, t, onChange, showFirefoxSteps = false }: Props) {
  return (
    <div class="tre-shortcuts">
      <dl>
        {shortcuts.map((s) => {
          const key = commandLabelKey(s.name);
          const label = t(key) === key ? s.description : t(key);
          return (
            <div key={s.name} class="tre-shortcut" data-command={s.name}>
              <dt>{s.shortcut ? <kbd>{s.shortcut}</kbd> : <span class="tre-shortcut-unset">{t('popup_shortcutUnset')}</span>}</dt>
              <dd>{label}</dd>
            </div>
          );
        })}
      </dl>
      {onChange && <button type="button" class="tre-link-button" onClick={onChange}>{t('popup_shortcutsChange')}</button>}
      {showFirefoxSteps && <p class="tre-hint">{t('popup_shortcutsFirefox')}</p>}
    </div>
  );
}

import { storage, type WxtStorageItem } from '@wxt-dev/storage';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from './schema';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './migrations';

// One item in storage.local: every context reads it and follows its changes (storage.onChanged), so a
// switch flipped in the popup or the options page reaches open pages without a reload. Not storage.sync:
// its 8 KB per item would cap the list of disabled sites, and syncing between devices was not asked for.
export const SETTINGS_KEY = 'local:settings' as const;

export type SettingsItem = WxtStorageItem<Settings, Record<string, unknown>>;

/** Defines the item (running its migrations); a function so that tests can define it again on new data. */
export function defineSettingsItem(): SettingsItem {
  return storage.defineItem<Settings>(SETTINGS_KEY, {
    fallback: DEFAULT_SETTINGS,
    version: SETTINGS_VERSION,
    migrations: SETTINGS_MIGRATIONS,
  });
}

let item: SettingsItem | null = null;
const settingsItem = (): SettingsItem => (item ??= defineSettingsItem());

export async function readSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem().getValue());
}

let writing: Promise<unknown> = Promise.resolve();

/**
 * Applies a change to the stored settings and returns the result. Changes from one page are applied one
 * after another, so two quick clicks never both start from the same old value.
 */
export function updateSettings(change: Partial<Settings> | ((now: Settings) => Partial<Settings>)): Promise<Settings> {
  const done = writing.then(async () => {
    const now = await readSettings();
    const next = normalizeSettings({ ...now, ...(typeof change === 'function' ? change(now) : change) });
    await settingsItem().setValue(next);
    return next;
  });
  writing = done.catch(() => undefined);
  return done;
}

/** Calls back with the settings whenever any context changes them. Returns the unsubscribe function. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem().watch((value) => callback(normalizeSettings(value)));
}

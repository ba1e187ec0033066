import { TERM_TYPES } from '../glossary/schema';
import { SETTINGS_VERSION } from './migrations';
import {
  DEFAULT_SETTINGS, HIGHLIGHT_STYLES, HOVER_DELAY_MAX_MS, HOVER_DELAY_MIN_MS, MENTION_MARKINGS, NEW_CARDS_PER_DAY_MAX,
  NEW_CARDS_PER_DAY_MIN, TARGET_RETENTION_MAX, TARGET_RETENTION_MIN, THEMES, UI_LANGUAGES, type Settings,
} from './schema';

// The settings as a content script reads them at start: straight from storage.local through the browser's own
// API, checked by hand. The usual way (lib/settings/store.ts: @wxt-dev/storage items, valibot's schema,
// webextension-polyfill) put some 25 KB of library code on the start path of every tab (docs/performance.md,
// issue 18). What this reads and what `normalizeSettings` reads must agree: page-settings.test.ts compares the
// two on the stored samples of every version and on broken values.

/** The storage.local key the settings item lives under (SETTINGS_KEY without its "local:" area). */
const KEY = 'settings';
/** Where @wxt-dev/storage keeps the item's metadata (its version). */
const META_KEY = 'settings$';

/** The part of the browser's storage API this needs (chrome.storage and browser.storage both fit). */
export type StorageArea = { get(keys: string[]): Promise<Record<string, unknown>> };
export type StorageEvents = {
  addListener(listener: StorageListener): void;
  removeListener(listener: StorageListener): void;
};
type StorageListener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

/**
 * A usable Settings from whatever is stored, field by field as `normalizeSettings` does: a valid field is kept,
 * a missing or invalid one takes its default, unknown fields are dropped.
 */
export function settingsFromStored(stored: unknown): Settings {
  const raw = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  const bool = (k: keyof Settings) => (typeof raw[k] === 'boolean' ? raw[k] : d[k]) as boolean;
  const oneOf = <T extends string>(k: keyof Settings, values: readonly T[]) =>
    (values.includes(raw[k] as T) ? raw[k] : d[k]) as T;
  const between = (k: keyof Settings, min: number, max: number, integer: boolean) => {
    const x = raw[k];
    return (typeof x === 'number' && x >= min && x <= max && (!integer || Number.isInteger(x)) ? x : d[k]) as number;
  };
  const disabledSites = Array.isArray(raw.disabledSites)
    ? [...new Set(raw.disabledSites.filter(isSite))]
    : [...d.disabledSites];
  const types = Array.isArray(raw.highlightTypes) ? raw.highlightTypes : d.highlightTypes;
  return {
    enabled: bool('enabled'),
    disabledSites,
    highlightStyle: oneOf('highlightStyle', HIGHLIGHT_STYLES),
    highlightTypes: TERM_TYPES.filter((t) => types.includes(t)),
    mentionMarking: oneOf('mentionMarking', MENTION_MARKINGS),
    markEverywhere: bool('markEverywhere'),
    hoverDelayMs: between('hoverDelayMs', HOVER_DELAY_MIN_MS, HOVER_DELAY_MAX_MS, true),
    uiLanguage: oneOf('uiLanguage', UI_LANGUAGES),
    theme: oneOf('theme', THEMES),
    newCardsPerDay: between('newCardsPerDay', NEW_CARDS_PER_DAY_MIN, NEW_CARDS_PER_DAY_MAX, true),
    targetRetention: between('targetRetention', TARGET_RETENTION_MIN, TARGET_RETENTION_MAX, false),
    keepUrlQuery: bool('keepUrlQuery'),
  };
}

/** lib/settings/schema.ts's siteSchema, by hand. */
function isSite(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 1 && value.length <= 253 && /^[a-z0-9.\-:[\]_]+$/.test(value);
}

/**
 * Reads the settings. A value stored by an older version is read as it is, each field it lacks taking its
 * default: the background migrates the stored item when it starts (it defines the item), which after an
 * update happens before any page loads; the migrations so far only add fields with their defaults or clamp
 * one to its new bounds, which this reading does as well.
 */
export async function readPageSettings(area: StorageArea): Promise<Settings> {
  const got = await area.get([KEY, META_KEY]);
  const meta = got[META_KEY] as { v?: unknown } | undefined;
  const stored = got[KEY];
  if (stored === undefined) return settingsFromStored(undefined);
  // A value from before the last migration: clamp what a migration clamps (3: the hover delay's new floor).
  if (typeof meta?.v !== 'number' || meta.v < SETTINGS_VERSION) return settingsFromStored(migrateForReading(stored));
  return settingsFromStored(stored);
}

function migrateForReading(stored: unknown): unknown {
  if (typeof stored !== 'object' || stored === null) return stored;
  const s = stored as Record<string, unknown>;
  const delay = s.hoverDelayMs;
  return typeof delay === 'number' && delay < HOVER_DELAY_MIN_MS ? { ...s, hoverDelayMs: HOVER_DELAY_MIN_MS } : s;
}

/** Calls back with the settings whenever another context changes them. Returns the unsubscribe function. */
export function watchPageSettings(events: StorageEvents, callback: (settings: Settings) => void): () => void {
  const listener: StorageListener = (changes, area) => {
    if (area !== 'local' || !(KEY in changes)) return;
    callback(settingsFromStored(changes[KEY]!.newValue));
  };
  events.addListener(listener);
  return () => events.removeListener(listener);
}

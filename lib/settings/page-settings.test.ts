import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { SETTINGS_SAMPLES, SETTINGS_VERSION } from './migrations';
import { readPageSettings, settingsFromStored, watchPageSettings } from './page-settings';
import { DEFAULT_SETTINGS, normalizeSettings } from './schema';
import { defineSettingsItem, updateSettings } from './store';

beforeEach(() => {
  fakeBrowser.reset();
});

// The content script's own reading must give what the schema gives, or a page would mark what the options
// page says it does not.
const BROKEN: unknown[] = [
  undefined, null, 'garbage', 42, [], {},
  { enabled: 'yes', disabledSites: 'a.com', highlightTypes: 'person', hoverDelayMs: '350' },
  { enabled: false, hoverDelayMs: -5, theme: 'sepia', highlightTypes: ['person', 'bogus', 'person'], extra: 1 },
  { disabledSites: ['vnexpress.net', 'VNEXPRESS.NET', '', 'a b', 'vnexpress.net', 'x'.repeat(254), 'localhost:8080', '[::1]'] },
  { hoverDelayMs: 99 }, { hoverDelayMs: 2001 }, { hoverDelayMs: 350.5 }, { hoverDelayMs: Number.NaN },
  { newCardsPerDay: 201, targetRetention: 0.5 }, { newCardsPerDay: 0, targetRetention: 0.99 }, { targetRetention: 0.755 },
  { highlightTypes: [] }, { highlightTypes: ['place', 'treaty', 7] }, { uiLanguage: 'fr', theme: 'dark', mentionMarking: 'every' },
  { highlightStyle: 'underline', markEverywhere: true, keepUrlQuery: 1 },
];

describe('settings as a content script reads them', () => {
  it.each(BROKEN.map((b) => [JSON.stringify(b) ?? 'undefined', b]))('agrees with normalizeSettings on %s', (_, stored) => {
    expect(settingsFromStored(stored)).toEqual(normalizeSettings(stored));
  });

  it.each(Object.entries(SETTINGS_SAMPLES))('reads what version %s stored as the migrated item does', async (version, sample) => {
    await fakeBrowser.storage.local.set({ settings: sample.stored, settings$: { v: Number(version) } });
    expect(await readPageSettings(fakeBrowser.storage.local)).toEqual({ ...DEFAULT_SETTINGS, ...sample.reads });
  });

  it('reads an unmigrated hover delay below the floor as the floor, as migration 3 does', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...SETTINGS_SAMPLES[2]!.stored as object, hoverDelayMs: 0 }, settings$: { v: 2 } });
    expect((await readPageSettings(fakeBrowser.storage.local)).hoverDelayMs).toBe(100);
    await fakeBrowser.storage.local.set({ settings: { hoverDelayMs: 0 }, settings$: { v: SETTINGS_VERSION } });
    expect((await readPageSettings(fakeBrowser.storage.local)).hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
  });

  it('gives the defaults on a fresh install', async () => {
    expect(await readPageSettings(fakeBrowser.storage.local)).toEqual(DEFAULT_SETTINGS);
  });

  it('reads what the settings item wrote, and hears its changes', async () => {
    defineSettingsItem();
    const heard: boolean[] = [];
    const stop = watchPageSettings(fakeBrowser.storage.onChanged, (s) => heard.push(s.enabled));
    await updateSettings({ enabled: false, highlightStyle: 'underline' });
    expect(await readPageSettings(fakeBrowser.storage.local)).toEqual({ ...DEFAULT_SETTINGS, enabled: false, highlightStyle: 'underline' });
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    stop();
    await updateSettings({ enabled: true });
    expect(heard).toEqual([false]);
  });
});

import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { SETTINGS_MIGRATIONS, SETTINGS_SAMPLES, SETTINGS_VERSION } from './migrations';
import { DEFAULT_SETTINGS, normalizeSettings } from './schema';
import { isHighlightingOn, siteOf, withSite } from './site';
import { defineSettingsItem, readSettings, updateSettings, watchSettings } from './store';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('stored settings', () => {
  it('gives the defaults on a fresh install', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('has a sample for every version from 1 to the current one, and a migration for every step', () => {
    for (let v = 1; v <= SETTINGS_VERSION; v++) expect(SETTINGS_SAMPLES[v], `sample of v${v}`).toBeDefined();
    for (let v = 2; v <= SETTINGS_VERSION; v++) expect(SETTINGS_MIGRATIONS[v], `migration to v${v}`).toBeTypeOf('function');
  });

  it.each(Object.entries(SETTINGS_SAMPLES))('reads what version %s stored, and marks it current', async (version, sample) => {
    await fakeBrowser.storage.local.set({ settings: sample.stored, settings$: { v: Number(version) } });
    const item = defineSettingsItem();
    expect(normalizeSettings(await item.getValue())).toEqual({ ...DEFAULT_SETTINGS, ...sample.reads });
    expect(await item.getMeta()).toEqual({ v: SETTINGS_VERSION });
  });

  it('reads a version-2 hover delay of 0 (what an emptied field saved) as the new floor of 0.1 s', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...SETTINGS_SAMPLES[2]!.stored as object, hoverDelayMs: 0 }, settings$: { v: 2 } });
    expect(normalizeSettings(await defineSettingsItem().getValue()).hoverDelayMs).toBe(100);
  });

  it('reads a value stored before versions were recorded as version 1', async () => {
    await fakeBrowser.storage.local.set({ settings: SETTINGS_SAMPLES[1]!.stored });
    expect(normalizeSettings(await defineSettingsItem().getValue())).toEqual({ ...DEFAULT_SETTINGS, ...SETTINGS_SAMPLES[1]!.reads });
  });

  it('keeps the valid fields of a damaged value and defaults the rest', async () => {
    await fakeBrowser.storage.local.set({
      settings: { enabled: false, hoverDelayMs: -5, theme: 'sepia', highlightTypes: ['person', 'bogus', 'person'], extra: 1 },
    });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, enabled: false, highlightTypes: ['person'] });
    expect(normalizeSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ newCardsPerDay: 201, targetRetention: 0.5 })).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ newCardsPerDay: 0, targetRetention: 0.99 })).toEqual({ ...DEFAULT_SETTINGS, newCardsPerDay: 0, targetRetention: 0.99 });
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('writes changes, and every watcher hears them', async () => {
    const heard: boolean[] = [];
    const stop = watchSettings((s) => heard.push(s.enabled));
    const next = await updateSettings({ enabled: false });
    expect(next.enabled).toBe(false);
    expect((await readSettings()).enabled).toBe(false);
    await updateSettings((now) => withSite(now, 'vnexpress.net', false));
    expect((await readSettings()).disabledSites).toEqual(['vnexpress.net']);
    stop();
    expect(heard).toEqual([false, false]);
  });

  it('does not share the default lists between readers', async () => {
    const a = await readSettings();
    a.disabledSites.push('x.org');
    expect((await readSettings()).disabledSites).toEqual([]);
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
  });
});

describe('sites', () => {
  it('keys a page by its host without www., local files as one site, other schemes not at all', () => {
    expect(siteOf(new URL('https://www.VnExpress.net/a?b'))).toBe('vnexpress.net');
    expect(siteOf(new URL('http://127.0.0.1:8080/x'))).toBe('127.0.0.1');
    expect(siteOf(new URL('file:///home/a.html'))).toBe('file');
    expect(siteOf(new URL('chrome://extensions'))).toBeNull();
  });

  it('marks a site only when both the global switch and the site switch are on', () => {
    const off = { ...DEFAULT_SETTINGS, ...withSite(DEFAULT_SETTINGS, 'a.vn', false) };
    expect(isHighlightingOn(DEFAULT_SETTINGS, 'a.vn')).toBe(true);
    expect(isHighlightingOn(off, 'a.vn')).toBe(false);
    expect(isHighlightingOn(off, 'b.vn')).toBe(true);
    expect(isHighlightingOn({ ...DEFAULT_SETTINGS, enabled: false }, 'b.vn')).toBe(false);
    expect(withSite(off, 'a.vn', true).disabledSites).toEqual([]);
  });
});

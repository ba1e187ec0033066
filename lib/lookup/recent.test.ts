import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { clearRecent, MAX_RECENT, readRecent, rememberLookup, withRecent } from './recent';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('recent lookups', () => {
  it('puts the newest first without repeating a term, and stays bounded', () => {
    expect(withRecent(['a', 'b', 'c'], 'b')).toEqual(['b', 'a', 'c']);
    expect(withRecent(['a', 'b'], 'c', 2)).toEqual(['c', 'a']);
  });

  it('keeps the list in storage, bounded, until cleared', async () => {
    expect(await readRecent()).toEqual([]);
    for (let i = 0; i < MAX_RECENT + 3; i++) await rememberLookup(`term-${i}`);
    const list = await readRecent();
    expect(list).toHaveLength(MAX_RECENT);
    expect(list[0]).toBe(`term-${MAX_RECENT + 2}`);
    await clearRecent();
    expect(await readRecent()).toEqual([]);
  });

  it('keeps both of two lookups made at once', async () => {
    await Promise.all([rememberLookup('a'), rememberLookup('b')]);
    expect(await readRecent()).toEqual(['b', 'a']);
  });

  it('reads anything else under its key as no lookups', async () => {
    await fakeBrowser.storage.local.set({ recentLookups: [42, 'Not An Id'] });
    expect(await readRecent()).toEqual([]);
  });
});

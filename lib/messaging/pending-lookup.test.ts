import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { leavePendingLookup, PENDING_LOOKUP_TTL_MS, queryFromSelection, takePendingLookup, takePendingTarget } from './pending-lookup';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the context menu → popup hand-off', () => {
  it('turns a selection into a one-line query of bounded length', () => {
    expect(queryFromSelection('  Hiệp định\n  Giơ-ne-vơ\t')).toBe('Hiệp định Giơ-ne-vơ');
    expect(queryFromSelection('x'.repeat(500))).toHaveLength(120);
  });

  it('hands a query over once', async () => {
    await leavePendingLookup('LHQ', 1_000);
    expect(await takePendingLookup(1_500)).toBe('LHQ');
    expect(await takePendingLookup(1_600)).toBeNull();
  });

  it('lets a query left behind expire, so a popup opened later by hand starts empty', async () => {
    await leavePendingLookup('LHQ', 1_000);
    expect(await takePendingLookup(1_000 + PENDING_LOOKUP_TTL_MS + 1)).toBeNull();
    expect(await takePendingLookup(1_000)).toBeNull(); // taken even when expired
  });

  it('hands a term to open over once (the popover\'s "Open in Tre")', async () => {
    await leavePendingLookup('', 1_000, 'asean');
    expect(await takePendingTarget(1_500)).toEqual({ query: '', term: 'asean' });
    expect(await takePendingTarget(1_600)).toBeNull();
    await leavePendingLookup('LHQ', 2_000);
    expect(await takePendingTarget(2_100)).toEqual({ query: 'LHQ' });
  });

  it('ignores anything else found under its key', async () => {
    await fakeBrowser.storage.session.set({ pendingLookup: { query: 42, at: 'now' } });
    expect(await takePendingLookup()).toBeNull();
  });
});

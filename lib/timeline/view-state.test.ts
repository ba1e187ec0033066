import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_SIDEPANEL_STATE, SIDEPANEL_STATE_VERSION, defineSidepanelStateItem, normalizeSidepanelState,
  readSidepanelState, updateSidepanelState,
} from './view-state';

beforeEach(() => {
  fakeBrowser.reset();
});

const VERSION_1 = {
  view: 'page',
  filter: { era: '1945-1954', termType: 'treaty', lesson: 13, onlyPageTerms: true, onlySaved: true, query: 'gionevo' },
  timelineScroll: 1200,
  lastTerm: 'hiep-dinh-gio-ne-vo-1954',
};

describe('the side panel\'s remembered state', () => {
  it('starts on the unfiltered timeline at the top', async () => {
    expect(await readSidepanelState()).toEqual({ view: 'timeline', filter: {}, timelineScroll: 0, lastTerm: null });
  });

  it('reads back what version 1 stored, and marks it current', async () => {
    await fakeBrowser.storage.local.set({ sidepanelState: VERSION_1, sidepanelState$: { v: 1 } });
    const item = defineSidepanelStateItem();
    expect(normalizeSidepanelState(await item.getValue())).toEqual(VERSION_1);
    expect(await item.getMeta()).toEqual({ v: SIDEPANEL_STATE_VERSION });
  });

  it('keeps the valid fields of a damaged value and defaults the rest', async () => {
    await fakeBrowser.storage.local.set({
      sidepanelState: {
        view: 'review', timelineScroll: -4, lastTerm: 'Not A Slug', extra: true,
        filter: { era: '1986-nay', termType: 'planet', lesson: 7, onlySaved: 'yes', query: 42, colour: 'red' },
      },
    });
    expect(await readSidepanelState()).toEqual({ ...DEFAULT_SIDEPANEL_STATE, filter: { era: '1986-nay' } });
    expect(normalizeSidepanelState('garbage')).toEqual(DEFAULT_SIDEPANEL_STATE);
    expect(normalizeSidepanelState({ filter: [1], timelineScroll: Infinity })).toEqual(DEFAULT_SIDEPANEL_STATE);
    expect(normalizeSidepanelState({ timelineScroll: 10.6, filter: { onlyPageTerms: false, query: '' } }))
      .toEqual({ ...DEFAULT_SIDEPANEL_STATE, timelineScroll: 11 });
  });

  it('drops a remembered era the data no longer has, when told the eras', async () => {
    await fakeBrowser.storage.local.set({ sidepanelState: { filter: { era: 'old', lesson: 12 } } });
    expect((await readSidepanelState({ eras: ['1945-1954'] })).filter).toEqual({ lesson: 12 });
    expect((await readSidepanelState()).filter).toEqual({ era: 'old', lesson: 12 });
  });

  it('writes changes one after another', async () => {
    const a = updateSidepanelState({ view: 'page' });
    const b = updateSidepanelState((now) => ({ filter: { ...now.filter, lesson: 12 } }));
    const c = updateSidepanelState({ timelineScroll: 300 });
    await Promise.all([a, b, c]);
    expect(await readSidepanelState()).toEqual({ view: 'page', filter: { lesson: 12 }, timelineScroll: 300, lastTerm: null });
  });

  it('does not share the default filter between readers', async () => {
    const state = await readSidepanelState();
    expect(Object.isFrozen(state.filter)).toBe(false);
    state.filter.lesson = 14;
    expect((await readSidepanelState()).filter).toEqual({});
  });
});

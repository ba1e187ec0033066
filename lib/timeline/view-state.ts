import * as v from 'valibot';
import { storage, type WxtStorageItem } from '@wxt-dev/storage';
import { TERM_TYPES } from '../glossary/schema';
import type { TimelineFilter } from './filters';
import { TEXTBOOK_LESSONS } from './lessons';

// What the side panel remembers between openings: the reader comes back to the view, the filters and the place
// in the timeline they left. One item in storage.local (the panel is one per window at most, and a reader
// switching windows expects the same panel); not sync: it is a place in a page, not a preference.

export const SIDEPANEL_STATE_KEY = 'local:sidepanelState' as const;
/** The version this build writes; add a migration to `defineSidepanelStateItem` with the next. */
export const SIDEPANEL_STATE_VERSION = 1;

export const SIDEPANEL_VIEWS = ['timeline', 'page', 'saved'] as const;
export type SidepanelView = (typeof SIDEPANEL_VIEWS)[number];

export type SidepanelState = {
  view: SidepanelView;
  filter: TimelineFilter;
  /** The timeline's scroll offset in CSS px. */
  timelineScroll: number;
  /** The term whose card was open last, or null. */
  lastTerm: string | null;
};

export const DEFAULT_SIDEPANEL_STATE: SidepanelState = Object.freeze({
  view: 'timeline',
  filter: Object.freeze({}) as TimelineFilter,
  timelineScroll: 0,
  lastTerm: null,
}) as SidepanelState;

/** A remembered query longer than any a reader types is not one. */
const MAX_QUERY = 200;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const filterFields: { [K in keyof TimelineFilter]-?: v.GenericSchema<unknown, NonNullable<TimelineFilter[K]>> } = {
  era: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  termType: v.picklist(TERM_TYPES),
  lesson: v.picklist(TEXTBOOK_LESSONS),
  onlyPageTerms: v.boolean(),
  onlySaved: v.boolean(),
  query: v.pipe(v.string(), v.maxLength(MAX_QUERY)),
};

/**
 * Whatever is stored, a usable state, as normalizeSettings does for the settings: each valid field is kept, each
 * missing or invalid one takes its default (in the filter: is left unset), unknown fields are dropped. Storage can
 * hold a value from a newer build after a downgrade, or one written by hand. Given the eras' ids, a remembered
 * era the data no longer has is dropped too (it would filter the timeline down to nothing).
 */
export function normalizeSidepanelState(stored: unknown, { eras }: { eras?: readonly string[] } = {}): SidepanelState {
  const raw = asRecord(stored);
  const rawFilter = asRecord(raw.filter);
  const filter: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(filterFields)) {
    const parsed = v.safeParse(schema, rawFilter[key]);
    // false and '' say the same as unset: kept out, so an untouched filter stays {}.
    if (parsed.success && parsed.output !== false && parsed.output !== '') filter[key] = parsed.output;
  }
  if (eras && !eras.includes(filter.era as string)) delete filter.era;
  const scroll = raw.timelineScroll;
  return {
    view: v.is(v.picklist(SIDEPANEL_VIEWS), raw.view) ? raw.view : DEFAULT_SIDEPANEL_STATE.view,
    filter: filter as TimelineFilter,
    timelineScroll: typeof scroll === 'number' && Number.isFinite(scroll) && scroll >= 0 ? Math.round(scroll) : 0,
    lastTerm: typeof raw.lastTerm === 'string' && SLUG.test(raw.lastTerm) ? raw.lastTerm : null,
  };
}

export type SidepanelStateItem = WxtStorageItem<SidepanelState, Record<string, unknown>>;

/** Defines the item; a function so that tests can define it again on new data. */
export function defineSidepanelStateItem(): SidepanelStateItem {
  return storage.defineItem<SidepanelState>(SIDEPANEL_STATE_KEY, {
    fallback: DEFAULT_SIDEPANEL_STATE,
    version: SIDEPANEL_STATE_VERSION,
    // Version 1 is the first; nothing to migrate from yet. Never edit a published step.
    migrations: {},
  });
}

let item: SidepanelStateItem | null = null;
const stateItem = (): SidepanelStateItem => (item ??= defineSidepanelStateItem());

export async function readSidepanelState(options: { eras?: readonly string[] } = {}): Promise<SidepanelState> {
  return normalizeSidepanelState(await stateItem().getValue(), options);
}

let writing: Promise<unknown> = Promise.resolve();

/**
 * Applies a change to the remembered state and returns the result; changes are applied one after another, so
 * a scroll save and a filter change in quick succession never both start from the same old value.
 */
export function updateSidepanelState(
  change: Partial<SidepanelState> | ((now: SidepanelState) => Partial<SidepanelState>),
): Promise<SidepanelState> {
  const done = writing.then(async () => {
    const now = await readSidepanelState();
    const next = normalizeSidepanelState({ ...now, ...(typeof change === 'function' ? change(now) : change) });
    await stateItem().setValue(next);
    return next;
  });
  writing = done.catch(() => undefined);
  return done;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

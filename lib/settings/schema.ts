import * as v from 'valibot';
import { TERM_TYPES, type TermType } from '../glossary/schema';

// The reader's preferences (issue 4): what the options page edits and every context reads.

export const HIGHLIGHT_STYLES = ['background', 'underline'] as const;
/** every: each mention marked alike; first: each term's first mention strongly, later ones lightly. */
export const MENTION_MARKINGS = ['every', 'first'] as const;
export const UI_LANGUAGES = ['auto', 'vi', 'en'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;
/**
 * Bounds of the hover delay the options page offers: below 0.1 s a card flashes up under every word the pointer
 * crosses while reading; beyond 2 s a reader thinks hovering does nothing.
 */
export const HOVER_DELAY_MIN_MS = 100;
export const HOVER_DELAY_MAX_MS = 2000;
/** New review cards a day: 0 pauses new cards; past 200 the daily reviews they bring become unmanageable. */
export const NEW_CARDS_PER_DAY_MIN = 0;
export const NEW_CARDS_PER_DAY_MAX = 200;
/**
 * The chance of remembering a card when it comes due (FSRS's request_retention). Below 0.7 a reader forgets
 * too much to learn; above 0.99 reviews multiply for almost no gain.
 */
export const TARGET_RETENTION_MIN = 0.7;
export const TARGET_RETENTION_MAX = 0.99;

/** A site as Tre keys it: a lower-case host name without "www." (or "file" for local files). */
export const siteSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(253), v.regex(/^[a-z0-9.\-:[\]_]+$/));

const fields = {
  enabled: v.boolean(),
  disabledSites: v.array(siteSchema),
  highlightStyle: v.picklist(HIGHLIGHT_STYLES),
  highlightTypes: v.array(v.picklist(TERM_TYPES)),
  mentionMarking: v.picklist(MENTION_MARKINGS),
  /** Marks in navigation, headers, footers, asides, related-article lists and captions too (lib/page/main-content.ts). */
  markEverywhere: v.boolean(),
  hoverDelayMs: v.pipe(v.number(), v.integer(), v.minValue(HOVER_DELAY_MIN_MS), v.maxValue(HOVER_DELAY_MAX_MS)),
  uiLanguage: v.picklist(UI_LANGUAGES),
  theme: v.picklist(THEMES),
  newCardsPerDay: v.pipe(v.number(), v.integer(), v.minValue(NEW_CARDS_PER_DAY_MIN), v.maxValue(NEW_CARDS_PER_DAY_MAX)),
  targetRetention: v.pipe(v.number(), v.minValue(TARGET_RETENTION_MIN), v.maxValue(TARGET_RETENTION_MAX)),
  /** A saved term's page address keeps its query string (?id=…), for sites whose pages differ only there. */
  keepUrlQuery: v.boolean(),
};

export const settingsSchema = v.strictObject(fields);
export type Settings = v.InferOutput<typeof settingsSchema>;
export type HighlightStyle = Settings['highlightStyle'];
export type MentionMarking = Settings['mentionMarking'];
export type UiLanguage = Settings['uiLanguage'];
export type Theme = Settings['theme'];

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  enabled: true,
  disabledSites: [],
  highlightStyle: 'background',
  highlightTypes: [...TERM_TYPES] as TermType[],
  // A calm page (issue 17): each term's first mention stands out, later ones are only underlined.
  mentionMarking: 'first',
  // Only the article: a news page's menus, sidebars and captions repeat names that are not what is being read.
  markEverywhere: false,
  // Long enough that the pointer crossing a line of text opens nothing, short enough to feel immediate.
  hoverDelayMs: 350,
  uiLanguage: 'auto',
  theme: 'auto',
  // Anki's default: about ten minutes of new cards a day, which a student keeps up with.
  newCardsPerDay: 20,
  // FSRS's default target: nine in ten cards remembered when they come due.
  targetRetention: 0.9,
  keepUrlQuery: false,
}) as Settings;

/**
 * Whatever is stored, a usable Settings: each field that is valid is kept, each missing or invalid one takes
 * its default, unknown fields are dropped. Storage can hold a value written by hand, by a newer build after a
 * downgrade, or half-written; the reader must never lose the rest of their choices because of one bad field.
 */
export function normalizeSettings(stored: unknown): Settings {
  const raw = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(fields) as [keyof Settings, v.GenericSchema][]) {
    let value = raw[key];
    // In a list, one bad entry costs only that entry.
    if (schema.type === 'array' && Array.isArray(value)) {
      const item = (schema as v.ArraySchema<v.GenericSchema, undefined>).item;
      value = value.filter((entry) => v.is(item, entry));
    }
    const parsed = v.safeParse(schema, value);
    out[key] = parsed.success ? parsed.output : structuredClone(DEFAULT_SETTINGS[key]);
  }
  const settings = out as Settings;
  settings.disabledSites = [...new Set(settings.disabledSites)];
  settings.highlightTypes = TERM_TYPES.filter((t) => settings.highlightTypes.includes(t));
  return settings;
}

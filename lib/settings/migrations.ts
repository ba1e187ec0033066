// Versions of the stored settings and how to bring an older one up to date (@wxt-dev/storage runs them in
// order, once, when a context first defines the item). Add a version by bumping SETTINGS_VERSION, adding the
// step `N: (old) => new` here and a sample of what version N-1 stored to SETTINGS_SAMPLES (the tests migrate
// every sample). Never edit a published step: a reader may still have data of that version.

/** The version this build writes. */
export const SETTINGS_VERSION = 3;

// `any`: each step knows the shape of the version it reads; storage hands it over untyped.
export const SETTINGS_MIGRATIONS: Record<number, (old: any) => unknown> = {
  // Version 1 is the first; nothing to migrate from yet.
  // 2: saving and spaced-repetition review arrive: the daily limit of new cards, the target retention, and
  // whether a saved page's address keeps its query string (off: tracking parameters are not stored).
  2: (old) => ({ ...old, newCardsPerDay: 20, targetRetention: 0.9, keepUrlQuery: false }),
  // 3: marks only in a page's main content unless the reader asks for them everywhere (issue 17). Before,
  // every part of a page was marked; readers get the calmer page too, and one switch brings the old one back.
  // A stored mentionMarking is the reader's choice and is kept (only the default changed, to 'first').
  // The hover delay's floor rises from 0 to 0.1 s (a card under every word crossed is no setting): a stored delay
  // below it becomes the floor, the closest to what the reader chose.
  3: (old) => ({
    ...old,
    markEverywhere: false,
    ...(typeof old?.hoverDelayMs === 'number' && old.hoverDelayMs < 100 ? { hoverDelayMs: 100 } : {}),
  }),
};

const VERSION_1_SAMPLE = {
  enabled: false,
  disabledSites: ['vnexpress.net'],
  highlightStyle: 'underline',
  highlightTypes: ['treaty', 'organization'],
  mentionMarking: 'first',
  hoverDelayMs: 600,
  uiLanguage: 'en',
  theme: 'dark',
};

const VERSION_2_SAMPLE = { ...VERSION_1_SAMPLE, newCardsPerDay: 35, targetRetention: 0.85, keepUrlQuery: true };

const VERSION_3_SAMPLE = { ...VERSION_2_SAMPLE, mentionMarking: 'every', markEverywhere: true };

/**
 * What each version stored, as written by that build, and what the current build must read from it. Version
 * 1 is the first release of the settings (issue 4); version 2 adds review's newCardsPerDay and targetRetention;
 * version 3 adds markEverywhere.
 */
export const SETTINGS_SAMPLES: Record<number, { stored: unknown; reads: Record<string, unknown> }> = {
  // Version 1 is read back as it was stored, with the defaults of saving and review added.
  1: { stored: VERSION_1_SAMPLE, reads: { ...VERSION_1_SAMPLE, newCardsPerDay: 20, targetRetention: 0.9, keepUrlQuery: false, markEverywhere: false } },
  // Version 2 (review's settings, issue: saving terms and spaced repetition) gains main-content-only marking.
  2: { stored: VERSION_2_SAMPLE, reads: { ...VERSION_2_SAMPLE, markEverywhere: false } },
  // Version 3 (issue 17: marks only in the main content unless asked) is read back exactly.
  3: { stored: VERSION_3_SAMPLE, reads: VERSION_3_SAMPLE },
};

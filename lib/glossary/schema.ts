import * as v from 'valibot';

// The glossary's entry format (docs/architecture.md, "Contracts"). Other tools read `glossary export` in this shape.

export const TERM_TYPES = ['treaty', 'organization', 'person', 'event', 'concept', 'place'] as const;
export type TermType = (typeof TERM_TYPES)[number];

const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const localized = v.strictObject({ vi: nonEmpty, en: v.optional(nonEmpty) });

export const isoDate = v.pipe(
  v.string(),
  v.regex(ISO_DATE, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD'),
  v.check(isRealDate, 'is not a calendar date'),
);

export const sourceSchema = v.strictObject({ title: nonEmpty, locator: v.optional(nonEmpty) });

export const termSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(SLUG, 'must be an ASCII kebab-case slug')),
  type: v.picklist(TERM_TYPES),
  name: localized,
  aliases: v.array(nonEmpty),
  summary: localized,
  dates: v.optional(v.record(v.pipe(v.string(), v.regex(/^[a-zA-Z]+$/, 'date keys are words')), isoDate)),
  related: v.optional(v.array(v.pipe(v.string(), v.regex(SLUG)))),
  sources: v.pipe(v.array(sourceSchema), v.minLength(1, 'needs at least one source')),
  highlight: v.optional(v.boolean()),
  /** Spellings (among name.vi and aliases) that name the term only with their capital letter and not at the
   *  start of a sentence: names that are also ordinary words ("40 năm Đổi mới" vs "đổi mới sáng tạo"). */
  caseSensitive: v.optional(v.array(nonEmpty)),
  /** Spellings (among name.vi and aliases) marked on a page only when the same paragraph has a cue (another
   *  term, a state's name, a word of data/context.json's stateCues): short acronyms that also name products,
   *  ordinary phrases. Concepts default to their lower-case spellings (docs/decisions/009-context-rules.md). */
  cued: v.optional(v.array(nonEmpty)),
  /** A Vietnamese state body named without its country ("Quốc hội"): another country's name right after it
   *  ("Quốc hội Pháp") makes it that country's body, not this term. */
  domesticBody: v.optional(v.literal(true)),
  /** Phrases of which one must stand in the same paragraph for this term's `cued` spellings to be marked, in
   *  place of the general cues ("Code of Conduct" needs the South China Sea, not just any state). */
  cueWords: v.optional(v.array(nonEmpty)),
  /** Spellings (among name.vi and aliases) that name the term only in a paragraph about Vietnam (a word of
   *  data/context.json's vietnamCues, or a Vietnamese person) and not right after or before another state's
   *  name ("China's Politburo", "National Assembly of Korea"). */
  vietnamCued: v.optional(v.array(nonEmpty)),
  /** People: the short names a page uses after naming them in full ("Xi", "Tập", "Trump"), kept only after the
   *  full name on the same page (lib/match/short-names.ts). Omitted: the last syllable of a Vietnamese name;
   *  [] for none. */
  shortNames: v.optional(v.array(nonEmpty)),
  /** Spellings that name the term only right after one of the listed words, each spelling with its own list:
   *  lower-case "đổi mới" after "năm" ("40 năm đổi mới"), where alone it is the verb. */
  ledBy: v.optional(v.record(nonEmpty, v.array(nonEmpty))),
});

export const eventSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(SLUG, 'must be an ASCII kebab-case slug')),
  date: isoDate,
  title: localized,
  era: nonEmpty,
  /** The lesson of the Grade-12 textbook (Bài 12, 13 or 14) the event belongs to; `glossary check` keeps it in
   *  12–14. Absent for events the textbook does not teach. */
  lesson: v.optional(v.pipe(v.number(), v.integer('must be a whole number'))),
  /** A turning point a student must know: the timeline shows it emphasised. Absent means an ordinary event. */
  major: v.optional(v.boolean()),
  terms: v.array(v.pipe(v.string(), v.regex(SLUG))),
  sources: v.pipe(v.array(sourceSchema), v.minLength(1, 'needs at least one source')),
});

export const eraSchema = v.strictObject({
  id: nonEmpty,
  name: localized,
  start: v.string(),
  end: v.string(),
  /** One sentence on the diplomacy of the era, drawn from its events (shown under the era's heading). */
  summary: v.optional(localized),
});

/** data/context.json: the words the page matcher reads around a candidate mention. */
export const contextSchema = v.object({
  namedAfter: v.strictObject({ before: v.array(nonEmpty), after: v.array(nonEmpty), personBefore: v.optional(v.array(nonEmpty)) }),
  surnames: v.array(nonEmpty),
  stateCues: v.array(nonEmpty),
  domesticFollowers: v.array(nonEmpty),
  /** Forms of address and titles a person's short name may follow ("ông", "Mr.", "Tổng Bí thư"). */
  titles: v.optional(v.array(nonEmpty)),
  /** Words that tell a paragraph is about Vietnam (for `vietnamCued` spellings). */
  vietnamCues: v.optional(v.array(nonEmpty)),
  /** Capitalised words right before a `vietnamCued` spelling that still make it Vietnam's ("Vietnam's"). */
  domesticBefore: v.optional(v.array(nonEmpty)),
  /** The words among those that name Vietnam itself ("Vietnam's", "Vietnamese"): in a paragraph that also names
   *  another state or a foreign leader, only these right before a `vietnamCued` spelling make it Vietnam's. */
  vietnamBefore: v.optional(v.array(nonEmpty)),
});

export type Term = v.InferOutput<typeof termSchema> & {
  /**
   * The hover's short summary (issue 17), derived at build time by lib/glossary/short-summary.ts (withBrief)
   * where the summary is too long for a glance; absent when the summary is short enough to show whole. Never
   * written in data/: the schema rejects it there, so there is one text to keep right.
   */
  brief?: { vi?: string; en?: string };
};
export type GlossaryContext = v.InferOutput<typeof contextSchema>;
export type Event = v.InferOutput<typeof eventSchema>;
export type Era = v.InferOutput<typeof eraSchema>;
export type Source = v.InferOutput<typeof sourceSchema>;

export type Glossary = { terms: Term[]; events: Event[] };

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined || d === undefined) return true;
  const date = new Date(Date.UTC(y!, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

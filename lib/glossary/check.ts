import * as v from 'valibot';
import { canonicalize } from '../text/canonicalize';
import { spellingsOf, transliterationVariants } from './compile';
import { houseSpellingProblems, type HouseSpelling } from './house-spelling';
import { isTextbookLesson, TEXTBOOK_LESSONS } from '../timeline/lessons';
import { contextSchema, eraSchema, eventSchema, termSchema, type Era, type Event, type GlossaryContext, type Term } from './schema';

/** The glossary's source files as read from data/, before validation. */
export type RawGlossaryFiles = {
  termFiles: { path: string; json: unknown }[];
  timeline: unknown;
  eras: unknown;
  sources: unknown;
  blockers: unknown;
  houseSpelling: unknown;
  context: unknown;
  nameParts: unknown;
};

export type CheckedGlossary = {
  terms: Term[];
  events: Event[];
  eras: Era[];
  blockers: string[];
  context: GlossaryContext;
  nameParts: string[][];
  problems: string[];
  /** Departures from the house spelling (data/house-spelling.json); `glossary check` fails on them. */
  spelling: string[];
};

const nonEmptyString = v.pipe(v.string(), v.trim(), v.minLength(1));

const sourcesFileSchema = v.object({
  seeds: v.array(v.object({ file: v.string(), title: v.string() })),
  references: v.array(v.object({ title: v.string(), url: v.string() })),
});

/**
 * Validates everything `glossary check` promises: the schema, unique ids, no dangling reference, no
 * spelling claimed by two terms, real dates, sources that name a seed document or a listed reference.
 * Returns what is valid and a readable list of problems (empty when all is well).
 */
export function checkGlossary(files: RawGlossaryFiles): CheckedGlossary {
  const problems: string[] = [];
  const terms: Term[] = [];
  const events: Event[] = [];
  const eras: Era[] = [];

  const sourceFile = v.safeParse(sourcesFileSchema, files.sources);
  const knownTitles = new Set<string>();
  if (sourceFile.success) {
    for (const s of [...sourceFile.output.seeds, ...sourceFile.output.references]) knownTitles.add(s.title);
  } else problems.push(`data/sources.json: ${describeIssues(sourceFile.issues)}`);

  for (const { path, json } of files.termFiles) {
    if (!Array.isArray(json)) {
      problems.push(`${path}: must be a JSON array of terms`);
      continue;
    }
    json.forEach((entry, i) => {
      const parsed = v.safeParse(termSchema, entry);
      const label = `${path}[${i}]${typeof entry?.id === 'string' ? ` (${entry.id})` : ''}`;
      if (parsed.success) terms.push(parsed.output);
      else problems.push(`${label}: ${describeIssues(parsed.issues)}`);
    });
  }
  if (Array.isArray(files.timeline)) {
    files.timeline.forEach((entry, i) => {
      const parsed = v.safeParse(eventSchema, entry);
      if (parsed.success) events.push(parsed.output);
      else problems.push(`data/timeline.json[${i}]: ${describeIssues(parsed.issues)}`);
    });
  } else problems.push('data/timeline.json: must be a JSON array of events');
  if (Array.isArray(files.eras)) {
    for (const entry of files.eras) {
      const parsed = v.safeParse(eraSchema, entry);
      if (parsed.success) eras.push(parsed.output);
      else problems.push(`data/eras.json: ${describeIssues(parsed.issues)}`);
    }
  } else problems.push('data/eras.json: must be a JSON array of eras');
  const blockers = Array.isArray(files.blockers) && files.blockers.every((b) => typeof b === 'string')
    ? (files.blockers as string[])
    : (problems.push('data/blockers.json: must be a JSON array of strings'), []);

  const termIds = new Set<string>();
  for (const t of terms) {
    if (termIds.has(t.id)) problems.push(`term ${t.id}: id used twice`);
    termIds.add(t.id);
  }
  const eventIds = new Set<string>();
  const eraIds = new Set(eras.map((e) => e.id));
  for (const e of events) {
    if (eventIds.has(e.id)) problems.push(`event ${e.id}: id used twice`);
    eventIds.add(e.id);
    if (!eraIds.has(e.era)) problems.push(`event ${e.id}: unknown era "${e.era}"`);
    for (const id of e.terms) if (!termIds.has(id)) problems.push(`event ${e.id}: refers to unknown term "${id}"`);
    for (const s of e.sources) if (!knownTitles.has(s.title)) problems.push(`event ${e.id}: unknown source "${s.title}"`);
  }

  problems.push(...dateOrderProblems(terms, events, eras));

  const owner = new Map<string, string>();
  for (const t of terms) {
    for (const id of t.related ?? []) {
      if (!termIds.has(id)) problems.push(`term ${t.id}: related term "${id}" does not exist`);
      if (id === t.id) problems.push(`term ${t.id}: related to itself`);
    }
    for (const s of t.sources) if (!knownTitles.has(s.title)) problems.push(`term ${t.id}: unknown source "${s.title}"`);
    for (const c of t.caseSensitive ?? []) {
      if (!spellingsOf(t).includes(c)) problems.push(`term ${t.id}: caseSensitive "${c}" is not one of its spellings`);
    }
    for (const c of t.cued ?? []) {
      if (!spellingsOf(t).includes(c)) problems.push(`term ${t.id}: cued "${c}" is not one of its spellings`);
    }
    for (const c of t.vietnamCued ?? []) {
      if (!spellingsOf(t).includes(c)) problems.push(`term ${t.id}: vietnamCued "${c}" is not one of its spellings`);
    }
    if (t.cueWords && !t.cued?.length) problems.push(`term ${t.id}: cueWords apply to cued spellings, and it has none`);
    if (t.shortNames && t.type !== 'person') problems.push(`term ${t.id}: only people have shortNames`);
    for (const c of Object.keys(t.ledBy ?? {})) {
      if (!spellingsOf(t).includes(c)) problems.push(`term ${t.id}: ledBy "${c}" is not one of its spellings`);
    }
    for (const spelling of spellingsOf(t)) {
      for (const variant of transliterationVariants(spelling)) {
        const canon = canonicalize(variant);
        const other = owner.get(canon);
        if (other !== undefined && other !== t.id) {
          problems.push(`term ${t.id}: spelling "${variant}" is also a spelling of ${other}`);
        } else owner.set(canon, t.id);
      }
    }
  }
  for (const phrase of blockers) {
    const other = owner.get(canonicalize(phrase));
    if (other !== undefined) problems.push(`blocker "${phrase}" is a spelling of ${other}`);
  }
  const parsedContext = v.safeParse(contextSchema, files.context);
  if (!parsedContext.success) problems.push(`data/context.json: ${describeIssues(parsedContext.issues)}`);
  const context = parsedContext.success ? parsedContext.output : { namedAfter: { before: [], after: [] }, surnames: [], stateCues: [], domesticFollowers: [] };
  const parsedParts = v.safeParse(v.object({ groups: v.array(v.pipe(v.array(nonEmptyString), v.minLength(2, 'a group needs two words or more'))) }), files.nameParts);
  if (!parsedParts.success) problems.push(`data/name-parts.json: ${describeIssues(parsedParts.issues)}`);
  const nameParts = parsedParts.success ? parsedParts.output.groups : [];
  const spelling: string[] = [];
  const house = v.safeParse(houseSpellingSchema, files.houseSpelling);
  if (!house.success) problems.push(`data/house-spelling.json: ${describeIssues(house.issues)}`);
  else for (const [where, text] of ownVietnameseText(terms, events, eras)) {
    for (const p of houseSpellingProblems(text, house.output)) spelling.push(`${where}: ${p}`);
  }
  spelling.push(...vietnameseNamesInEnglish(terms, events, eras));
  return { terms, events, eras, blockers, context, nameParts, problems, spelling };
}

/**
 * Pairs of a term's date keys that must come in this order (the first no later than the second): a period's
 * start and end, a treaty's signature and entry into force, a life, an organisation's founding and what follows.
 */
export const DATE_ORDER: readonly (readonly [string, string])[] = [
  ['start', 'end'], ['signed', 'inForce'], ['adopted', 'inForce'], ['born', 'died'],
  ['founded', 'joined'], ['founded', 'held'], ['founded', 'end'], ['founded', 'upgraded'],
  ['established', 'upgraded'], ['joined', 'end'],
];

/**
 * Compares two ISO dates of any precision (1954, 1954-07, 1954-07-21) on the parts both have: negative when
 * `a` is surely earlier, positive when surely later, 0 when they cannot be told apart (1954 and 1954-07-21).
 */
export function compareDates(a: string, b: string): number {
  const pa = a.split('-').map(Number);
  const pb = b.split('-').map(Number);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) if (pa[i] !== pb[i]) return pa[i]! - pb[i]!;
  return 0;
}

/**
 * Dates that contradict each other: an event dated outside its era's years, a term whose dates come in the wrong
 * order (DATE_ORDER), an era that ends before it starts, an event's lesson that is not one of the textbook's.
 */
export function dateOrderProblems(terms: readonly Term[], events: readonly Event[], eras: readonly Era[]): string[] {
  const problems: string[] = [];
  const YEAR = /^\d{4}$/;
  const byId = new Map<string, Era>();
  for (const era of eras) {
    byId.set(era.id, era);
    if (!YEAR.test(era.start)) problems.push(`era ${era.id}: start "${era.start}" must be a year`);
    if (era.end !== '' && !YEAR.test(era.end)) problems.push(`era ${era.id}: end "${era.end}" must be a year, or empty for "today"`);
    else if (era.end !== '' && era.end < era.start) problems.push(`era ${era.id}: ends (${era.end}) before it starts (${era.start})`);
  }
  for (const e of events) {
    const era = byId.get(e.era);
    const year = e.date.slice(0, 4);
    if (era && YEAR.test(era.start) && year < era.start) problems.push(`event ${e.id}: dated ${e.date}, before its era ${era.id} starts (${era.start})`);
    if (era && era.end !== '' && YEAR.test(era.end) && year > era.end) problems.push(`event ${e.id}: dated ${e.date}, after its era ${era.id} ends (${era.end})`);
    if (e.lesson !== undefined && !isTextbookLesson(e.lesson)) problems.push(`event ${e.id}: lesson ${e.lesson} is not a lesson of the textbook (${TEXTBOOK_LESSONS.join(', ')})`);
  }
  for (const t of terms) {
    const dates = t.dates ?? {};
    for (const [first, second] of DATE_ORDER) {
      const a = dates[first];
      const b = dates[second];
      if (a !== undefined && b !== undefined && compareDates(a, b) > 0) {
        problems.push(`term ${t.id}: dates.${first} (${a}) is after dates.${second} (${b})`);
      }
    }
  }
  return problems;
}

const houseSpellingSchema = v.object({
  syllables: v.record(v.string(), v.string()),
  phrases: v.record(v.string(), v.string()),
}) satisfies v.GenericSchema<unknown, HouseSpelling>;

/** Every Vietnamese text Tre writes itself (aliases are how pages write, so they are not included), by place. */
export function ownVietnameseText(terms: readonly Term[], events: readonly Event[], eras: readonly Era[]): [string, string][] {
  return [
    ...terms.flatMap((t): [string, string][] => [[`term ${t.id} name`, t.name.vi], [`term ${t.id} summary`, t.summary.vi]]),
    ...events.map((e): [string, string] => [`event ${e.id} title`, e.title.vi]),
    ...eras.flatMap((e): [string, string][] => [[`era ${e.id} name`, e.name.vi], ...(e.summary ? [[`era ${e.id} summary`, e.summary.vi] as [string, string]] : [])]),
  ];
}

/**
 * Tre's English text writes Vietnamese people's names with their diacritics (Nguyễn Phú Trọng, not Nguyen Phu
 * Trong), as its summaries do: the name is the same name in both languages.
 */
function vietnameseNamesInEnglish(terms: readonly Term[], events: readonly Event[], eras: readonly Era[]): string[] {
  const bare = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  const names = terms
    .filter((t) => t.type === 'person' && bare(t.name.vi) !== t.name.vi)
    .map((t) => ({ name: t.name.vi, plain: new RegExp(`(?<![\\p{L}])${bare(t.name.vi)}(?![\\p{L}])`, 'u') }));
  const texts: [string, string | undefined][] = [
    ...terms.flatMap((t): [string, string | undefined][] => [[`term ${t.id} name.en`, t.name.en], [`term ${t.id} summary.en`, t.summary.en]]),
    ...events.map((e): [string, string | undefined] => [`event ${e.id} title.en`, e.title.en]),
    ...eras.map((e): [string, string | undefined] => [`era ${e.id} summary.en`, e.summary?.en]),
  ];
  const problems: string[] = [];
  for (const [where, text] of texts) {
    if (!text) continue;
    for (const n of names) if (n.plain.test(text)) problems.push(`${where}: ${bare(n.name)} → ${n.name}`);
  }
  return problems;
}

function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .map((issue) => {
      const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
      return path ? `${path} ${issue.message}` : issue.message;
    })
    .join('; ');
}

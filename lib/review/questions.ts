import type { Event, Term } from '../glossary/schema';
import { formatIsoDate } from '../i18n/dates';
import { format, translator, type Lang } from '../i18n/i18n';
import { askableDate, compareDates, keyDate, nameWithoutDate, orderPartners, orderableEventsOf, precisionOf } from './cards';
import type { GlossaryView } from './glossary-view';
import { shuffled } from './random';
import { cardId, type CardKind } from './types';

// One question about one term, in the reader's language, built from the glossary at the moment it is asked:
// every fact in it (answer and distractors alike) is a fact of the glossary.

export type Question = {
  /** The card this question asks (`${termId}|${kind}`). */
  id: string;
  termId: string;
  kind: CardKind;
  prompt: string;
  /** Text shown under the prompt: the described term's summary, with its names masked. */
  detail: string | null;
  answer: string;
  /** The answer among distractors, shuffled; empty for a flashcard (review without choices). */
  choices: string[];
  /** Where the answer is in `choices`; -1 when there are none. */
  answerIndex: number;
};

export type QuestionOptions = {
  lang: Lang;
  random: () => number;
  /** Multiple choice (the page quiz) or a flashcard (review). An order question always has its two events. */
  choices: boolean;
  /** How many wrong choices to offer. */
  distractors?: number;
};

const DISTRACTORS = 3;

/** The question for a term and kind, or null when the glossary lacks its answer (or the term is gone). */
export function buildQuestion(termId: string, kind: CardKind, view: GlossaryView, options: QuestionOptions): Question | null {
  const term = view.terms.get(termId);
  if (!term) return null;
  const t = translator(options.lang);
  const base = { id: cardId(termId, kind), termId, kind };
  switch (kind) {
    case 'name-to-summary': {
      const prompt = format(t(term.type === 'person' ? 'review_whoIs' : 'review_whatIs'), { name: local(term.name, options.lang) });
      const answer = local(term.summary, options.lang);
      const pool = sameTypeFirst(term, view).map((o) => local(o.summary, options.lang));
      return withChoices({ ...base, prompt, detail: null, answer }, pool, options);
    }
    case 'summary-to-name': {
      const prompt = t(term.type === 'person' ? 'review_whichPerson' : 'review_whichTerm');
      const detail = maskNames(local(term.summary, options.lang), term, t('review_masked'));
      const answer = local(term.name, options.lang);
      const pool = sameTypeFirst(term, view).map((o) => local(o.name, options.lang));
      return withChoices({ ...base, prompt, detail, answer }, pool, options);
    }
    case 'date': {
      const date = askableDate(term);
      if (!date) return null;
      const when = t(date.precision === 'year' ? 'review_whenYear' : date.precision === 'month' ? 'review_whenMonth' : 'review_whenDay');
      const prompt = format(t('review_dateQuestion'), {
        name: nameWithoutDate(local(term.name, options.lang)), label: t(`review_dateLabel_${date.key}`), when,
      });
      const answer = formatIsoDate(date.iso, options.lang);
      const pool = nearbyDates(date.iso, view, options.random).map((iso) => formatIsoDate(iso, options.lang));
      return withChoices({ ...base, prompt, detail: null, answer }, pool, options);
    }
    case 'order': {
      const candidates = orderableEventsOf(termId, view);
      if (candidates.length === 0) return null;
      const event = candidates[Math.floor(options.random() * candidates.length)]!;
      const other = pickPartner(event, view, options.random);
      if (!other) return null;
      const first = compareDates(event.date, other.date) < 0 ? event : other;
      const answer = local(first.title, options.lang);
      const pair = shuffled([local(event.title, options.lang), local(other.title, options.lang)], options.random);
      if (pair[0] === pair[1]) return null;
      return { ...base, prompt: t('review_whichFirst'), detail: null, answer, choices: pair, answerIndex: pair.indexOf(answer) };
    }
  }
}

/** Vietnamese first: English only where asked for and the glossary has it. */
export function local(text: { vi: string; en?: string }, lang: Lang): string {
  return lang === 'en' ? text.en ?? text.vi : text.vi;
}

function withChoices(q: Omit<Question, 'choices' | 'answerIndex'>, pool: string[], options: QuestionOptions): Question {
  if (!options.choices) return { ...q, choices: [], answerIndex: -1 };
  const wrong: string[] = [];
  const seen = new Set([norm(q.answer)]);
  for (const text of shuffled(pool, options.random)) {
    if (wrong.length === (options.distractors ?? DISTRACTORS)) break;
    // Two terms may share a name or a summary text; offering it twice (or beside the answer) is a trick question.
    if (seen.has(norm(text))) continue;
    seen.add(norm(text));
    wrong.push(text);
  }
  const choices = shuffled([q.answer, ...wrong], options.random);
  return { ...q, choices, answerIndex: choices.indexOf(q.answer) };
}

const norm = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase('vi');

/** Other terms as distractors: of the same type when there are enough (a treaty among treaties), else any. */
function sameTypeFirst(term: Term, view: GlossaryView): Term[] {
  const others = [...view.terms.values()].filter((o) => o.id !== term.id);
  const same = others.filter((o) => o.type === term.type);
  return same.length >= DISTRACTORS ? same : [...same, ...others.filter((o) => o.type !== term.type)];
}

/**
 * Wrong dates that are real dates of the glossary, at the same precision, and close to the answer: a far-off
 * year is guessed from general knowledge, not remembered.
 */
function nearbyDates(answer: string, view: GlossaryView, random: () => number): string[] {
  const precision = precisionOf(answer);
  const dates = new Set<string>();
  for (const term of view.terms.values()) {
    const d = keyDate(term);
    if (d && d.precision === precision) dates.add(d.iso);
  }
  for (const event of view.events) if (precisionOf(event.date) === precision) dates.add(event.date);
  dates.delete(answer);
  const year = Number(answer.slice(0, 4));
  const byDistance = shuffled([...dates], random).sort((a, b) => Math.abs(Number(a.slice(0, 4)) - year) - Math.abs(Number(b.slice(0, 4)) - year));
  return byDistance.slice(0, 8);
}

function pickPartner(event: Event, view: GlossaryView, random: () => number): Event | null {
  const partners = orderPartners(event, view);
  // Prefer an event of the same era: ordering 1954 against 2020 tests nothing.
  const near = partners.filter((e) => e.era === event.era);
  const pool = near.length > 0 ? near : partners;
  return pool[Math.floor(random() * pool.length)] ?? null;
}

/** The summary without the term's own names, which would give the answer away. */
export function maskNames(summary: string, term: Term, mask: string): string {
  const names = [term.name.vi, term.name.en, nameWithoutDate(term.name.vi), ...(term.name.en ? [nameWithoutDate(term.name.en)] : []), ...term.aliases]
    .filter((n): n is string => n !== undefined && n.trim().length >= 2);
  let out = summary.normalize('NFC');
  for (const name of [...new Set(names)].sort((a, b) => b.length - a.length)) {
    // Acronyms only in capitals (UN is not "un"); other names in any case. Whole words only.
    const acronym = name === name.toUpperCase();
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(name.normalize('NFC'))}(?![\\p{L}\\p{N}])`, acronym ? 'gu' : 'giu');
    out = out.replace(pattern, mask);
  }
  return out;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

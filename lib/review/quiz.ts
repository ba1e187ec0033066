import type { Lang } from '../i18n/i18n';
import { cardKindsFor } from './cards';
import type { GlossaryView } from './glossary-view';
import { buildQuestion, type Question } from './questions';
import { seededRandom, shuffled } from './random';

// "Quiz this page": multiple-choice questions about the terms the reader just met on a page. Nothing is
// stored; the same page, glossary and seed always give the same quiz, so a reload shows the same questions.

export const QUIZ_MAX_QUESTIONS = 10;

export type QuizOptions = { seed: number; lang: Lang; max?: number };

/**
 * Up to `max` questions, each about a term of the page, spread over as many of the page's terms as possible
 * (one question per term before any term gets a second). A question is left out when the glossary lacks its
 * answer, when it has no wrong choice to offer, or when it repeats another question.
 */
export function quizForPage(pageTermIds: readonly string[], view: GlossaryView, options: QuizOptions): Question[] {
  const max = options.max ?? QUIZ_MAX_QUESTIONS;
  const random = seededRandom(options.seed);
  const terms = shuffled([...new Set(pageTermIds)].flatMap((id) => view.terms.get(id) ?? []), random);
  const kinds = terms.map((term) => shuffled(cardKindsFor(term, view), random));
  const out: Question[] = [];
  const asked = new Set<string>();
  for (let round = 0; out.length < max && kinds.some((k) => k.length > round); round++) {
    for (let i = 0; i < terms.length && out.length < max; i++) {
      const kind = kinds[i]![round];
      if (!kind) continue;
      const q = buildQuestion(terms[i]!.id, kind, view, { lang: options.lang, random, choices: true });
      if (!q || q.choices.length < 2) continue;
      const key = `${q.prompt}\n${q.detail ?? ''}\n${q.answer}`;
      if (asked.has(key)) continue;
      asked.add(key);
      out.push(q);
    }
  }
  return out;
}

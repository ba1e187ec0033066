import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../scripts/load-glossary';
import { glossaryView } from './glossary-view';
import { quizForPage } from './quiz';

const glossary = loadGlossary();
const view = glossaryView(glossary.terms, glossary.events);
const PAGE = ['hiep-dinh-gio-ne-vo-1954', 'hiep-dinh-pa-ri-1973', 'asean', 'ho-chi-minh', 'lien-hop-quoc', 'no-longer-in-glossary'];
const page = PAGE.filter((id) => id === 'no-longer-in-glossary' || view.terms.has(id));

describe('quiz this page', () => {
  it('uses page terms the glossary has', () => {
    expect(page.length).toBeGreaterThanOrEqual(4);
  });

  it('is the same for the same seed, and differs for another', () => {
    const a = quizForPage(page, view, { seed: 42, lang: 'vi' });
    expect(quizForPage(page, view, { seed: 42, lang: 'vi' })).toEqual(a);
    expect(quizForPage(page, view, { seed: 43, lang: 'vi' })).not.toEqual(a);
  });

  it('asks up to ten questions, only about the page’s terms, spread over them, never twice', () => {
    const quiz = quizForPage(page, view, { seed: 7, lang: 'vi' });
    expect(quiz).toHaveLength(10);
    const known = page.filter((id) => view.terms.has(id));
    for (const q of quiz) expect(known).toContain(q.termId);
    expect(new Set(quiz.map((q) => q.termId))).toEqual(new Set(known));
    expect(new Set(quiz.map((q) => q.id)).size).toBe(quiz.length);
    for (const q of quiz) {
      expect(q.choices.length).toBeGreaterThanOrEqual(2);
      expect(new Set(q.choices).size).toBe(q.choices.length);
      expect(q.choices[q.answerIndex]).toBe(q.answer);
      if (q.kind !== 'order') expect(q.choices).toHaveLength(4);
    }
  });

  it('offers distractors of the same type', () => {
    const quiz = quizForPage(['hiep-dinh-gio-ne-vo-1954'], view, { seed: 3, lang: 'vi' });
    const q = quiz.find((x) => x.kind === 'summary-to-name')!;
    const types = q.choices.map((name) => glossary.terms.find((t) => t.name.vi === name)!.type);
    expect(types).toEqual(['treaty', 'treaty', 'treaty', 'treaty']);
  });

  it('is empty for a page without known terms, and speaks English when asked', () => {
    expect(quizForPage(['no-longer-in-glossary'], view, { seed: 1, lang: 'vi' })).toEqual([]);
    const en = quizForPage(['hiep-dinh-gio-ne-vo-1954'], view, { seed: 1, lang: 'en' });
    expect(en.find((q) => q.kind === 'name-to-summary')?.prompt).toBe('What is Geneva Accords?');
  });
});

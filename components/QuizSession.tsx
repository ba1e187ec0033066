import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PackagedGlossary } from '../lib/glossary/packaged';
import { format } from '../lib/i18n/i18n';
import type { PageTermsReport } from '../lib/messaging/protocol';
import { glossaryView } from '../lib/review/glossary-view';
import { local, type Question } from '../lib/review/questions';
import { quizForPage } from '../lib/review/quiz';
import { AnswerPanel, QuestionView, QuizScore } from './ReviewViews';
import { useShortcuts } from './shortcuts';
import { StoreAlert, storeErrorSentence } from './store-errors';
import type { SessionProps } from './ReviewApp';

// The page quiz of review.html (`?quiz=1&tab=ID`); the review session and the page itself are in ReviewApp.tsx.

type QuizPhase = 'loading' | 'noTab' | 'unavailable' | 'noTerms' | 'question' | 'score';

type QuizProps = SessionProps & {
  pageTerms: (tabId: number) => Promise<PageTermsReport>;
  glossary: Pick<PackagedGlossary, 'terms' | 'events'>;
  tabId: number | null;
};

/**
 * "Quiz this page": up to ten multiple-choice questions about the terms of a tab's page, built here from the
 * glossary (nothing is stored, so it works without the store). After each answer, a term not yet saved can be.
 */
export function QuizSession({ ask, pageTerms, glossary, catalog, tabId, lang, t, onLeave, now }: QuizProps) {
  const view = useMemo(() => glossaryView(glossary.terms, glossary.events), [glossary]);
  const [phase, setPhase] = useState<QuizPhase>('loading');
  const [questions, setQuestions] = useState<Question[]>([]);
  const [index, setIndex] = useState(0);
  const [chosen, setChosen] = useState<number | null>(null);
  const [correct, setCorrect] = useState(0);
  /** The quiz's terms already saved; null while unknown (the store did not answer). */
  const [savedIds, setSavedIds] = useState<ReadonlySet<string> | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const questionHeading = useRef<HTMLHeadingElement>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  const scoreHeading = useRef<HTMLDivElement>(null);

  const start = async () => {
    setPhase('loading');
    setError(null);
    setStatus('');
    if (tabId === null) return setPhase('noTab');
    let report: PageTermsReport;
    try {
      report = await pageTerms(tabId);
    } catch {
      return setPhase('unavailable');
    }
    const quiz = quizForPage(report.terms.map((term) => term.id), view, { seed: now(), lang });
    if (quiz.length === 0) return setPhase('noTerms');
    setQuestions(quiz);
    setIndex(0);
    setChosen(null);
    setCorrect(0);
    setPhase('question');
    setSavedIds(null);
    try {
      setSavedIds(new Set(await ask({ type: 'store/is-saved', termIds: [...new Set(quiz.map((q) => q.termId))] })));
    } catch (e) {
      setError(storeErrorSentence(e, t));
    }
  };
  useEffect(() => void start(), []);

  const question = phase === 'question' ? questions[index] ?? null : null;

  useEffect(() => {
    if (phase === 'question') (chosen === null ? questionHeading : nextButton).current?.focus();
    else if (phase === 'score') scoreHeading.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [phase, index, chosen]);

  const choose = (i: number): boolean => {
    if (!question || chosen !== null || i >= question.choices.length) return false;
    setChosen(i);
    const right = i === question.answerIndex;
    if (right) setCorrect((n) => n + 1);
    setStatus(right ? t('quiz_correct') : format(t('quiz_wrong'), { answer: question.answer }));
    return true;
  };

  const next = () => {
    if (chosen === null) return;
    setChosen(null);
    if (index + 1 < questions.length) {
      setIndex(index + 1);
      setStatus('');
    } else {
      setPhase('score');
      setStatus(format(t('quiz_score'), { n: correct, total: questions.length }));
    }
  };

  const save = async (termId: string) => {
    setSaving(true);
    setError(null);
    try {
      const result = await ask({ type: 'store/save', termId });
      if (!result) throw new Error('the store does not know this term');
      setSavedIds((ids) => new Set(ids).add(termId));
      const term = view.terms.get(termId);
      setStatus(format(t('quiz_saved'), { name: term ? local(term.name, lang) : termId }));
    } catch (e) {
      setError(storeErrorSentence(e, t));
    } finally {
      setSaving(false);
    }
  };

  useShortcuts((key) => {
    if (key === 'Escape') {
      onLeave();
      return true;
    }
    if (!question) return false;
    if (/^[1-9]$/.test(key)) return choose(Number(key) - 1);
    if (key === 'Enter' && chosen !== null) {
      next();
      return true;
    }
    return false;
  });

  const message = phase === 'noTab' ? 'quiz_noTab' : phase === 'unavailable' ? 'quiz_tabUnavailable' : phase === 'noTerms' ? 'quiz_noTerms' : null;
  const offerSave = question && chosen !== null && savedIds !== null && !savedIds.has(question.termId);

  return (
    <>
      <header class="tre-review-header">
        <h1>{t('quiz_title')}</h1>
        {question && <p class="tre-progress-text">{format(t('quiz_progress'), { i: index + 1, n: questions.length })}</p>}
      </header>
      <StoreAlert message={error} />
      <p class="tre-feedback" role="status" aria-live="polite">{status}</p>
      {phase === 'loading' && <p class="tre-loading">{t('reviewPage_loading')}</p>}
      {message && (
        <div class="tre-quiz-unavailable">
          <p class="tre-message">{t(message)}</p>
          <div class="tre-actions">
            {phase !== 'noTab' && <button type="button" class="tre-button tre-button-primary" onClick={() => void start()}>{t('reviewPage_retry')}</button>}
            <button type="button" class="tre-button" onClick={onLeave}>{t('reviewPage_close')}</button>
          </div>
        </div>
      )}
      {question && (
        <>
          <QuestionView question={question} picked={chosen} answered={chosen !== null} onChoose={choose} headingRef={questionHeading} t={t} />
          {chosen === null ? (
            <p class="tre-hint">{format(t('quiz_hint'), { n: question.choices.length })}</p>
          ) : (
            <AnswerPanel
              answer={question.answer}
              details={catalog.details(question.termId)}
              context={null}
              lang={lang}
              t={t}
              actions={
                <div class="tre-actions">
                  <button type="button" class="tre-button tre-button-primary" ref={nextButton} onClick={next}>
                    {t(index + 1 < questions.length ? 'quiz_next' : 'quiz_finish')}
                  </button>
                  {offerSave && (
                    <button type="button" class="tre-button" disabled={saving} onClick={() => void save(question.termId)}>{t('quiz_save')}</button>
                  )}
                </div>
              }
            />
          )}
        </>
      )}
      {phase === 'score' && (
        <div ref={scoreHeading}>
          <QuizScore correct={correct} total={questions.length} t={t} onAgain={() => void start()} onClose={onLeave} />
        </div>
      )}
    </>
  );
}

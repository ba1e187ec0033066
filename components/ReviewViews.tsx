import type { ComponentChildren, Ref } from 'preact';
import type { TermDetails } from '../lib/glossary/catalog';
import { format, type Lang, type Translate } from '../lib/i18n/i18n';
import type { Question } from '../lib/review/questions';
import type { DueSummary } from '../lib/review/scheduler';
import { RATINGS, type Rating } from '../lib/review/types';
import type { MeetingContext } from '../lib/store/records';
import { dayText, gapText, momentText, safeHref } from './review-format';
import { TermCard } from './TermCard';

// The review page's pure views (review.html): props in, DOM out. The containers (ReviewApp.tsx) hold the state,
// talk to the store and handle the keyboard.

type QuestionProps = {
  question: Question;
  /** The choice the reader picked (multiple choice and order questions), or null. */
  picked: number | null;
  /** The answer is shown: choices are locked and marked right or wrong. */
  answered: boolean;
  onChoose?: (index: number) => void;
  /** "Câu 3/10" above the prompt. */
  counter?: string;
  headingRef?: Ref<HTMLHeadingElement>;
  t: Translate;
};

/** A question: its prompt as a heading, the text it asks about, and its choices (buttons, keys 1–4) if it has any. */
export function QuestionView({ question, picked, answered, onChoose, counter, headingRef, t }: QuestionProps) {
  return (
    <section class="tre-question" aria-labelledby="tre-question-prompt" data-term={question.termId} data-kind={question.kind}>
      {counter && <p class="tre-question-counter">{counter}</p>}
      <h2 id="tre-question-prompt" class="tre-question-prompt" tabIndex={-1} ref={headingRef}>{question.prompt}</h2>
      {question.detail && <p class="tre-question-detail">{question.detail}</p>}
      {question.choices.length > 0 && (
        <ol class="tre-choices" aria-label={t('quiz_choices')}>
          {question.choices.map((choice, i) => {
            const right = answered && i === question.answerIndex;
            const wrong = answered && i === picked && i !== question.answerIndex;
            return (
              <li key={i}>
                <button
                  type="button"
                  class={`tre-choice${right ? ' tre-choice-right' : ''}${wrong ? ' tre-choice-wrong' : ''}${i === picked ? ' tre-choice-picked' : ''}`}
                  aria-keyshortcuts={String(i + 1)}
                  aria-pressed={answered ? i === picked : undefined}
                  disabled={answered || !onChoose}
                  onClick={() => onChoose?.(i)}
                >
                  <span class="tre-choice-key" aria-hidden="true">{i + 1}</span>
                  <span class="tre-choice-text">{choice}</span>
                  {right && <span class="tre-choice-mark"> ✓<span class="tre-visually-hidden">{t('quiz_correct')}</span></span>}
                  {wrong && <span class="tre-choice-mark" aria-hidden="true"> ✗</span>}
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

type RatingProps = {
  /** How long until the card comes back after each rating (a preview), or null when not computed. */
  gaps: Record<Rating, number> | null;
  disabled: boolean;
  onRate: (rating: Rating) => void;
  t: Translate;
};

/** Again / Hard / Good / Easy, keys 1–4, each with the gap it would give. */
export function RatingButtons({ gaps, disabled, onRate, t }: RatingProps) {
  return (
    <div class="tre-rating" role="group" aria-labelledby="tre-rating-label">
      <p id="tre-rating-label" class="tre-rating-label">{t('reviewPage_rateGroup')} <span class="tre-hint">{t('reviewPage_rateHint')}</span></p>
      <div class="tre-rating-buttons">
        {RATINGS.map((rating) => (
          <button
            key={rating}
            type="button"
            class={`tre-rate tre-rate-${rating}`}
            aria-keyshortcuts={String(rating)}
            disabled={disabled}
            onClick={() => onRate(rating)}
          >
            <span class="tre-rate-name">{t(`reviewPage_rate${rating}`)}</span>
            {gaps && <span class="tre-rate-gap">{gapText(gaps[rating], t)}</span>}
          </button>
        ))}
      </div>
    </div>
  );
}

type AnswerProps = {
  answer: string;
  details: TermDetails | null;
  /** Where the reader met the term (the newest place), if they saved one. */
  context: MeetingContext | null;
  /** Shown right under the answer, above the term's card (the rating buttons, the save offer). */
  actions?: ComponentChildren;
  headingRef?: Ref<HTMLHeadingElement>;
  lang: Lang;
  t: Translate;
};

/** The answer, then the term's full card and the sentence where the reader met it. */
export function AnswerPanel({ answer, details, context, actions, headingRef, lang, t }: AnswerProps) {
  return (
    <section class="tre-answer" aria-labelledby="tre-answer-heading">
      <h2 id="tre-answer-heading" class="tre-answer-heading" tabIndex={-1} ref={headingRef}>{t('reviewPage_answer')}</h2>
      <p class="tre-answer-text">{answer}</p>
      {actions}
      {context && <MeetingPlace context={context} lang={lang} t={t} />}
      {details && (
        <div class="tre-answer-card tre-lookup-card">
          <TermCard details={details} lang={lang} t={t} showSources />
        </div>
      )}
    </section>
  );
}

/** A sentence the reader met the term in, with its page (a link that sends no referrer) and day. */
export function MeetingPlace({ context, lang, t, heading = true }: { context: MeetingContext; lang: Lang; t: Translate; heading?: boolean }) {
  const href = safeHref(context.url);
  const title = context.title.trim() || t('saved_untitled');
  return (
    <figure class="tre-context">
      {heading && <figcaption class="tre-context-heading">{t('reviewPage_metAt')}</figcaption>}
      {context.sentence && <blockquote class="tre-context-sentence">{context.sentence}</blockquote>}
      <p class="tre-context-source">
        {href ? <a href={href} target="_blank" rel="noreferrer">{title}</a> : <span>{title}</span>}
        {' · '}
        <time dateTime={new Date(context.seenAt).toISOString()}>{dayText(context.seenAt, lang)}</time>
      </p>
    </figure>
  );
}

/** "12 thẻ đến hạn" and how far the session has come. */
export function ReviewStatus({ due, done, t }: { due: DueSummary; done: number; t: Translate }) {
  const total = done + due.total;
  return (
    <div class="tre-review-status">
      <p class="tre-due-count">{format(t('reviewPage_dueCount'), { n: due.total })}</p>
      <progress class="tre-progress" max={Math.max(1, total)} value={done} aria-label={t('reviewPage_progressLabel')} />
      <p class="tre-progress-text">{format(t('reviewPage_progress'), { done, left: due.total })}</p>
    </div>
  );
}

type DoneProps = {
  /** Cards answered in this session. */
  reviewed: number;
  /** When the soonest card answered in this session comes back, if any. */
  nextDue: number | null;
  /** The reader stopped (Esc) rather than ran out of cards. */
  stopped: boolean;
  now: number;
  lang: Lang;
  t: Translate;
  onContinue: () => void;
  onClose: () => void;
};

/** The end of a session: done for today (or stopped), how many were reviewed, when cards come back. */
export function ReviewDone({ reviewed, nextDue, stopped, now, lang, t, onContinue, onClose }: DoneProps) {
  return (
    <section class="tre-review-done" aria-labelledby="tre-done-heading">
      <h2 id="tre-done-heading" tabIndex={-1}>{t(stopped ? 'reviewPage_leftTitle' : 'reviewPage_doneTitle')}</h2>
      <p>{reviewed > 0 ? format(t('reviewPage_doneCount'), { n: reviewed }) : t('reviewPage_doneNone')}</p>
      {nextDue !== null && <p>{format(t('reviewPage_nextDue'), { when: momentText(nextDue, lang, now) })}</p>}
      {stopped && <p class="tre-hint">{t('reviewPage_closeHint')}</p>}
      <div class="tre-actions">
        <button type="button" class="tre-button tre-button-primary" onClick={onContinue}>{t('reviewPage_continue')}</button>
        <button type="button" class="tre-button" onClick={onClose}>{t('reviewPage_close')}</button>
      </div>
    </section>
  );
}

/** Nothing saved yet: how to save a term. */
export function ReviewEmpty({ t, onClose }: { t: Translate; onClose: () => void }) {
  return (
    <section class="tre-review-empty" aria-labelledby="tre-empty-heading">
      <h2 id="tre-empty-heading">{t('reviewPage_emptyTitle')}</h2>
      <p>{t('reviewPage_emptyHelp')}</p>
      <div class="tre-actions">
        <button type="button" class="tre-button" onClick={onClose}>{t('reviewPage_close')}</button>
      </div>
    </section>
  );
}

/** The page quiz's end: the score, another quiz, or close. */
export function QuizScore({ correct, total, t, onAgain, onClose }: { correct: number; total: number; t: Translate; onAgain: () => void; onClose: () => void }) {
  return (
    <section class="tre-quiz-score" aria-labelledby="tre-score-heading">
      <h2 id="tre-score-heading" tabIndex={-1}>{t('quiz_scoreTitle')}</h2>
      <p class="tre-score">{format(t('quiz_score'), { n: correct, total })}</p>
      <div class="tre-actions">
        <button type="button" class="tre-button tre-button-primary" onClick={onAgain}>{t('quiz_again')}</button>
        <button type="button" class="tre-button" onClick={onClose}>{t('reviewPage_close')}</button>
      </div>
    </section>
  );
}

import { format, type Translate } from '../lib/i18n/i18n';

type Props = {
  /** Review cards due now; null while unknown (or where the store cannot be read). */
  due: number | null;
  /** The current page mentions terms: a quiz can be built from them. */
  canQuiz: boolean;
  t: Translate;
  onReview: () => void;
  onQuiz: () => void;
  onTimeline: () => void;
};

/** The popup's way into studying: the cards due, a quiz of this page, and the side panel's timeline. Pure. */
export function StudyBar({ due, canQuiz, t, onReview, onQuiz, onTimeline }: Props) {
  return (
    <nav class="tre-study-bar" aria-label={t('popup_study')}>
      <button type="button" onClick={onReview}>
        {t('popup_review')}
        {due !== null && due > 0 && <span class="tre-due"> · {format(t('popup_due'), { n: due })}</span>}
      </button>
      {canQuiz && <button type="button" onClick={onQuiz}>{t('popup_quiz')}</button>}
      <button type="button" onClick={onTimeline}>{t('panel_open')}</button>
    </nav>
  );
}

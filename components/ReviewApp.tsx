import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Catalog } from '../lib/glossary/catalog';
import type { PackagedGlossary } from '../lib/glossary/packaged';
import { format, resolveLang, translator, type Lang, type Translate } from '../lib/i18n/i18n';
import type { askStore } from '../lib/messaging/client';
import type { PageTermsReport } from '../lib/messaging/protocol';
import type { NextReview, SavedTermView } from '../lib/messaging/store-protocol';
import { previewGaps, type ReviewPageMode } from '../lib/review/review-page';
import type { Rating } from '../lib/review/types';
import type { MeetingContext } from '../lib/store/records';
import type { Settings } from '../lib/settings/schema';
import { useDocumentPreferences } from './preferences';
import { gapText } from './review-format';
import { AnswerPanel, QuestionView, RatingButtons, ReviewDone, ReviewEmpty, ReviewStatus } from './ReviewViews';
import { useShortcuts } from './shortcuts';
import { StoreAlert, storeErrorSentence } from './store-errors';
import { QuizSession } from './QuizSession';

export type AskStore = typeof askStore;

type Props = {
  /** The store in the background (askStore); a fake in tests. */
  ask: AskStore;
  /** The terms of a tab's page (askTab(id, { type: 'tab/terms' })); only the page quiz asks it. */
  pageTerms: (tabId: number) => Promise<PageTermsReport>;
  glossary: Pick<PackagedGlossary, 'terms' | 'events'>;
  settings: Settings;
  /** review.html: review of the due cards; review.html?quiz=1&tab=ID: a quiz about that tab's page. */
  mode: ReviewPageMode;
  /** Leaves the page (Esc, Close): closes its tab. The page stays usable if the browser refuses. */
  onLeave: () => void;
  /** The clock (the quiz's seed, the rating previews); Date.now unless a test fixes it. */
  now?: () => number;
};

/** review.html: spaced-repetition review of the saved terms, or the "quiz this page" mode. */
export function ReviewApp({ ask, pageTerms, glossary, settings, mode, onLeave, now = Date.now }: Props) {
  const lang = resolveLang(settings.uiLanguage);
  const t = translator(lang);
  useDocumentPreferences(lang, settings.theme, t(mode.kind === 'quiz' ? 'quiz_title' : 'reviewPage_title'));
  const catalog = useMemo(() => new Catalog(glossary.terms), [glossary]);
  return (
    <main class="tre-review">
      {mode.kind === 'quiz' ? (
        <QuizSession ask={ask} pageTerms={pageTerms} glossary={glossary} catalog={catalog} tabId={mode.tabId} lang={lang} t={t} onLeave={onLeave} now={now} />
      ) : (
        <ReviewSession ask={ask} catalog={catalog} targetRetention={settings.targetRetention} lang={lang} t={t} onLeave={onLeave} now={now} />
      )}
    </main>
  );
}

type Shown = NonNullable<NextReview>;
type ReviewPhase = 'loading' | 'question' | 'empty' | 'done' | 'stopped' | 'failed';

export type SessionProps = { ask: AskStore; catalog: Catalog; lang: Lang; t: Translate; onLeave: () => void; now: () => number };

/** The newest place the reader met a term. */
function newestContext(saved: SavedTermView | undefined): MeetingContext | null {
  if (!saved || saved.contexts.length === 0) return null;
  return saved.contexts.reduce((a, b) => (b.seenAt > a.seenAt ? b : a));
}

function ReviewSession({ ask, catalog, targetRetention, lang, t, onLeave, now }: SessionProps & { targetRetention: number }) {
  const [phase, setPhase] = useState<ReviewPhase>('loading');
  const [current, setCurrent] = useState<Shown | null>(null);
  const [revealed, setRevealed] = useState(false);
  const [picked, setPicked] = useState<number | null>(null);
  const [reviewed, setReviewed] = useState(0);
  /** When each card answered in this session comes back. */
  const [comesBack, setComesBack] = useState<ReadonlyMap<string, number>>(new Map());
  const [saved, setSaved] = useState<ReadonlyMap<string, SavedTermView>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const busyNow = useRef(false);
  const questionHeading = useRef<HTMLHeadingElement>(null);
  const answerHeading = useRef<HTMLHeadingElement>(null);

  const show = (next: NextReview, savedCount?: number) => {
    setRevealed(false);
    setPicked(null);
    setCurrent(next);
    setPhase(next ? 'question' : savedCount === 0 ? 'empty' : 'done');
  };

  const load = async () => {
    setPhase('loading');
    setError(null);
    // The saved list gives the sentences where terms were met; review works without it.
    const listing = ask({ type: 'store/list' }).catch((e: unknown) => {
      setError(storeErrorSentence(e, t));
      return null;
    });
    try {
      const next = await ask({ type: 'store/next-card', lang });
      const list = await listing;
      if (list) setSaved(new Map(list.map((s) => [s.termId, s])));
      show(next, list?.length);
    } catch (e) {
      setError(storeErrorSentence(e, t));
      setPhase('failed');
    }
  };
  useEffect(() => void load(), []);

  // A new question is read from its prompt; a revealed answer from its heading.
  useEffect(() => {
    if (phase === 'question') (revealed ? answerHeading : questionHeading).current?.focus();
  }, [phase, current, revealed]);

  const reveal = (choice?: number): boolean => {
    if (phase !== 'question' || !current || revealed) return false;
    const { question } = current;
    if (choice !== undefined && question.choices.length > 0) {
      setPicked(choice);
      setStatus(choice === question.answerIndex ? t('quiz_correct') : format(t('quiz_wrong'), { answer: question.answer }));
    } else {
      setStatus('');
    }
    setRevealed(true);
    return true;
  };

  const rate = async (rating: Rating) => {
    if (phase !== 'question' || !current || !revealed || busyNow.current) return;
    busyNow.current = true;
    setBusy(true);
    setError(null);
    try {
      const { card } = current;
      const result = await ask({ type: 'store/rate', cardId: card.id, rating, reps: card.reps, lang });
      let next: NextReview;
      if (result) {
        setReviewed((n) => n + 1);
        setComesBack((map) => new Map(map).set(result.card.id, result.card.due));
        setStatus(format(t('reviewPage_rated'), { label: t(`reviewPage_rate${rating}`), gap: gapText(result.card.due - now(), t) }));
        next = result.next;
      } else {
        // Answered meanwhile in another tab, or the card is gone: the next one.
        next = await ask({ type: 'store/next-card', lang });
      }
      show(next);
    } catch (e) {
      setError(storeErrorSentence(e, t));
    } finally {
      busyNow.current = false;
      setBusy(false);
    }
  };

  const leave = () => {
    if (phase === 'question') setPhase('stopped');
    onLeave();
  };

  useShortcuts((key) => {
    if (key === 'Escape') {
      leave();
      return true;
    }
    if (phase !== 'question' || !current) return false;
    if (key === ' ' || key === 'Spacebar') return reveal();
    if (/^[1-4]$/.test(key)) {
      const n = Number(key);
      if (!revealed) return n <= current.question.choices.length && reveal(n - 1);
      void rate(n as Rating);
      return true;
    }
    return false;
  });

  const gaps = useMemo(() => (current ? previewGaps(current.card, now(), { targetRetention }) : null), [current, targetRetention]);
  const at = now();
  const soonest = [...comesBack.values()].filter((due) => due > at).sort((a, b) => a - b)[0] ?? null;

  return (
    <>
      <header class="tre-review-header">
        <h1>{t('reviewPage_heading')}</h1>
        {phase === 'question' && current && <ReviewStatus due={current.due} done={reviewed} t={t} />}
      </header>
      <StoreAlert message={error} />
      <p class="tre-feedback" role="status" aria-live="polite">{status}</p>
      {phase === 'loading' && <p class="tre-loading">{t('reviewPage_loading')}</p>}
      {phase === 'question' && current && (
        <>
          <QuestionView
            question={current.question}
            picked={picked}
            answered={revealed}
            onChoose={(i) => reveal(i)}
            headingRef={questionHeading}
            t={t}
          />
          {!revealed ? (
            <div class="tre-reveal">
              <button type="button" class="tre-button tre-button-primary tre-reveal-button" aria-keyshortcuts="Space" onClick={() => reveal()}>
                {t('reviewPage_reveal')}
              </button>
              <p class="tre-hint">{t('reviewPage_revealHint')}</p>
            </div>
          ) : (
            <AnswerPanel
              answer={current.question.answer}
              details={catalog.details(current.question.termId)}
              context={newestContext(saved.get(current.question.termId))}
              headingRef={answerHeading}
              lang={lang}
              t={t}
              actions={<RatingButtons gaps={gaps} disabled={busy} onRate={(r) => void rate(r)} t={t} />}
            />
          )}
        </>
      )}
      {phase === 'empty' && <ReviewEmpty t={t} onClose={leave} />}
      {(phase === 'done' || phase === 'stopped') && (
        <ReviewDone
          reviewed={reviewed}
          nextDue={soonest}
          stopped={phase === 'stopped'}
          now={at}
          lang={lang}
          t={t}
          onContinue={() => void load()}
          onClose={leave}
        />
      )}
      {phase === 'failed' && (
        <div class="tre-actions">
          <button type="button" class="tre-button tre-button-primary" onClick={() => void load()}>{t('reviewPage_retry')}</button>
          <button type="button" class="tre-button" onClick={leave}>{t('reviewPage_close')}</button>
        </div>
      )}
    </>
  );
}

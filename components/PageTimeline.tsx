import type { Lang, Translate } from '../lib/i18n/i18n';
import { formatEventDate } from '../lib/timeline/date-format';
import type { PageEvent } from '../lib/timeline/page-timeline';
import { TermChips } from './TermChips';
import { localized, type TermSummary } from './timeline-text';

type Props = {
  /** The events involving the page's terms, chronological (lib/timeline/page-timeline.ts). */
  items: readonly PageEvent[];
  terms: ReadonlyMap<string, TermSummary>;
  lang: Lang;
  t: Translate;
  onOpenTerm: (id: string) => void;
};

/** "Lịch sử của trang này": the page's history, compact: date, title and the page's terms it involves. */
export function PageTimeline({ items, terms, lang, t, onOpenTerm }: Props) {
  const headingId = 'tre-page-history-heading';
  return (
    <section class="tre-page-history" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('pageHistory_label')}</h2>
      {items.length === 0 ? (
        <p class="tre-hint">{t('pageHistory_none')}</p>
      ) : (
        <ol class="tre-page-events">
          {items.map(({ event, pageTerms }) => {
            const title = localized(event.title, lang);
            return (
              <li key={event.id} class="tre-page-event" data-event={event.id}>
                <time class="tre-event-date" dateTime={event.date}>{formatEventDate(event.date, lang)}</time>
                <span class="tre-event-title" lang={title.lang}>{title.text}</span>
                <TermChips ids={pageTerms} terms={terms} lang={lang} label={t('timeline_terms')} onOpenTerm={onOpenTerm} />
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

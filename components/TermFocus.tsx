import type { TermDetails } from '../lib/glossary/catalog';
import type { Event } from '../lib/glossary/schema';
import { format, type Lang, type Translate } from '../lib/i18n/i18n';
import { formatEventDate } from '../lib/timeline/date-format';
import type { ComponentChildren } from 'preact';
import { TermCard } from './TermCard';
import { localized } from './timeline-text';

type Props = {
  details: TermDetails;
  /** The term's events on the timeline, chronological. */
  events: readonly Event[];
  lang: Lang;
  t: Translate;
  onBack: () => void;
  onOpenTerm: (id: string) => void;
  /** Scrolls the timeline below to one of the term's events. */
  onGoToEvent: (eventId: string) => void;
  /** Buttons under the card (save, …), from the container. */
  actions?: ComponentChildren;
  headingRef?: { current: HTMLDivElement | null };
};

/**
 * The side panel's open term: Back first in the Tab order, the full card (sources included), and the term's
 * events as links into the timeline below, where they are marked. Pure: props in, DOM out.
 */
export function TermFocus({ details, events, lang, t, onBack, onOpenTerm, onGoToEvent, actions, headingRef }: Props) {
  return (
    <section class="tre-term-focus" aria-label={format(t('panel_termCard'), { name: localized(details.term.name, lang).text })}>
      <button type="button" class="tre-back" onClick={onBack}>← {t('panel_back')}</button>
      <div ref={headingRef} tabIndex={-1} class="tre-card-focus">
        <TermCard details={details} lang={lang} t={t} showSources onOpenRelated={onOpenTerm} />
      </div>
      {actions && <div class="tre-card-actions">{actions}</div>}
      <section class="tre-term-events" aria-labelledby="tre-term-events-heading">
        <h3 id="tre-term-events-heading">{format(t('panel_termEvents'), { n: events.length })}</h3>
        {events.length === 0 ? (
          <p class="tre-hint">{t('panel_noTermEvents')}</p>
        ) : (
          <ol>
            {events.map((event) => {
              const title = localized(event.title, lang);
              return (
                <li key={event.id}>
                  <a
                    href={`#tre-event-${event.id}`}
                    onClick={(e) => {
                      e.preventDefault();
                      onGoToEvent(event.id);
                    }}
                  >
                    <time dateTime={event.date}>{formatEventDate(event.date, lang)}</time>{' '}
                    <span lang={title.lang}>{title.text}</span>
                  </a>
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </section>
  );
}

import { memo } from 'preact/compat';
import { useState } from 'preact/hooks';
import type { Event } from '../lib/glossary/schema';
import { format, type Lang, type Translate } from '../lib/i18n/i18n';
import { formatEventDate } from '../lib/timeline/date-format';
import type { EraGroup } from '../lib/timeline/eras';
import { shortSourceTitle, sourceLabel } from '../lib/timeline/sources';
import { TermChips } from './TermChips';
import { eventElementId, localized, type TermSummary } from './timeline-text';

type Props = {
  /** What to show: eras in order, each with its (already filtered) events in order. */
  groups: readonly EraGroup[];
  /** Names and types of the glossary's terms, for the chips. */
  terms: ReadonlyMap<string, TermSummary>;
  lang: Lang;
  t: Translate;
  onOpenTerm: (id: string) => void;
  /** Events to mark (those of the opened term): shown marked and with aria-current. */
  highlighted?: ReadonlySet<string>;
};

/**
 * The timeline: one section per era (heading and summary), its events as an ordered list. Pure: props in, DOM out.
 *
 * Major events (`Event.major`, the turning points a student must know) are emphasised: bold title, larger dot, and
 * "turning point" in their accessible label. Every other event is shown and reachable all the same.
 *
 * Keyboard: the events are one roving-tabindex group, so the timeline is a single Tab stop however long it is.
 * Up/Down (and Home/End) move between events; Tab from an event goes into its term chips, Enter on a chip opens
 * that term. Enter on an event moves focus to its first chip rather than opening a term of its own choosing: an
 * event involves several terms and none of them is "the" term of the event.
 */
export function Timeline({ groups, terms, lang, t, onOpenTerm, highlighted }: Props) {
  const order = groups.flatMap((g) => g.events.map((e) => e.id));
  const [chosen, setChosen] = useState<string | null>(null);
  // The event that takes Tab: the last one focused while it is still shown, else the first marked, else the first.
  const active = chosen !== null && order.includes(chosen)
    ? chosen
    : order.find((id) => highlighted?.has(id)) ?? order[0];

  if (order.length === 0) return <p class="tre-timeline-empty">{t('timeline_empty')}</p>;

  const focusEvent = (id: string | undefined) => {
    if (id === undefined) return;
    setChosen(id);
    document.getElementById(eventElementId(id))?.focus();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const item = (e.target as HTMLElement).closest<HTMLElement>('[data-event]');
    const id = item?.dataset.event;
    if (!item || id === undefined) return;
    const at = order.indexOf(id);
    let next: string | undefined;
    if (e.key === 'ArrowDown') next = order[Math.min(at + 1, order.length - 1)];
    else if (e.key === 'ArrowUp') next = order[Math.max(at - 1, 0)];
    else if (e.key === 'Home') next = order[0];
    else if (e.key === 'End') next = order.at(-1);
    else if (e.key === 'Enter' && e.target === item) {
      e.preventDefault();
      item.querySelector<HTMLElement>('.tre-chip')?.focus();
      return;
    } else return;
    e.preventDefault(); // the panel would scroll as well
    focusEvent(next);
  };

  const onFocusIn = (e: FocusEvent) => {
    const id = (e.target as HTMLElement).closest<HTMLElement>('[data-event]')?.dataset.event;
    if (id !== undefined && id !== active) setChosen(id);
  };

  return (
    <div class="tre-timeline" onKeyDown={onKeyDown} onFocusIn={onFocusIn}>
      {groups.map((group) => {
        const headingId = `tre-era-${group.era.id}`;
        const name = localized(group.era.name, lang);
        const summary = group.summary && localized(group.summary, lang);
        return (
          <section key={group.era.id} class="tre-era" aria-labelledby={headingId}>
            <h2 id={headingId} class="tre-era-name" lang={name.lang}>{name.text}</h2>
            {summary && <p class="tre-era-summary" lang={summary.lang}>{summary.text}</p>}
            <ol class="tre-events">
              {group.events.map((event) => (
                <TimelineEvent
                  key={event.id}
                  event={event}
                  terms={terms}
                  lang={lang}
                  t={t}
                  active={event.id === active}
                  highlighted={highlighted?.has(event.id) ?? false}
                  onOpenTerm={onOpenTerm}
                />
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}

type EventProps = {
  event: Event;
  terms: ReadonlyMap<string, TermSummary>;
  lang: Lang;
  t: Translate;
  active: boolean;
  highlighted: boolean;
  onOpenTerm: (id: string) => void;
};

/**
 * One event, drawn again only when its own props change: a keystroke in the search box redraws the whole list,
 * and most of the events it keeps are the ones already on screen (the container passes stable `t` and callback).
 */
const TimelineEvent = memo(function TimelineEvent({ event, terms, lang, t, active, highlighted, onOpenTerm }: EventProps) {
  const date = formatEventDate(event.date, lang);
  const title = localized(event.title, lang);
  // A major event (a turning point the textbook builds on) is drawn emphasised and said so to screen readers;
  // it stays one event among the others, in the same order and the same keyboard walk.
  const classes = ['tre-event', event.major && 'tre-event-major', highlighted && 'tre-event-highlighted'].filter(Boolean).join(' ');
  return (
    <li
      id={eventElementId(event.id)}
      class={classes}
      data-event={event.id}
      data-major={event.major ? 'true' : undefined}
      tabIndex={active ? 0 : -1}
      aria-label={format(t(event.major ? 'timeline_majorEventLabel' : 'timeline_eventLabel'), { date, title: title.text })}
      aria-current={highlighted ? 'true' : undefined}
    >
      <time class="tre-event-date" dateTime={event.date}>{date}</time>
      <p class="tre-event-title" lang={title.lang}>{title.text}</p>
      {highlighted && <p class="tre-event-mark">{t('timeline_highlighted')}</p>}
      <TermChips
        ids={event.terms}
        terms={terms}
        lang={lang}
        label={t('timeline_terms')}
        onOpenTerm={onOpenTerm}
        tabIndex={active ? 0 : -1}
      />
      <p class="tre-event-source" lang="vi">
        <span class="tre-visually-hidden" lang={lang}>{t('timeline_source')}: </span>
        {event.sources.map((s, i) => (
          <span key={i} title={s.title !== shortSourceTitle(s.title) ? s.title : undefined}>
            {i > 0 ? '; ' : ''}{sourceLabel(s)}
          </span>
        ))}
      </p>
    </li>
  );
});

import { useState } from 'preact/hooks';
import type { TermDetails } from '../lib/glossary/catalog';
import { otherNames } from '../lib/glossary/other-names';
import { shortSummary } from '../lib/glossary/short-summary';
import { formatIsoDate } from '../lib/i18n/dates';
import type { Lang } from '../lib/i18n/i18n';
import { shortSourceTitle, sourceLabel, sourcesLessonFirst } from '../lib/timeline/sources';

type Props = {
  details: TermDetails;
  lang: Lang;
  t: (key: string) => string;
  /** How many other names to list before "…" (the popover is small; the full card shows all). */
  maxAliases?: number;
  /** Makes related terms links that open that term; plain names without it. */
  onOpenRelated?: (id: string) => void;
  /** Lists the sources that back the facts, the textbook's lesson first. */
  showSources?: boolean;
  /** The hover's card: the short summary first, the full one a click away. */
  brief?: boolean;
};

/**
 * A term's explanation: name, type, key dates, summary, other names, related terms and sources. Pure apart
 * from whether the reader unfolded the full summary: props in, DOM out.
 */
export function TermCard({ details, lang, t, maxAliases = Infinity, onOpenRelated, showSources = false, brief = false }: Props) {
  const { term, related } = details;
  const [fullSummary, setFullSummary] = useState(false);
  const name = lang === 'en' && term.name.en ? term.name.en : term.name.vi;
  const secondName = lang === 'en' ? term.name.vi : term.name.en;
  const summary = lang === 'en' && term.summary.en ? term.summary.en : term.summary.vi;
  const summaryLang = lang === 'en' && term.summary.en ? 'en' : 'vi';
  // Packaged terms carry their hover summary, worked out at build time (absent: short enough to show whole).
  const short = !brief ? summary : term.brief ? term.brief[summaryLang] ?? summary : shortSummary(summary);
  const hasMore = short !== summary;
  const dates = Object.entries(term.dates ?? {});
  const aliases = otherNames(term);
  const shown = aliases.slice(0, maxAliases);
  return (
    <article class="tre-card" lang={lang === 'en' && term.summary.en ? 'en' : 'vi'}>
      <header>
        <span class={`tre-type tre-type-${term.type}`}>{t(`type_${term.type}`)}</span>
        <h2 class="tre-name">{name}</h2>
        {secondName && secondName !== name && <p class="tre-second-name">{secondName}</p>}
      </header>
      {dates.length > 0 && (
        <dl class="tre-dates">
          {dates.map(([key, value]) => (
            <div key={key}>
              <dt>{label(t, key)}</dt>
              <dd><time dateTime={value}>{formatIsoDate(value, lang)}</time></dd>
            </div>
          ))}
        </dl>
      )}
      <p class="tre-summary" data-length={hasMore && !fullSummary ? 'short' : 'full'}>
        {hasMore && !fullSummary ? short : summary}
        {hasMore && (
          <>
            {' '}
            <button type="button" class="tre-summary-toggle" aria-expanded={fullSummary} onClick={() => setFullSummary(!fullSummary)}>
              {fullSummary ? t('card_summaryLess') : t('card_summaryMore')}
            </button>
          </>
        )}
      </p>
      {shown.length > 0 && (
        <section class="tre-aliases">
          <h3>{t('popover_otherNames')}</h3>
          <p>{shown.join(' · ')}{aliases.length > shown.length ? ' …' : ''}</p>
        </section>
      )}
      {related.length > 0 && (
        <section class="tre-related">
          <h3>{t('popover_related')}</h3>
          <ul>
            {related.map((r) => {
              const relatedName = lang === 'en' && r.name.en ? r.name.en : r.name.vi;
              return (
                <li key={r.id} data-term={r.id}>
                  {onOpenRelated ? (
                    // A button, not an <a href="#…">: it opens the card in place and goes nowhere (a fragment link
                    // with no target is a broken skip link to assistive technology).
                    <button type="button" class="tre-related-link" onClick={() => onOpenRelated(r.id)}>{relatedName}</button>
                  ) : relatedName}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {showSources && term.sources.length > 0 && (
        <section class="tre-sources">
          <h3>{t('popover_sources')}</h3>
          <ul>
            {sourcesLessonFirst(term.sources).map((s, i) => (
              // The short label ("Lịch sử 12 · Bài 13, mục 1") with the document's full title on hover.
              <li key={i} title={s.title !== shortSourceTitle(s.title) ? s.title : undefined}>{sourceLabel(s)}</li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

function label(t: (key: string) => string, key: string): string {
  const text = t(`date_${key}`);
  return text === `date_${key}` ? t('date_other') : text;
}

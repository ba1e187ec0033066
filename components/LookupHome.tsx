import { useState } from 'preact/hooks';
import type { TermDetails } from '../lib/glossary/catalog';
import { format, type Lang, type Translate } from '../lib/i18n/i18n';

/** The examples under the box: one of each kind of query the search takes (no diacritics, acronym, English). */
export const EXAMPLE_QUERIES = ['hiep dinh gio ne vo', 'LHQ', 'EVFTA', 'Paris Peace Accords'] as const;

/** A page term as the content script reports it: its id and how many times the page mentions it. */
export type PageTermCount = { id: string; count: number };

type Props = {
  /** The current page's terms, first mentioned first; null where Tre does not run or has not scanned. */
  pageTerms: readonly PageTermCount[] | null;
  /** The terms last opened here, newest first. */
  recent: readonly string[];
  details: (id: string) => TermDetails | null;
  lang: Lang;
  t: Translate;
  onOpen: (id: string) => void;
  onClearRecent: () => void;
  onExample: (query: string) => void;
};

/** How many of the page's terms show before "and N more": the rest of the popup stays in view below them. */
const PAGE_TERMS_SHOWN = 6;

/**
 * What the popup shows under an empty search box: the terms of the page the reader is on, their recent lookups,
 * and example queries to try. Each opens a card or fills the box. Props in, DOM out (and whether the reader
 * asked for all of the page's terms).
 */
export function LookupHome({ pageTerms, recent, details, lang, t, onOpen, onClearRecent, onExample }: Props) {
  const [allShown, setAllShown] = useState(false);
  const onPage = (pageTerms ?? []).flatMap((p) => {
    const d = details(p.id);
    return d ? [{ ...p, details: d }] : [];
  });
  const recentTerms = recent.flatMap((id) => {
    const d = details(id);
    return d ? [d] : [];
  });
  return (
    <div class="tre-lookup-home">
      {onPage.length > 0 && (
        <section class="tre-home-section tre-home-page" aria-labelledby="tre-home-page-heading">
          <h2 id="tre-home-page-heading">{t('popup_pageTerms')}</h2>
          <ul class="tre-home-terms">
            {(allShown ? onPage : onPage.slice(0, PAGE_TERMS_SHOWN)).map(({ id, count, details: d }) => {
              const name = nameOf(d, lang);
              return (
                <li key={id}>
                  <button type="button" class="tre-home-term" data-term={id} onClick={() => onOpen(id)}>
                    <span class={`tre-type-chip tre-type-chip-${d.term.type}`}>{t(`typeShort_${d.term.type}`)}</span>
                    <span class="tre-home-term-name">{name}</span>
                    <span class="tre-home-term-count">
                      {count === 1 ? t('pageTerms_mentionsOne') : format(t('pageTerms_mentions'), { n: count })}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
          {!allShown && onPage.length > PAGE_TERMS_SHOWN && (
            <button type="button" class="tre-link-button tre-home-more" onClick={() => setAllShown(true)}>
              {format(t('popup_pageTermsMore'), { n: onPage.length - PAGE_TERMS_SHOWN })}
            </button>
          )}
        </section>
      )}
      {recentTerms.length > 0 && (
        <section class="tre-home-section tre-home-recent" aria-labelledby="tre-home-recent-heading">
          <div class="tre-home-heading-row">
            <h2 id="tre-home-recent-heading">{t('popup_recent')}</h2>
            <button type="button" class="tre-link-button" aria-label={t('popup_recentClearLabel')} onClick={onClearRecent}>{t('popup_recentClear')}</button>
          </div>
          <ul class="tre-home-chips">
            {recentTerms.map((d) => (
              <li key={d.term.id}>
                <button type="button" class="tre-home-chip" data-term={d.term.id} onClick={() => onOpen(d.term.id)}>{nameOf(d, lang)}</button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section class="tre-home-section tre-home-examples" aria-labelledby="tre-home-examples-heading">
        <h2 id="tre-home-examples-heading">{t('popup_examples')}</h2>
        <ul class="tre-home-chips">
          {EXAMPLE_QUERIES.map((q) => (
            <li key={q}>
              <button type="button" class="tre-home-chip tre-home-example" onClick={() => onExample(q)}>{q}</button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

/** The suggestions when nothing matched, and what the glossary covers. Pure: props in, DOM out. */
export function NoResults({ query, suggestions, details, lang, t, onOpen }: {
  query: string;
  suggestions: readonly string[];
  details: (id: string) => TermDetails | null;
  lang: Lang;
  t: Translate;
  onOpen: (id: string) => void;
}) {
  const known = suggestions.flatMap((id) => {
    const d = details(id);
    return d ? [d] : [];
  });
  return (
    <div class="tre-no-results">
      <p class="tre-no-results-title">{format(t('popup_noResults'), { q: query.trim() })}</p>
      {known.length > 0 && (
        <>
          <p class="tre-hint" id="tre-suggestions-label">{t('popup_suggestions')}</p>
          <ul class="tre-home-chips" aria-labelledby="tre-suggestions-label">
            {known.map((d) => (
              <li key={d.term.id}>
                <button type="button" class="tre-home-chip" data-term={d.term.id} onClick={() => onOpen(d.term.id)}>{nameOf(d, lang)}</button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="tre-hint">{t('popup_scope')}</p>
    </div>
  );
}

function nameOf(d: TermDetails, lang: Lang): string {
  return lang === 'en' && d.term.name.en ? d.term.name.en : d.term.name.vi;
}

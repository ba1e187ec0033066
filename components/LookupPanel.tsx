import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TermDetails } from '../lib/glossary/catalog';
import type { SearchResult } from '../lib/glossary/search';
import { suggestionsFor } from '../lib/glossary/suggest';
import { format, type Lang, type Translate } from '../lib/i18n/i18n';
import { LookupHome, NoResults, type PageTermCount } from './LookupHome';
import { TermCard } from './TermCard';

type Props = {
  search: (query: string) => SearchResult[];
  details: (id: string) => TermDetails | null;
  lang: Lang;
  t: Translate;
  initialQuery?: string;
  /** Saves or unsaves the open term; without it the card has no Save button. */
  onToggleSave?: (id: string) => void;
  /** Whether a term is saved (the Save button then reads "Saved" and is pressed). */
  isSaved?: (id: string) => boolean;
  /** A sentence to show under the card's actions (a failed save). */
  actionError?: string | null;
  /** Shown once the side panel's timeline exists. */
  onShowTimeline?: (id: string) => void;
  /** Escape in an empty box: the popup closes itself (a toolbar popup does not close on Escape by itself). */
  onDismiss?: () => void;
  /** A term to open at once (the popover's "Open in Tre"). */
  initialTerm?: string;
  /** The current page's terms, shown under an empty box; null where there are none to show. */
  pageTerms?: readonly PageTermCount[] | null;
  /** The terms last opened here, newest first. */
  recent?: readonly string[];
  /** A card was opened (kept as a recent lookup). */
  onOpened?: (id: string) => void;
  onClearRecent?: () => void;
  /** Whether a card or the search is shown: the popup hides its page switches while a card is open. */
  onViewChange?: (view: 'search' | 'card') => void;
};

/**
 * The lookup: a search box (a combobox over a listbox of results, updated on every keystroke) and, on Enter
 * or a click, the full term card. Arrow keys move through the results without leaving the box; Escape goes
 * back from a card (and from a related term's card to the one before it).
 */
export function LookupPanel({
  search, details, lang, t, initialQuery = '', onToggleSave, isSaved, actionError, onShowTimeline, onDismiss,
  initialTerm, pageTerms = null, recent = [], onOpened, onClearRecent, onViewChange,
}: Props) {
  const [query, setQuery] = useState(initialQuery);
  const [active, setActive] = useState(0);
  /** The cards opened, the last one shown; empty while the results are shown. */
  const [trail, setTrail] = useState<string[]>(initialTerm && details(initialTerm) ? [initialTerm] : []);
  const input = useRef<HTMLInputElement>(null);
  const cardHeading = useRef<HTMLDivElement>(null);
  const results = useMemo(() => search(query), [search, query]);
  const open = trail.at(-1);
  const card = open ? details(open) : null;
  const noResults = query.trim() !== '' && results.length === 0;
  const suggestions = useMemo(() => (noResults ? suggestionsFor(search, query) : []), [noResults, search, query]);

  useEffect(() => {
    onViewChange?.(card ? 'card' : 'search');
    if (open && card) onOpened?.(open);
  }, [open]);

  useLayoutEffect(() => {
    // Focus follows the view: the box for results, the card for a screen reader to read it from its start.
    // The card opens at its top: without preventScroll, focusing it would scroll its start under the sticky Back bar.
    if (open) {
      cardHeading.current?.focus({ preventScroll: true });
      document.scrollingElement?.scrollTo(0, 0);
    } else input.current?.focus();
  }, [open]);

  useLayoutEffect(() => {
    if (!open) return;
    // On the whole page, not the card: focus may be anywhere (or on a link that a re-render just replaced),
    // and Escape must still go back rather than close the popup. A layout effect, so the key is heard from the
    // moment the card is on screen: a passive effect runs after the paint, and an Escape pressed as the card
    // appeared went nowhere (focus is already on the card, not in the box).
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      setTrail((now) => now.slice(0, -1));
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  const onQuery = (value: string) => {
    setQuery(value);
    setActive(0);
  };

  const onBoxKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault(); // keep the caret where it is
      if (results.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + results.length) % results.length);
    } else if (e.key === 'Enter') {
      const chosen = results[active];
      if (chosen) setTrail([chosen.id]);
      else if (suggestions[0]) setTrail([suggestions[0]]);
    } else if (e.key === 'Escape') {
      // The first Escape clears the box, the next one dismisses the lookup.
      e.preventDefault();
      if (query !== '') onQuery('');
      else onDismiss?.();
    }
  };

  if (card) {
    return (
      <section class="tre-lookup-card" aria-label={format(t('panel_termCard'), { name: nameOf(card, lang) })}>
        {/* First in the Tab order and kept in view (sticky) while the card scrolls. */}
        <div class="tre-back-bar">
          <button type="button" class="tre-back" onClick={() => setTrail((now) => now.slice(0, -1))}>
            ← {trail.length > 1
              ? format(t('popover_backTo'), { name: nameOf(details(trail.at(-2)!), lang) })
              // Opened from the page's terms or a recent lookup there are no results to go back to.
              : query.trim() ? t('lookup_back') : t('panel_back')}
          </button>
        </div>
        <div ref={cardHeading} tabIndex={-1} class="tre-card-focus">
          <TermCard
            key={card.term.id}
            details={card}
            lang={lang}
            t={t}
            showSources
            onOpenRelated={(id) => setTrail((now) => [...now, id])}
          />
        </div>
        {(onToggleSave || onShowTimeline) && (
          <div class="tre-card-actions">
            {onToggleSave && (
              <button type="button" aria-pressed={isSaved?.(card.term.id) ?? false} onClick={() => onToggleSave(card.term.id)}>
                {isSaved?.(card.term.id) ? t('save_saved') : t('save_save')}
              </button>
            )}
            {onShowTimeline && (
              <button type="button" onClick={() => onShowTimeline(card.term.id)}>{t('lookup_timeline')}</button>
            )}
          </div>
        )}
        {actionError && <p class="tre-action-error" role="alert">{actionError}</p>}
      </section>
    );
  }

  const listId = 'tre-lookup-results';
  const optionId = (i: number) => `tre-lookup-result-${i}`;
  return (
    <section class="tre-lookup">
      <label class="tre-visually-hidden" for="tre-lookup-box">{t('lookup_label')}</label>
      <input
        ref={input}
        id="tre-lookup-box"
        class="tre-lookup-box"
        type="search"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-controls={listId}
        aria-expanded={results.length > 0}
        aria-activedescendant={results.length > 0 ? optionId(active) : undefined}
        placeholder={t('lookup_placeholder')}
        value={query}
        onInput={(e) => onQuery(e.currentTarget.value)}
        onKeyDown={onBoxKey}
      />
      <p class="tre-visually-hidden" aria-live="polite">
        {query.trim() ? format(t('lookup_resultCount'), { n: results.length }) : ''}
      </p>
      {query.trim() === '' && (
        <LookupHome
          pageTerms={pageTerms}
          recent={recent}
          details={details}
          lang={lang}
          t={t}
          onOpen={(id) => setTrail([id])}
          onClearRecent={() => onClearRecent?.()}
          onExample={(q) => {
            onQuery(q);
            input.current?.focus();
          }}
        />
      )}
      {noResults && <NoResults query={query} suggestions={suggestions} details={details} lang={lang} t={t} onOpen={(id) => setTrail([id])} />}
      <ul id={listId} role="listbox" aria-label={t('lookup_results')} class="tre-results" hidden={results.length === 0}>
        {results.map((r, i) => {
          const d = details(r.id);
          if (!d) return null;
          const name = lang === 'en' && d.term.name.en ? d.term.name.en : d.term.name.vi;
          const other = lang === 'en' ? d.term.name.vi : d.term.name.en;
          return (
            <li
              key={r.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              data-term={r.id}
              class={i === active ? 'tre-result tre-result-active' : 'tre-result'}
              onMouseMove={() => i !== active && setActive(i)}
              onClick={() => setTrail([r.id])}
            >
              <span class="tre-result-name">{name}</span>
              <span class="tre-result-meta">
                {t(`type_${d.term.type}`)}
                {other && other !== name ? ` · ${other}` : ''}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function nameOf(d: TermDetails | null, lang: Lang): string {
  if (!d) return '';
  return lang === 'en' && d.term.name.en ? d.term.name.en : d.term.name.vi;
}

import { TERM_TYPES, type Era, type TermType } from '../lib/glossary/schema';
import { format, type Lang, type Translate } from '../lib/i18n/i18n';
import { isFilterEmpty, type TimelineFilter } from '../lib/timeline/filters';
import { TEXTBOOK_LESSONS } from '../lib/timeline/lessons';
import { localized } from './timeline-text';

type Props = {
  filter: TimelineFilter;
  /** The whole new filter on every change (fields turned off are left out, never set to false or ''). */
  onChange: (filter: TimelineFilter) => void;
  eras: readonly Era[];
  /** How many events pass the filter. */
  count: number;
  lang: Lang;
  t: Translate;
  /** Shows "only saved terms" once saving terms exists. */
  savingEnabled?: boolean;
  /** False where the tab has no page Tre reads (a browser page): "only terms on this page" is then disabled. */
  pageAvailable?: boolean;
};

/**
 * The timeline's filters: period, kind of term, lesson, page and saved terms, and a search box, with the count
 * of events they leave and a button that clears them. Pure: the container holds the filter.
 */
export function TimelineFilters({ filter, onChange, eras, count, lang, t, savingEnabled = false, pageAvailable = true }: Props) {
  const set = <K extends keyof TimelineFilter>(key: K, value: TimelineFilter[K] | undefined) => {
    const next: TimelineFilter = { ...filter };
    if (value === undefined || value === false || value === '') delete next[key];
    else next[key] = value;
    onChange(next);
  };
  const empty = isFilterEmpty(filter);
  return (
    <div role="search" class="tre-filters" aria-label={t('filters_label')}>
      <div class="tre-filter-search">
        <label for="tre-filter-query">{t('filters_search')}</label>
        <input
          id="tre-filter-query"
          type="search"
          autocomplete="off"
          spellcheck={false}
          placeholder={t('filters_searchPlaceholder')}
          value={filter.query ?? ''}
          onInput={(e) => set('query', e.currentTarget.value)}
        />
      </div>
      <div class="tre-filter-selects">
        <div class="tre-filter-field">
          <label for="tre-filter-era">{t('filters_era')}</label>
          <select id="tre-filter-era" value={filter.era ?? ''} onChange={(e) => set('era', e.currentTarget.value || undefined)}>
            <option value="">{t('filters_eraAll')}</option>
            {eras.map((era) => <option key={era.id} value={era.id}>{localized(era.name, lang).text}</option>)}
          </select>
        </div>
        <div class="tre-filter-field">
          <label for="tre-filter-type">{t('filters_termType')}</label>
          <select
            id="tre-filter-type"
            value={filter.termType ?? ''}
            onChange={(e) => set('termType', (e.currentTarget.value || undefined) as TermType | undefined)}
          >
            <option value="">{t('filters_termTypeAll')}</option>
            {TERM_TYPES.map((type) => <option key={type} value={type}>{t(`type_${type}`)}</option>)}
          </select>
        </div>
        <div class="tre-filter-field">
          <label for="tre-filter-lesson">{t('filters_lesson')}</label>
          <select
            id="tre-filter-lesson"
            value={filter.lesson === undefined ? '' : String(filter.lesson)}
            onChange={(e) => set('lesson', e.currentTarget.value ? Number(e.currentTarget.value) : undefined)}
          >
            <option value="">{t('filters_lessonAll')}</option>
            {TEXTBOOK_LESSONS.map((n) => <option key={n} value={String(n)}>{format(t('filters_lessonN'), { n })}</option>)}
          </select>
        </div>
      </div>
      <div class="tre-filter-checks">
        <label class="tre-check">
          <input
            type="checkbox"
            checked={!!filter.onlyPageTerms}
            disabled={!pageAvailable}
            onChange={(e) => set('onlyPageTerms', e.currentTarget.checked)}
          />
          {t('filters_onlyPage')}
        </label>
        {savingEnabled && (
          <label class="tre-check">
            <input type="checkbox" checked={!!filter.onlySaved} onChange={(e) => set('onlySaved', e.currentTarget.checked)} />
            {t('filters_onlySaved')}
          </label>
        )}
      </div>
      <div class="tre-filter-footer">
        <p class="tre-filter-count" role="status">
          {count === 1 ? t('filters_countOne') : format(t('filters_count'), { n: count })}
        </p>
        <button type="button" class="tre-filter-clear" disabled={empty} onClick={() => onChange({})}>
          {t('filters_clear')}
        </button>
      </div>
    </div>
  );
}

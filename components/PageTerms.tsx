import { TERM_TYPES, type TermType } from '../lib/glossary/schema';
import { format, type Lang, type Translate } from '../lib/i18n/i18n';
import { localized, type TermSummary } from './timeline-text';

/** A term found on the current page, with how many times the page mentions it. */
export type PageTerm = TermSummary & { mentions: number };

type Props = {
  /** The page's terms in the order of their first mention on the page. */
  terms: readonly PageTerm[];
  lang: Lang;
  t: Translate;
  /** The reader chose a term: the container scrolls the page to its next mention. */
  onChooseTerm: (id: string) => void;
};

/**
 * The terms on the current page, grouped by type (in the glossary's fixed order of types, the same on every page,
 * so a reader knows where to look), each group with its count and its terms in the order the page first
 * mentions them. Pure: props in, DOM out.
 */
export function PageTerms({ terms, lang, t, onChooseTerm }: Props) {
  const headingId = 'tre-page-terms-heading';
  const byType = new Map<TermType, PageTerm[]>();
  for (const term of terms) {
    const list = byType.get(term.type) ?? [];
    if (!list.some((other) => other.id === term.id)) list.push(term);
    byType.set(term.type, list);
  }
  // ↑/↓ (and Home/End) move between the terms across their groups, as in the timeline; Tab still visits each.
  const onKeyDown = (e: KeyboardEvent) => {
    const buttons = [...(e.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('.tre-page-term')];
    const at = buttons.indexOf(e.target as HTMLButtonElement);
    if (at < 0) return;
    const next = e.key === 'ArrowDown' ? buttons[Math.min(at + 1, buttons.length - 1)]
      : e.key === 'ArrowUp' ? buttons[Math.max(at - 1, 0)]
      : e.key === 'Home' ? buttons[0]
      : e.key === 'End' ? buttons.at(-1)
      : undefined;
    if (!next) return;
    e.preventDefault(); // the panel would scroll as well
    next.focus();
  };
  return (
    <section class="tre-page-terms" aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <h2 id={headingId}>{t('pageTerms_label')}</h2>
      {terms.length === 0 && <p class="tre-hint">{t('pageTerms_none')}</p>}
      {TERM_TYPES.filter((type) => byType.has(type)).map((type) => {
        const list = byType.get(type)!;
        const groupId = `tre-page-terms-${type}`;
        return (
          <section key={type} class="tre-page-type" aria-labelledby={groupId}>
            <h3 id={groupId}>{format(t('pageTerms_group'), { type: t(`type_${type}`), n: list.length })}</h3>
            <ul>
              {list.map((term) => {
                const name = localized(term.name, lang);
                const mentions = term.mentions === 1 ? t('pageTerms_mentionsOne') : format(t('pageTerms_mentions'), { n: term.mentions });
                return (
                  <li key={term.id}>
                    <button
                      type="button"
                      class="tre-page-term"
                      data-term={term.id}
                      onClick={() => onChooseTerm(term.id)}
                    >
                      {/* The name a screen reader reads is the visible text plus what the button does (WCAG 2.5.3:
                          the visible label is part of the accessible name). */}
                      <span class="tre-page-term-name" lang={name.lang}>{name.text}</span>
                      <span class="tre-visually-hidden">, </span>
                      <span class="tre-page-term-count">{mentions}</span>
                      <span class="tre-visually-hidden">{t('pageTerms_nextHint')}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </section>
  );
}

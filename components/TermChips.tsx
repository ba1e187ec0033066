import type { Lang } from '../lib/i18n/i18n';
import { localized, type TermSummary } from './timeline-text';

type Props = {
  ids: readonly string[];
  terms: ReadonlyMap<string, TermSummary>;
  lang: Lang;
  /** The list's accessible name ("Thuật ngữ liên quan"). */
  label: string;
  onOpenTerm: (id: string) => void;
  /** -1 keeps the chips out of the Tab order (the timeline's inactive events: see Timeline). */
  tabIndex?: number;
};

/** Terms as buttons that open their card. Ids the glossary does not know are left out. */
export function TermChips({ ids, terms, lang, label, onOpenTerm, tabIndex }: Props) {
  const known = ids.flatMap((id) => {
    const term = terms.get(id);
    return term ? [term] : [];
  });
  if (known.length === 0) return null;
  return (
    <ul class="tre-chips" aria-label={label}>
      {known.map((term) => {
        const name = localized(term.name, lang);
        return (
          <li key={term.id}>
            <button
              type="button"
              class={`tre-chip tre-chip-${term.type}`}
              data-term={term.id}
              lang={name.lang}
              tabIndex={tabIndex}
              onClick={() => onOpenTerm(term.id)}
            >
              {name.text}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

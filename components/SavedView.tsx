import { useEffect, useState } from 'preact/hooks';
import type { Lang, Translate } from '../lib/i18n/i18n';
import type { SavedTermView } from '../lib/messaging/store-protocol';
import type { DueSummary } from '../lib/review/scheduler';
import { DataTransfer } from './DataTransfer';
import type { AskStore } from './ReviewApp';
import { SavedList } from './SavedList';
import { StoreAlert, storeErrorSentence } from './store-errors';

type Props = {
  /** The store in the background (askStore); a fake in tests. */
  ask: AskStore;
  lang: Lang;
  t: Translate;
  /** Opens a saved term's card in the panel. */
  onOpenTerm: (termId: string) => void;
  /** Opens review.html (browser.runtime.getURL(reviewPagePath())). */
  onOpenReview: () => void;
  /** Calls back when the saved terms change elsewhere; returns the unsubscribe (onStoreChanged). */
  subscribe?: (onChange: () => void) => () => void;
};

/**
 * The side panel's "Đã lưu / Saved" tab, ready to mount: the saved list and the data panel, wired to the store.
 * Reloads the list after an unsave or an import; every store failure shows as its sentence.
 */
export function SavedView({ ask, lang, t, onOpenTerm, onOpenReview, subscribe }: Props) {
  const [items, setItems] = useState<SavedTermView[] | null>(null);
  const [due, setDue] = useState<DueSummary | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = async () => {
    try {
      const [list, count] = await Promise.all([ask({ type: 'store/list' }), ask({ type: 'store/due-count' })]);
      setItems(list);
      setDue(count);
      setError(null);
    } catch (e) {
      setError(storeErrorSentence(e, t));
    }
  };
  useEffect(() => void refresh(), []);
  // A term saved elsewhere while this list is open (a page's popover) shows up at once.
  useEffect(() => subscribe?.(() => void refresh()), [subscribe]);

  const reporting = async <T,>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (e) {
      setError(storeErrorSentence(e, t));
      throw e;
    }
  };

  return (
    <div class="tre-saved-panel">
      <StoreAlert message={error} />
      {items === null ? (
        !error && <p class="tre-help">{t('reviewPage_loading')}</p>
      ) : (
        <SavedList
          items={items}
          lang={lang}
          t={t}
          onOpenTerm={onOpenTerm}
          onUnsave={(termId) => reporting(async () => {
            await ask({ type: 'store/unsave', termId });
            await refresh();
          })}
          onSaveNote={(termId, note) => reporting(() => ask({ type: 'store/note', termId, note }))}
        />
      )}
      <DataTransfer
        lang={lang}
        t={t}
        due={due}
        onOpenReview={onOpenReview}
        onExport={(format) => ask({ type: 'store/export', format, lang })}
        onImport={async (text) => {
          const result = await ask({ type: 'store/import', text });
          if (result.ok) await refresh();
          return result;
        }}
      />
    </div>
  );
}

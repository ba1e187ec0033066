import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Translate } from '../lib/i18n/i18n';
import { browser } from 'wxt/browser';
import { askStore, StoreRequestError } from '../lib/messaging/client';
import { onStoreChanged } from '../lib/messaging/protocol';

export type SavedTerms = {
  /** The saved terms' ids; null until the background has answered (or where it cannot). */
  ids: ReadonlySet<string> | null;
  /** Saves the term, or unsaves it if saved. Saved from a page's own surface, without a page or sentence. */
  toggle: (id: string) => void;
  /** The reader-facing sentence of the last failure, or null. */
  error: string | null;
  /** Asks the background again (after another surface may have changed the list). */
  reload: () => void;
};

/** The saved terms as an extension page (popup, side panel) shows and toggles them, through the background. */
export function useSavedTerms(t: Translate, reloadOn: unknown = null): SavedTerms {
  const [ids, setIds] = useState<ReadonlySet<string> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    askStore({ type: 'store/list' }).then((list) => setIds(new Set(list.map((item) => item.termId))), () => setIds(null));
  }, []);
  useEffect(reload, [reloadOn]);
  // Saved elsewhere meanwhile (a page's popover, another window): asked again.
  useEffect(() => onStoreChanged(browser.runtime, reload), [reload]);
  const toggle = (id: string) => {
    setError(null);
    (ids?.has(id) ? askStore({ type: 'store/unsave', termId: id }) : askStore({ type: 'store/save', termId: id })).then(
      reload,
      (failure: unknown) => setError(t(`store_error_${failure instanceof StoreRequestError ? failure.code : 'failed'}`)),
    );
  };
  return { ids, toggle, error, reload };
}

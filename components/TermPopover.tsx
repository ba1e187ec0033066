import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { TermDetails } from '../lib/glossary/catalog';
import type { Lang } from '../lib/i18n/i18n';
import { TermCard } from './TermCard';

export type PopoverState =
  | { status: 'closed' }
  | { status: 'loading' | 'missing' | 'error'; anchor: DOMRect }
  | { status: 'ready'; anchor: DOMRect; details: TermDetails };

type Props = {
  state: PopoverState;
  lang: Lang;
  t: (key: string) => string;
  /** The reader's colour theme; 'auto' follows the system. */
  theme?: 'auto' | 'light' | 'dark';
  onClose: () => void;
  /** The card's actions (save, see on the timeline), under the explanation. */
  actions?: ComponentChildren;
};

const GAP = 6;
const MARGIN = 8;

/**
 * The popover next to a mention. A `popover="manual"` element: it sits in the top layer (never clipped by the
 * page's overflow or z-index) and, unlike `auto`, does not close the page's own popovers. It is shown
 * without moving focus, so reading is never interrupted.
 */
export function TermPopover({ state, lang, t, theme = 'auto', onClose, actions }: Props) {
  const ref = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (state.status === 'closed') {
      if (el.matches(':popover-open')) el.hidePopover();
      return;
    }
    if (!el.matches(':popover-open')) el.showPopover();
    place(el, state.anchor);
  });

  const open = state.status !== 'closed';
  return (
    <div ref={ref} popover="manual" class="tre-popover" role="dialog" aria-label={t('popover_label')} data-status={state.status} data-theme={theme}>
      {open && (
        <button type="button" class="tre-close" aria-label={t('popover_close')} title={t('popover_close')} onClick={onClose}>
          ×
        </button>
      )}
      {state.status === 'loading' && <p class="tre-status">{t('popover_loading')}</p>}
      {state.status === 'missing' && <p class="tre-status">{t('popover_notFound')}</p>}
      {state.status === 'error' && <p class="tre-status">{t('popover_error')}</p>}
      {state.status === 'ready' && <TermCard details={state.details} lang={lang} t={t} maxAliases={6} />}
      {state.status === 'ready' && actions && <div class="tre-popover-actions">{actions}</div>}
    </div>
  );
}

/** Below the mention if it fits, else above; kept inside the viewport horizontally. */
function place(el: HTMLElement, anchor: DOMRect): void {
  const vw = document.documentElement.clientWidth || window.innerWidth;
  const vh = window.innerHeight;
  const { width, height } = el.getBoundingClientRect();
  let top = anchor.bottom + GAP;
  if (top + height > vh - MARGIN && anchor.top - GAP - height >= MARGIN) top = anchor.top - GAP - height;
  top = Math.max(MARGIN, Math.min(top, vh - height - MARGIN));
  const left = Math.max(MARGIN, Math.min(anchor.left, vw - width - MARGIN));
  el.style.top = `${Math.round(top)}px`;
  el.style.left = `${Math.round(left)}px`;
  el.dataset.side = top < anchor.top ? 'above' : 'below';
}

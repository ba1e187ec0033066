import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { TermDetails } from '../lib/glossary/catalog';
import { format, type Lang } from '../lib/i18n/i18n';
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
  /** The card's actions (save, see on the timeline, open in Tre), under the explanation. */
  actions?: ComponentChildren;
  /** Opens a related term's card in place of this one. */
  onOpenRelated?: (id: string) => void;
  /** The card this one was opened from (a related term's link): a Back control returns to it. */
  back?: { name: string; onBack: () => void };
};

const GAP = 6;
const MARGIN = 8;
/** Below this much room on either side the card covers the mention rather than shrink to a peephole. */
const MIN_ROOM = 200;

/**
 * The popover next to a mention. A `popover="manual"` element: it sits in the top layer (never clipped by the
 * page's overflow or z-index) and, unlike `auto`, does not close the page's own popovers. It is shown
 * without moving focus, so reading is never interrupted. As tall as its content up to the room beside the
 * mention; when the explanation must scroll, a fade and a "More" control say so.
 */
export function TermPopover({ state, lang, t, theme = 'auto', onClose, actions, onOpenRelated, back }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const [more, setMore] = useState(false);
  const [overflows, setOverflows] = useState(false);
  const termId = state.status === 'ready' ? state.details.term.id : null;

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

  // A new card starts at its top.
  useLayoutEffect(() => {
    if (body.current) body.current.scrollTop = 0;
  }, [termId]);

  // Whether the explanation runs past the box, and whether the reader has scrolled to its end: on every scroll
  // and whenever the content's size changes (the full summary unfolded, fonts loaded).
  useLayoutEffect(() => {
    const scroller = body.current;
    if (!scroller) return;
    const measure = () => {
      const hidden = scroller.scrollHeight - scroller.clientHeight;
      setOverflows(hidden > 1);
      setMore(hidden - scroller.scrollTop > 4);
    };
    measure();
    scroller.addEventListener('scroll', measure, { passive: true });
    const resized = new ResizeObserver(measure);
    resized.observe(scroller);
    if (scroller.firstElementChild) resized.observe(scroller.firstElementChild);
    return () => {
      scroller.removeEventListener('scroll', measure);
      resized.disconnect();
    };
  }, [state.status, termId]);

  const open = state.status !== 'closed';
  const name = state.status === 'ready' ? nameIn(state.details, lang) : null;
  return (
    <div
      ref={ref}
      popover="manual"
      class="tre-popover"
      role="dialog"
      aria-label={name ? format(t('popover_cardLabel'), { name }) : t('popover_label')}
      data-status={state.status}
      data-theme={theme}
    >
      {open && (
        <div class="tre-popover-bar">
          {back && (
            <button type="button" class="tre-popover-back" onClick={back.onBack}>
              ← {format(t('popover_backTo'), { name: back.name })}
            </button>
          )}
          <button type="button" class="tre-close" aria-label={t('popover_close')} title={t('popover_close')} onClick={onClose}>
            ×
          </button>
        </div>
      )}
      <div class="tre-popover-scroll">
        <div
          ref={body}
          class="tre-popover-body"
          data-overflow={overflows ? 'true' : undefined}
          // A box that scrolls must be reachable from the keyboard to scroll it (when it has no link to tab to).
          tabIndex={overflows ? 0 : undefined}
          aria-label={overflows && name ? name : undefined}
          role={overflows ? 'region' : undefined}
        >
          {state.status === 'loading' && <p class="tre-status">{t('popover_loading')}</p>}
          {state.status === 'missing' && <p class="tre-status">{t('popover_notFound')}</p>}
          {state.status === 'error' && <p class="tre-status">{t('popover_error')}</p>}
          {state.status === 'ready' && (
            <TermCard key={state.details.term.id} details={state.details} lang={lang} t={t} maxAliases={6} brief showSources onOpenRelated={onOpenRelated} />
          )}
        </div>
        {more && (
          <div class="tre-more-cue">
            <button
              type="button"
              class="tre-more"
              aria-label={t('popover_moreLabel')}
              onClick={() => body.current?.scrollBy({ top: Math.round(body.current.clientHeight * 0.8), behavior: 'smooth' })}
            >
              {t('popover_more')} ▾
            </button>
          </div>
        )}
      </div>
      {state.status === 'ready' && actions && <div class="tre-popover-actions">{actions}</div>}
    </div>
  );
}

function nameIn(details: TermDetails, lang: Lang): string {
  return lang === 'en' && details.term.name.en ? details.term.name.en : details.term.name.vi;
}

/**
 * Below the mention if the card fits there, else above; if it fits on neither side, on the roomier one with
 * its height capped to that room (it then scrolls), or over the mention when both are cramped. Kept inside the
 * viewport horizontally.
 */
function place(el: HTMLElement, anchor: DOMRect): void {
  const vw = document.documentElement.clientWidth || window.innerWidth;
  const vh = window.innerHeight;
  el.style.maxHeight = `${vh - 2 * MARGIN}px`;
  const { width, height } = el.getBoundingClientRect();
  const below = vh - anchor.bottom - GAP - MARGIN;
  const above = anchor.top - GAP - MARGIN;
  let shown = height; // the height it will have once capped
  let top: number;
  if (height <= below) top = anchor.bottom + GAP;
  else if (height <= above) top = anchor.top - GAP - height;
  else if (Math.max(below, above) >= MIN_ROOM) {
    shown = Math.floor(Math.max(below, above));
    el.style.maxHeight = `${shown}px`;
    top = below >= above ? anchor.bottom + GAP : anchor.top - GAP - shown;
  } else {
    top = vh - height - MARGIN;
  }
  top = Math.max(MARGIN, Math.min(top, vh - shown - MARGIN));
  const left = Math.max(MARGIN, Math.min(anchor.left, vw - width - MARGIN));
  el.style.top = `${Math.round(top)}px`;
  el.style.left = `${Math.round(left)}px`;
  el.dataset.side = top < anchor.top ? 'above' : 'below';
}

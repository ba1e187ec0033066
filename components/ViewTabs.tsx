import type { ComponentChildren } from 'preact';
import type { Translate } from '../lib/i18n/i18n';
import { SIDEPANEL_VIEWS, type SidepanelView } from '../lib/timeline/view-state';

type Props = {
  /** The views offered, in order; "saved" is shown only with `savingEnabled`. */
  views?: readonly SidepanelView[];
  active: SidepanelView;
  onChange: (view: SidepanelView) => void;
  /** Shows the "Đã lưu / Saved" tab once saving terms exists. */
  savingEnabled?: boolean;
  t: Translate;
  /** The active view's content, inside its tab panel. */
  children?: ComponentChildren;
};

export const tabId = (view: SidepanelView) => `tre-tab-${view}`;
export const panelId = (view: SidepanelView) => `tre-panel-${view}`;

/**
 * The side panel's view switcher: an ARIA tablist. Left/Right (wrapping) and Home/End move between tabs and
 * select as they go (a view opens at once, so there is no reason to make the reader press Enter too); only the
 * selected tab is in the Tab order. Every tab has its panel in the DOM so that aria-controls always points at an
 * element; the ones not selected are hidden and empty. Pure: the container holds the active view.
 */
export function ViewTabs({ views = SIDEPANEL_VIEWS, active, onChange, savingEnabled = false, t, children }: Props) {
  const shown = views.filter((view) => view !== 'saved' || savingEnabled);
  // A remembered "saved" view once saving is gone, or any view not offered, falls back to the first.
  const selected = shown.includes(active) ? active : shown[0];

  const select = (view: SidepanelView | undefined) => {
    if (view === undefined) return;
    document.getElementById(tabId(view))?.focus();
    if (view !== selected) onChange(view);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const at = shown.indexOf(selected!);
    const n = shown.length;
    if (e.key === 'ArrowRight') select(shown[(at + 1) % n]);
    else if (e.key === 'ArrowLeft') select(shown[(at - 1 + n) % n]);
    else if (e.key === 'Home') select(shown[0]);
    else if (e.key === 'End') select(shown[n - 1]);
    else return;
    e.preventDefault();
  };

  return (
    <div class="tre-views">
      <div class="tre-tabs" role="tablist" aria-label={t('sidepanel_views')} onKeyDown={onKeyDown}>
        {shown.map((view) => (
          <button
            key={view}
            type="button"
            role="tab"
            id={tabId(view)}
            class="tre-tab"
            aria-selected={view === selected}
            aria-controls={panelId(view)}
            tabIndex={view === selected ? 0 : -1}
            onClick={() => select(view)}
          >
            {t(`view_${view}`)}
          </button>
        ))}
      </div>
      {shown.map((view) => (
        <div
          key={view}
          role="tabpanel"
          id={panelId(view)}
          class="tre-tabpanel"
          aria-labelledby={tabId(view)}
          hidden={view !== selected}
        >
          {view === selected ? children : null}
        </div>
      ))}
    </div>
  );
}

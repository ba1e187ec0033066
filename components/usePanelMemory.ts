import { useEffect, useRef, useState } from 'preact/hooks';
import type { TimelineFilter } from '../lib/timeline/filters';
import { updateSidepanelState, type SidepanelState } from '../lib/timeline/view-state';

// What the side panel remembers between openings (lib/timeline/view-state.ts), written as the reader goes.

/** How long the filters must stay unchanged before they are remembered. */
const FILTER_SAVE_DELAY_MS = 250;
/** How long the timeline must stay still before its place is remembered (a scroll fires many events). */
const SCROLL_SAVE_DELAY_MS = 300;

/** Writes a change to the remembered state; a failed write costs only the memory of it. */
export function remember(change: Partial<SidepanelState>): void {
  void updateSidepanelState(change).catch(() => undefined);
}

/**
 * The timeline's filter, remembered. Typing in the search changes it on every keystroke; storage hears it once
 * the typing pauses, so a keystroke's frame has only the timeline's own work in it, and on closing the panel.
 */
export function useRememberedFilter(initial: TimelineFilter): [TimelineFilter, (next: TimelineFilter) => void] {
  const [filter, setFilter] = useState<TimelineFilter>(initial);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; filter: TimelineFilter } | null>(null);
  const write = () => {
    const now = pending.current;
    if (!now) return;
    clearTimeout(now.timer);
    pending.current = null;
    remember({ filter: now.filter });
  };
  const change = (next: TimelineFilter) => {
    setFilter(next);
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = { timer: setTimeout(write, FILTER_SAVE_DELAY_MS), filter: next };
  };
  useEffect(() => {
    window.addEventListener('pagehide', write);
    return () => window.removeEventListener('pagehide', write);
  }, []);
  return [filter, change];
}

/** Remembers the page's scroll position while `active` (the timeline shown with no card open over it). */
export function useRememberedScroll(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(() => remember({ timelineScroll: Math.round(window.scrollY) }), SCROLL_SAVE_DELAY_MS);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
    };
  }, [active]);
}

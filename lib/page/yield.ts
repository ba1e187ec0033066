/** Longest stretch of work before giving the main thread back (well under the 50 ms long-task mark). */
export const SLICE_MS = 8;

type Scheduler = { yield?: () => Promise<void> };

/** Lets the page run (input, rendering) before the next slice of work. */
export function yieldToPage(win: Window): Promise<void> {
  const scheduler = (win as Window & { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}

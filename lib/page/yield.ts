/** Longest stretch of work before giving the main thread back (well under the 50 ms long-task mark). */
export const SLICE_MS = 8;

type Scheduler = { yield?: () => Promise<void> };

/** Lets the page run (input, rendering) before the next slice of work. */
export function yieldToPage(win: Window): Promise<void> {
  const scheduler = (win as Window & { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}

/**
 * Lets every task already queued run first (the background's answers to chunks sent so far among them), then
 * resumes: a task posted to a MessageChannel, which takes its turn behind them. scheduler.yield() would not do
 * here: its continuations run before other tasks of the same priority, so a walk of a long page that yields
 * with it kept the first screen's answer waiting until the whole page was read.
 */
export function yieldToTasks(win: Window): Promise<void> {
  const Channel = (win as Window & { MessageChannel?: typeof MessageChannel }).MessageChannel;
  if (!Channel) return new Promise((resolve) => win.setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new Channel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

import { useEffect, useRef } from 'preact/hooks';

// Single-key shortcuts of Tre's pages (Space, 1–4, Esc): never while the reader types in a field, never with a
// modifier (the browser's own shortcuts), and Space or Enter on a button or link is left to that control.

/** An element that takes typed text: a text field, a text area, a select or anything content-editable. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'submit', 'reset', 'checkbox', 'radio', 'range', 'color', 'file', 'image'].includes(target.type);
  }
  return target instanceof HTMLElement && (target.isContentEditable || target.closest('[contenteditable=""], [contenteditable="true"]') !== null);
}

const ACTIVATES = 'button, a[href], summary, input, [role="button"], [role="link"]';

/** Whether a key press is the page's to handle. */
export function isShortcut(e: KeyboardEvent): boolean {
  if (e.defaultPrevented || e.ctrlKey || e.altKey || e.metaKey || e.isComposing) return false;
  if (isTypingTarget(e.target)) return false;
  if ((e.key === ' ' || e.key === 'Enter') && e.target instanceof Element && e.target.closest(ACTIVATES)) return false;
  return true;
}

/**
 * Calls `handle` for the page's shortcut keys on the document; `handle` returns true when it used the key
 * (which then does nothing else, e.g. Space does not scroll). The latest `handle` is always the one called.
 */
export function useShortcuts(handle: (key: string, e: KeyboardEvent) => boolean): void {
  const latest = useRef(handle);
  latest.current = handle;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isShortcut(e)) return;
      if (latest.current(e.key, e)) e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

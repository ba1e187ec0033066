import type { Page } from 'playwright-core';

// Runs a function on Tre's popover element, inside its closed shadow root, through the DevTools protocol (which
// pierces closed roots as no page script can): for tests that read or press what is inside the card.

/** A node of DOM.getDocument's tree (with pierce: shadow roots, closed ones included). */
export type DomNode = {
  nodeId: number; backendNodeId: number; nodeName: string; attributes?: string[]; children?: DomNode[]; shadowRoots?: DomNode[];
};

/** Whether a node's class attribute has `cls` among its classes. */
function hasClass(n: DomNode, cls: string): boolean {
  const attrs = n.attributes ?? [];
  const at = attrs.indexOf('class');
  return at >= 0 && at % 2 === 0 && attrs[at + 1]!.split(' ').includes(cls);
}

/** Tre's popover card in a pierced tree (depth first through children and shadow roots), or null. */
export function findCard(n: DomNode, also: (n: DomNode) => boolean = () => true): DomNode | null {
  if (hasClass(n, 'tre-popover') && also(n)) return n;
  for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) {
    const hit = findCard(c, also);
    if (hit) return hit;
  }
  return null;
}

/** The card's border box in the viewport, or null when there is no card. */
export async function cardBox(page: Page): Promise<{ top: number; bottom: number; left: number; right: number; width: number; height: number } | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const card = findCard(root as DomNode);
    if (!card) return null;
    const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: card.backendNodeId });
    const xs = model.border.filter((_, i) => i % 2 === 0);
    const ys = model.border.filter((_, i) => i % 2 === 1);
    return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys), width: model.width, height: model.height };
  } finally {
    await cdp.detach();
  }
}

/**
 * Calls `fn` (a function's source, run with the `.tre-popover` element as `this` and `arg` as its argument) and
 * returns its value; null when there is no popover.
 */
export async function onPopover<T>(page: Page, fn: string, arg: unknown = null): Promise<T | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const node = findCard(root as DomNode, (n) => (n.attributes ?? []).includes('popover'));
    if (!node) return null;
    const { object } = await cdp.send('DOM.resolveNode', { nodeId: node.nodeId });
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!, functionDeclaration: fn, arguments: [{ value: arg }], returnByValue: true, awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(`in the popover: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}

/** Clicks the first element matching `selector` inside the popover; throws if there is none. */
export async function clickInPopover(page: Page, selector: string): Promise<void> {
  const clicked = await onPopover<boolean>(page, 'function (s) { const el = this.querySelector(s); if (!el) return false; el.click(); return true; }', selector);
  if (!clicked) throw new Error(`no "${selector}" in the popover`);
}

/** What a test reads of the open card. */
export type CardSnapshot = {
  open: boolean;
  label: string | null;
  name: string | null;
  otherNames: string | null;
  related: string[];
  back: string | null;
  cue: boolean;
  overflows: boolean;
  focused: string | null;
};

export function readCard(page: Page): Promise<CardSnapshot | null> {
  return onPopover<CardSnapshot>(page, `function () {
    const q = (s) => this.querySelector(s);
    const body = q('.tre-popover-body');
    const active = this.getRootNode().activeElement;
    return {
      open: this.matches(':popover-open'),
      label: this.getAttribute('aria-label'),
      name: q('h2.tre-name')?.textContent ?? null,
      otherNames: q('.tre-aliases p')?.textContent ?? null,
      related: [...this.querySelectorAll('.tre-related li')].map((li) => li.getAttribute('data-term')),
      back: q('.tre-popover-back')?.textContent ?? null,
      cue: !!q('.tre-more-cue .tre-more'),
      overflows: body ? body.scrollHeight > body.clientHeight + 1 : false,
      focused: active && this.contains(active) ? (active.className || active.localName) : null,
    };
  }`);
}

import type { Page } from 'playwright-core';

// Tre's popover lives in a closed shadow root, which page scripts cannot enter; the DevTools protocol can
// (DOM.getDocument with pierce). These press and read its buttons as a reader's click would.

type DomNode = { nodeId: number; nodeName: string; children?: DomNode[]; shadowRoots?: DomNode[] };

/** Calls `fn` (a function source run with the button as `this` and `name` as argument) on each button. */
async function onButtons(page: Page, name: string, fn: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const buttons: DomNode[] = [];
    const walk = (n: DomNode) => {
      if (n.nodeName === 'BUTTON') buttons.push(n);
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c);
    };
    walk(root as DomNode);
    for (const b of buttons) {
      const { object } = await cdp.send('DOM.resolveNode', { nodeId: b.nodeId });
      const { result } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId!, functionDeclaration: fn, arguments: [{ value: name }], returnByValue: true,
      });
      if (result.value !== null && result.value !== undefined) return result.value;
    }
    return null;
  } finally {
    await cdp.detach();
  }
}

/** Clicks the popover's button labelled `name`. */
export async function clickPopoverButton(page: Page, name: string): Promise<void> {
  const clicked = await onButtons(page, name, 'function (name) { if (this.textContent.trim() !== name) return null; this.click(); return true; }');
  if (!clicked) throw new Error(`no popover button "${name}"`);
}

/** Whether the popover's button labelled `name` is pressed (aria-pressed); null if there is none. */
export async function popoverButtonPressed(page: Page, name: string): Promise<boolean | null> {
  return (await onButtons(page, name,
    'function (name) { if (this.textContent.trim() !== name) return null; return this.getAttribute("aria-pressed") === "true"; }')) as boolean | null;
}

import type { Page } from 'playwright-core';

/**
 * Evaluates an expression in an extension page Playwright does not list as a page — the toolbar popup opened
 * by action.openPopup() — through the DevTools protocol's target API. Returns undefined when no open target's
 * URL contains `urlPart`.
 */
export async function evaluateInTarget(page: Page, urlPart: string, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find((t) => t.url.includes(urlPart));
    if (!target) return undefined;
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    const reply = new Promise<{ result?: { result?: { value?: unknown } } }>((resolve) => {
      cdp.on('Target.receivedMessageFromTarget', (e) => {
        const message = JSON.parse(e.message) as { id?: number; result?: { result?: { value?: unknown } } };
        if (message.id === 1) resolve(message);
      });
    });
    const params = { expression, returnByValue: true, awaitPromise: true };
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params }) });
    const answer = await reply;
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    return answer.result?.result?.value;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

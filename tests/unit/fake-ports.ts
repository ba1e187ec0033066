import type { ServicePort } from '../../lib/page-matching/match-service';
import type { PagePort } from '../../lib/page/remote-matcher';

// A runtime.connect for unit tests: a pair of Ports, page side and background side, delivering each message
// in a later task and as a copy (as the browsers' messaging does), and a way to stop the "worker".

type Listener = (m: unknown) => void;

export function fakeRuntime(extensionId = 'tre-id') {
  const backgroundListeners: ((port: ServicePort) => void)[] = [];
  const open: { stop(): void }[] = [];
  let connects = 0;
  let available = true;
  const connect = (name: string): PagePort => {
    if (!available) throw new Error('Extension context invalidated.');
    connects++;
    const toPage: Listener[] = [];
    const toBackground: Listener[] = [];
    const pageGone: (() => void)[] = [];
    const backgroundGone: (() => void)[] = [];
    let closed = false;
    const deliver = (listeners: Listener[], m: unknown) => {
      const copy = structuredClone(m);
      setTimeout(() => !closed && listeners.forEach((l) => l(copy)), 0);
    };
    const close = (notify: (() => void)[]) => {
      if (closed) return;
      closed = true;
      setTimeout(() => notify.forEach((l) => l()), 0);
    };
    const pagePort: PagePort = {
      postMessage: (m) => {
        if (closed) throw new Error('Attempting to use a disconnected port object');
        deliver(toBackground, m);
      },
      disconnect: () => close(backgroundGone),
      onMessage: { addListener: (l) => toPage.push(l) },
      onDisconnect: { addListener: (l) => pageGone.push(l) },
    };
    const servicePort: ServicePort = {
      name,
      sender: { id: extensionId },
      postMessage: (m) => !closed && deliver(toPage, m),
      onMessage: { addListener: (l) => toBackground.push(l) },
      onDisconnect: { addListener: (l) => backgroundGone.push(l) },
    };
    open.push({ stop: () => close(pageGone) });
    setTimeout(() => backgroundListeners.forEach((l) => l(servicePort)), 0);
    return pagePort;
  };
  return {
    connect,
    onConnect: (l: (port: ServicePort) => void) => backgroundListeners.push(l),
    /** The worker stops: every open Port closes (its page hears onDisconnect). */
    stopWorker: () => open.splice(0).forEach((p) => p.stop()),
    /** The extension is gone (updated, removed): connect throws from now on. */
    invalidate: () => (available = false),
    get connects() {
      return connects;
    },
  };
}

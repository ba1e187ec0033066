import { createPageSession, type PageSession, type SharedMatcher } from './page-session';
import { MATCH_PORT, parseMatchRequest, type MatchReady, type ServiceMessage } from './protocol';

/** The part of a runtime Port the service uses (chrome's and browser's both fit). */
export type ServicePort = {
  name: string;
  sender?: { id?: string; tab?: unknown };
  postMessage(message: ServiceMessage): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
};

/** What the service matches with: the shared matcher, and the ids and types of the terms it finds. */
export type LoadedMatcher = { matcher: SharedMatcher; ids: readonly string[]; types: readonly string[] };

/**
 * The background's side of matching off the page: loads the matcher once (the first thing a waking
 * background does) and answers every page's Port with a session of its own. A request that arrives before the
 * matcher is loaded waits for it; a page that goes away is forgotten with its Port.
 */
export class MatchService {
  private loaded: Promise<{ ready: MatchReady; matcher: SharedMatcher; indexOf: Map<string, number> }>;

  constructor(load: () => Promise<LoadedMatcher>, private readonly extensionId: string) {
    this.loaded = load().then(({ matcher, ids, types }) => ({
      matcher,
      ready: { type: 'ready', ids: [...ids], types: [...types] },
      indexOf: new Map(ids.map((id, i) => [id, i])),
    }));
    // A matcher that cannot load leaves pages unmarked; each Port is closed by its page or when the page goes.
    this.loaded.catch((error: unknown) => console.error('Tre: the matcher did not load', error));
  }

  /** Settles once the matcher has loaded (or failed to). */
  whenLoaded(): Promise<void> {
    return this.loaded.then(() => undefined, () => undefined);
  }

  /** Takes a Port from runtime.onConnect; ignores any other than Tre's own content scripts' matching Port. */
  connect(port: ServicePort): void {
    if (port.name !== MATCH_PORT || port.sender?.id !== this.extensionId) return;
    let session: PageSession | null = null;
    let open = true;
    port.onDisconnect.addListener(() => {
      open = false;
      session = null;
    });
    const post = (message: ServiceMessage) => {
      if (!open) return;
      try {
        port.postMessage(message);
      } catch {
        open = false; // the page went away while we matched
      }
    };
    void this.loaded.then(({ ready, matcher, indexOf }) => {
      session = createPageSession(matcher, indexOf);
      post(ready);
    }, () => undefined);
    port.onMessage.addListener((message) => {
      const request = parseMatchRequest(message);
      if (!request) return;
      void this.loaded.then(() => {
        if (!session) return;
        const t0 = performance.now();
        const matches = session.matchBlocks(request.texts);
        post({ type: 'matches', chunk: request.chunk, matches, ms: performance.now() - t0 });
      }, () => undefined);
    });
  }
}

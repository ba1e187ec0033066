import type { Match } from '../match/match-index';
import { MATCH_PORT, parseServiceMessage, type MatchRequest } from '../page-matching/protocol';

/** The part of runtime.Port a page uses (chrome's and browser's both fit). */
export type PagePort = {
  postMessage(message: MatchRequest): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
};

/** Opens a Port to the background (runtime.connect); throws once the extension is gone from under the page. */
export type Connect = (name: string) => PagePort;

/** Unanswered chunks wait at most this long for the background before the page gives them up. */
export const ANSWER_TIMEOUT_MS = 15_000;

type Pending = { request: MatchRequest; resolve: (matches: Match[][]) => void; reject: (error: Error) => void; resent: boolean };

/**
 * Matches a page's blocks in the background (lib/page-matching): the content script reads, the background's
 * warm matcher finds. The Port is opened at once, so a stopped worker is already starting while the page is
 * walked; chunks asked before it is ready wait in its queue. When the worker stops (MV3 stops an idle one) the
 * Port closes: what was unanswered is sent once more on a new Port, and later chunks open one as needed. When
 * the background does not answer at all (the extension updated or removed under the page, a worker failing),
 * every chunk is refused: the page stays as marked as it was, and nothing is thrown into it.
 */
export class RemoteMatcher {
  private port: PagePort | null = null;
  private ids: string[] | null = null;
  private typeById = new Map<string, string>();
  private next = 0;
  private readonly pending = new Map<number, Pending>();
  private readonly whenReady: { promise: Promise<void>; resolve: () => void };
  private gone = false;
  /** The background's own time matching this page's chunks (for the benchmark). */
  workerMs = 0;
  /** The page's time taking the answers in (checking them, making Match objects): for the benchmark. */
  receiveMs = 0;

  constructor(private readonly connect: Connect, private readonly timeoutMs = ANSWER_TIMEOUT_MS,
    private readonly setTimer: (f: () => void, ms: number) => unknown = (f, ms) => setTimeout(f, ms)) {
    let resolve!: () => void;
    this.whenReady = { promise: new Promise<void>((r) => (resolve = r)), resolve };
    this.open();
  }

  /** The type of a term the background can find (known once it answered). */
  typeOf(id: string): string | undefined {
    return this.typeById.get(id);
  }

  /** Resolves when the background first answered (its list of terms arrived). */
  get ready(): Promise<void> {
    return this.whenReady.promise;
  }

  /** The mentions of each text, in order; rejects when the background cannot be reached. */
  matchBlocks(texts: string[]): Promise<Match[][]> {
    if (this.gone) return Promise.reject(new Error('Tre: the background is gone'));
    const request: MatchRequest = { type: 'match', chunk: this.next++, texts };
    return new Promise<Match[][]>((resolve, reject) => {
      this.pending.set(request.chunk, { request, resolve, reject, resent: false });
      this.setTimer(() => this.fail(request.chunk, 'no answer in time'), this.timeoutMs);
      this.send(request);
    });
  }

  /** Closes the Port and refuses what is unanswered (the page is going away or the script was invalidated). */
  close(): void {
    this.gone = true;
    try {
      this.port?.disconnect();
    } catch {
      // already closed
    }
    this.port = null;
    for (const chunk of [...this.pending.keys()]) this.fail(chunk, 'closed');
  }

  private send(request: MatchRequest): void {
    const port = this.port ?? this.open();
    if (!port) return;
    try {
      port.postMessage(request);
    } catch {
      this.onDisconnect(port);
    }
  }

  private open(): PagePort | null {
    if (this.gone) return null;
    let port: PagePort;
    try {
      port = this.connect(MATCH_PORT);
    } catch {
      this.close(); // the extension context is gone: nothing will ever answer
      return null;
    }
    this.port = port;
    port.onMessage.addListener((message) => this.onMessage(message));
    port.onDisconnect.addListener(() => this.onDisconnect(port));
    return port;
  }

  private onMessage(message: unknown): void {
    const t0 = performance.now();
    try {
      this.receive(message);
    } finally {
      this.receiveMs += performance.now() - t0;
    }
  }

  private receive(message: unknown): void {
    const parsed = parseServiceMessage(message);
    if (!parsed) return;
    if (parsed.type === 'ready') {
      this.ids = parsed.ids;
      this.typeById = new Map(parsed.ids.map((id, i) => [id, parsed.types[i]!]));
      this.whenReady.resolve();
      return;
    }
    const waiting = this.pending.get(parsed.chunk);
    const ids = this.ids;
    if (!waiting || !ids || parsed.matches.length !== waiting.request.texts.length) return;
    this.pending.delete(parsed.chunk);
    this.workerMs += parsed.ms;
    waiting.resolve(parsed.matches.map((flat) => {
      const out: Match[] = [];
      for (let i = 0; i < flat.length; i += 3) {
        const id = ids[flat[i + 2]!];
        if (id !== undefined) out.push({ start: flat[i]!, end: flat[i + 1]!, id });
      }
      return out;
    }));
  }

  /** The worker stopped or failed: each unanswered chunk is sent once more on a new Port, then given up. */
  private onDisconnect(port: PagePort): void {
    if (this.port !== port) return;
    this.port = null;
    if (this.gone) return;
    for (const [chunk, p] of this.pending) {
      if (p.resent) this.fail(chunk, 'the background closed the connection twice');
    }
    const again = [...this.pending.values()];
    if (again.length === 0) return;
    for (const p of again) p.resent = true;
    for (const p of again) if (this.pending.has(p.request.chunk)) this.send(p.request);
  }

  private fail(chunk: number, why: string): void {
    const p = this.pending.get(chunk);
    if (!p) return;
    this.pending.delete(chunk);
    p.reject(new Error(`Tre: matching refused (${why})`));
  }
}

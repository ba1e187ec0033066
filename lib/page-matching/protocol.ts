// Matching off the page (docs/decisions/012-matching-off-the-page.md): a content script sends the text of a
// page's blocks over a runtime Port and the background answers with where the mentions are. Plain data both
// ways: Chrome's extension messaging is JSON, Firefox's a structured clone. Checked on arrival by hand (no
// schema library: this file is on the content script's start path).

/** The Port's name: the background's onConnect listener answers only this one. */
export const MATCH_PORT = 'tre/match';

/** A chunk of blocks to match, one text per block exactly as the page's scanner read it (lib/page/segments.ts). */
export type MatchRequest = { type: 'match'; chunk: number; texts: string[] };

/**
 * Sent once on every new connection, when the matcher is ready: the ids of every term it can find (a reply
 * names a term by its index here) and each one's type (the reader chooses which types are marked).
 */
export type MatchReady = { type: 'ready'; ids: string[]; types: string[] };

/**
 * The mentions of a chunk's blocks, in the order asked: for each block a flat list of (start, end, term index)
 * triples, offsets in UTF-16 code units of that block's text. `ms`: the background's time matching them.
 */
export type MatchReply = { type: 'matches'; chunk: number; matches: number[][]; ms: number };

export type ServiceMessage = MatchReady | MatchReply;

/** Most text one chunk may carry (UTF-16 code units): a larger page is sent in several. */
export const MAX_CHUNK_CHARS = 256 * 1024;

export function parseMatchRequest(message: unknown): MatchRequest | null {
  if (!isRecord(message) || message.type !== 'match' || !isCount(message.chunk) || !Array.isArray(message.texts)) return null;
  let chars = 0;
  for (const t of message.texts) {
    if (typeof t !== 'string') return null;
    chars += t.length;
  }
  // A content script splits its chunks well below this; anything larger is not Tre's.
  if (chars > 4 * MAX_CHUNK_CHARS) return null;
  return { type: 'match', chunk: message.chunk, texts: message.texts as string[] };
}

export function parseServiceMessage(message: unknown): ServiceMessage | null {
  if (!isRecord(message)) return null;
  if (message.type === 'ready') {
    const { ids, types } = message;
    if (!Array.isArray(ids) || !Array.isArray(types) || ids.length !== types.length) return null;
    if (!ids.every((x) => typeof x === 'string') || !types.every((x) => typeof x === 'string')) return null;
    return { type: 'ready', ids: ids as string[], types: types as string[] };
  }
  if (message.type === 'matches') {
    const { chunk, matches, ms } = message;
    if (!isCount(chunk) || !Array.isArray(matches) || typeof ms !== 'number') return null;
    for (const list of matches) {
      if (!Array.isArray(list) || list.length % 3 !== 0) return null;
      for (const x of list) if (!isCount(x)) return null;
    }
    return { type: 'matches', chunk, matches: matches as number[][], ms };
  }
  return null;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isCount(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0;
}

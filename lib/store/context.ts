// Where a term was met, reduced to what is worth keeping: the page's address without what identifies the
// reader or the visit, and the one sentence that shows the term in use. Pure functions: no DB, no DOM.

/** Query parameters that only track the visit: dropped even where the query is kept. */
const TRACKING_PARAM = /^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|yclid|igshid|_ga|_gl|_hsenc|_hsmi|mkt_tok|ref_src|ref_url|si|spm|zarsrc|utm)$/i;

/**
 * The address to store for a page: scheme, host, path. The query string and fragment are dropped (they carry
 * tracking ids, session tokens, search terms) unless `keepQuery`, and then tracking parameters still go;
 * user name and password always go. Null for anything but http(s) and file pages: a data:, blob: or
 * extension URL is no place to go back to.
 */
/** A query pair's key, decoded as URLSearchParams decodes it ('+' is a space); the raw key if it is malformed. */
function queryKey(pair: string): string {
  const raw = pair.split('=', 1)[0]!.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export function cleanUrl(url: string, keepQuery = false): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!['http:', 'https:', 'file:'].includes(parsed.protocol)) return null;
  parsed.username = '';
  parsed.password = '';
  const route = parsed.hash.startsWith('#/') || parsed.hash.startsWith('#!/');
  if (keepQuery) {
    // The query's pairs as text, not through searchParams' iterators: in a Firefox content script the URL object
    // is an Xray wrapper whose iterators cannot be spread ("keys() is not iterable"), and saving threw there.
    const kept = parsed.search.slice(1).split('&').filter((pair) => pair !== '' && !TRACKING_PARAM.test(queryKey(pair)));
    parsed.search = kept.length ? `?${kept.join('&')}` : '';
    // Single-page sites name their article in the fragment (#/bai-viet/123); anchors and text fragments
    // (#:~:text=) only say where on the page, and a text fragment can hold what the reader selected.
    if (!route) parsed.hash = '';
  } else {
    parsed.search = '';
    parsed.hash = '';
  }
  return parsed.href;
}

/** Sentence ends: . ! ? … and their runs (?!, ...), optionally followed by closing quotes or brackets. */
const END = /[.!?…]/;
const CLOSERS = /["'”’»)\]]/;
const LINE_BREAK = /[\n\r\u2028\u2029]/;
/**
 * Words that take a full stop without ending a sentence, as Vietnamese and English news write them: "TP. Hồ
 * Chí Minh", "ThS. Nguyễn", "Mr. Smith". Compared case-sensitively: "TP" is the abbreviation, "tp" is not.
 */
const ABBREVIATIONS = new Set([
  'TP', 'Tp', 'Q', 'P', 'ThS', 'TS', 'PGS', 'GS', 'BS', 'KS', 'NCS', 'CN', 'Th', 'TT', 'Tr', 'St', 'Mr', 'Mrs', 'Ms',
  'Dr', 'Prof', 'Jr', 'Sr', 'No', 'Nos', 'vs', 'Vol', 'Art', 'Gen', 'Col', 'Lt', 'Rev', 'Sen', 'Rep', 'Gov', 'Jan', 'Feb',
  'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'e.g', 'i.e', 'U.S', 'U.N', 'cf', 'ca', 'approx',
]);

export const MAX_SENTENCE_CHARS = 300;

/**
 * The sentence of `text` that holds the mention at [start, end), whitespace collapsed. A sentence longer than
 * `max` characters is cut at word boundaries around the mention, centred on it, with "…" where text was cut.
 */
export function sentenceAround(text: string, start: number, end: number, max = MAX_SENTENCE_CHARS): string {
  start = clamp(start, 0, text.length);
  end = clamp(end, start, text.length);
  let from = start;
  while (from > 0 && !isBoundaryBefore(text, from)) from--;
  let to = end;
  while (to < text.length && !isBoundaryBefore(text, to)) to++;
  // Extend `to` over the end punctuation and closers, which belong to the sentence.
  while (to < text.length && (END.test(text[to]!) || CLOSERS.test(text[to]!))) to++;
  return clip(text, from, to, start, end, max);
}

/**
 * Whether a sentence starts at `i`: right after a line break, or after end punctuation (and closers) and
 * white space, when the next word does not start in lower case and the stop is not an abbreviation's or a
 * number's ("1.000" has no space after its point; "TP. Hồ Chí Minh" is one name).
 */
function isBoundaryBefore(text: string, i: number): boolean {
  const prev = text[i - 1]!;
  if (LINE_BREAK.test(prev)) return true;
  if (!/\s/.test(prev)) return false;
  let j = i - 1;
  while (j > 0 && /\s/.test(text[j - 1]!) && !LINE_BREAK.test(text[j - 1]!)) j--;
  if (j > 0 && LINE_BREAK.test(text[j - 1]!)) return true;
  let k = j;
  while (k > 0 && CLOSERS.test(text[k - 1]!)) k--;
  if (k === 0 || !END.test(text[k - 1]!)) return false;
  // The next visible character: a lower-case letter continues the sentence ("v.v. và", "... rồi").
  const next = text.slice(i).match(/\S/u)?.[0];
  if (next !== undefined && next !== next.toUpperCase() && next === next.toLowerCase()) return false;
  if (text[k - 1] === '.') {
    const word = text.slice(0, k - 1).match(/([\p{L}.]+)$/u)?.[1] ?? '';
    if (ABBREVIATIONS.has(word)) return false;
    // An initial: "J. F. Kennedy", "Nguyễn V. A.".
    if (/^\p{Lu}$/u.test(word)) return false;
  }
  return true;
}

function clip(text: string, from: number, to: number, start: number, end: number, max: number): string {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  // Collapse white space while keeping where the mention is, measured in the collapsed text.
  const collapse = (s: string) => s.replace(/\s+/g, ' ');
  const before = collapse(text.slice(from + lead, start)).replace(/^ /, '');
  const mention = collapse(text.slice(start, end));
  const after = collapse(text.slice(end, to)).replace(/ $/, '');
  const sentence = before + mention + after;
  if (sentence.length <= max) return sentence;
  const ELLIPSIS = '…';
  if (mention.length + 2 >= max) return cutAfterWord(mention, max - 1) + ELLIPSIS;
  // Share what room is left equally either side of the mention; give one side's unused share to the other.
  const room = max - mention.length - 2;
  let left = Math.min(before.length, Math.ceil(room / 2));
  const right = Math.min(after.length, room - left);
  left = Math.min(before.length, room - right);
  let head = before.slice(before.length - left);
  let tail = after.slice(0, right);
  if (left < before.length) {
    // Drop the partial word at the cut, so the excerpt starts on a whole word.
    const space = head.indexOf(' ');
    head = ELLIPSIS + (space === -1 ? '' : head.slice(space + 1));
  }
  if (right < after.length) {
    const space = tail.lastIndexOf(' ');
    tail = (space === -1 ? '' : tail.slice(0, space)) + ELLIPSIS;
  }
  return head + mention + tail;
}

function cutAfterWord(text: string, max: number): string {
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return space > 0 ? cut.slice(0, space) : cut;
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, Number.isFinite(n) ? Math.trunc(n) : lo));
}

import type { ScanTables } from './automaton';
import type { CuePhrases } from './context-rules';
import type { MatchContext } from './match-index';
import type { MatchTables } from './match-tables';
import { StringList } from './string-list';

/**
 * Match tables as one binary file beside the content script (`match-tables.bin`): the tab fetches it into an
 * ArrayBuffer and views every array in place, so start-up neither parses a script literal nor copies the
 * tables, and costs about the same for 1,000 aliases as for 30,000 (docs/decisions/002, 005). The ids and
 * canonical forms stay UTF-8 in the file's buffer; each is decoded when a match first needs it (StringList).
 *
 * Layout, each part starting on a 4-byte boundary, numbers little-endian (as every browser runs):
 * header (8 × u32): FORMAT, states, keys, terms, alphabet length, UTF-8 bytes of the strings, rows' length, 0;
 * then alphabet (u16), label (u16), childStart (states + 1), fail, dictLink, terminal, rowOf (i32 per state),
 * rows (i32),
 * keyLength, previousSameEnd, term (i32 per key), flags (u16 per key), foreign words (u32 per key), string
 * ends (i32, byte offsets: the ids' into their part of the string bytes, then the canonical forms' into theirs),
 * the strings (UTF-8: all ids, then all canonical forms), the context rules' word lists and their cue phrases
 * prepared (UTF-8 JSON `{ context, cues }`, a few KB).
 */
export const MATCH_TABLES_FILE = 'match-tables.bin';
const FORMAT = 0x36455254; // "TRE6" (TRE5 had no prepared cue phrases; TRE4 u8 flags and no context rules)
const HEADER_WORDS = 8;

export function packMatchTables(tables: MatchTables): Uint8Array {
  const a = tables.automaton;
  const states = a.fail.length;
  const keys = a.keyLength.length;
  const terms = tables.ids.length;
  const strings = new Uint8Array(tables.ids.bytes.length + tables.canon.bytes.length);
  strings.set(tables.ids.bytes);
  strings.set(tables.canon.bytes, tables.ids.bytes.length);
  const context = new TextEncoder().encode(JSON.stringify({ context: tables.context, cues: tables.cues }));
  const parts: ArrayBufferView[] = [
    Uint32Array.of(FORMAT, states, keys, terms, a.alphabet.length, strings.length, a.rows.length, context.length),
    a.alphabet, a.label, a.childStart, a.fail, a.dictLink, a.terminal, a.rowOf, a.rows,
    a.keyLength, a.previousSameEnd, tables.term, tables.flags, tables.foreign,
    tables.ids.ends, tables.canon.ends,
    strings, context,
  ];
  const size = parts.reduce((n, p) => align(n + p.byteLength), 0);
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    bytes.set(new Uint8Array(p.buffer, p.byteOffset, p.byteLength), at);
    at = align(at + p.byteLength);
  }
  return bytes;
}

/** Views packed tables in place (no copy, unless `packed` does not start on a 4-byte boundary). */
export function unpackMatchTables(packed: ArrayBuffer | Uint8Array): MatchTables {
  let bytes = packed instanceof Uint8Array ? packed : new Uint8Array(packed);
  if (bytes.byteOffset % 4 !== 0) bytes = bytes.slice();
  const { buffer } = bytes;
  if (bytes.byteLength < HEADER_WORDS * 4) throw new Error('match tables: file too short');
  const header = new Uint32Array(buffer, bytes.byteOffset, HEADER_WORDS);
  if (header[0] !== FORMAT) throw new Error('match tables: unknown format (rebuild the extension)');
  const [, states, keys, terms, alphabetLength, stringBytes, rowsLength, contextBytes] = Array.from(header);
  let at = bytes.byteOffset + HEADER_WORDS * 4;
  const end = bytes.byteOffset + bytes.byteLength;
  const take = <T extends ArrayBufferView>(Kind: new (b: ArrayBufferLike, o: number, n: number) => T, n: number): T => {
    const size = n * (Kind as unknown as { BYTES_PER_ELEMENT: number }).BYTES_PER_ELEMENT;
    if (at + size > end) throw new Error('match tables: file truncated');
    const view = new Kind(buffer, at, n);
    at = align(at + size);
    return view;
  };
  const automaton: ScanTables = {
    alphabet: take(Uint16Array, alphabetLength!),
    label: take(Uint16Array, states!),
    childStart: take(Int32Array, states! + 1),
    fail: take(Int32Array, states!),
    dictLink: take(Int32Array, states!),
    terminal: take(Int32Array, states!),
    rowOf: take(Int32Array, states!),
    rows: take(Int32Array, rowsLength!),
    keyLength: take(Int32Array, keys!),
    previousSameEnd: take(Int32Array, keys!),
  };
  const term = take(Int32Array, keys!);
  const flags = take(Uint16Array, keys!);
  const foreign = take(Uint32Array, keys!);
  const ends = take(Int32Array, terms! + keys!);
  const strings = take(Uint8Array, stringBytes!);
  const { context, cues } = JSON.parse(new TextDecoder().decode(take(Uint8Array, contextBytes!))) as { context: MatchContext; cues: CuePhrases };
  const idsBytes = terms ? ends[terms - 1]! : 0;
  if (idsBytes + (keys ? ends[ends.length - 1]! : 0) !== strings.length) throw new Error('match tables: strings damaged');
  return {
    ids: new StringList(strings.subarray(0, idsBytes), ends.subarray(0, terms)),
    canon: new StringList(strings.subarray(idsBytes), ends.subarray(terms)),
    term,
    flags,
    foreign,
    automaton,
    context,
    cues,
  };
}

/** Fetches the tables' file (the content script, from the extension's own files): unpack it with `unpackMatchTables`. */
export async function fetchMatchTablesFile(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`match tables: ${url} answered ${response.status}`);
  return response.arrayBuffer();
}

const align = (n: number) => (n + 3) & ~3;

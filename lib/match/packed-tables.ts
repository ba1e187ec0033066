import type { AutomatonTables } from './automaton';
import type { MatchTables } from './match-tables';

/**
 * Match tables as the content script carries them: the ids, the canonical forms joined into one string, and
 * every array in one base64 block. Unpacking is a native base64 decode and a few typed-array copies, so a
 * tab's start-up costs the same for 1,000 aliases as for 30,000 (docs/decisions/002, 005).
 */
export type PackedMatchTables = {
  ids: string[];
  /** Canonical forms joined by "\n" (a canonical form never contains a line break). */
  canon: string;
  /** Base64 of the block laid out below. */
  data: string;
};

// Block layout, each part starting on a 4-byte boundary, numbers little-endian (as every browser runs):
// header (8 × u32): FORMAT, states, keys, alphabet length, bytes per state number (2|4), bytes per label (1|2)
// then alphabet (u16), label, childStart, fail, dictLink, keyEnd (state numbers), keyLength (u16), term (i32),
// flags (u8).
const FORMAT = 0x31455254; // "TRE1"
const HEADER_WORDS = 8;

export function packMatchTables(tables: MatchTables): PackedMatchTables {
  const a = tables.automaton;
  const states = a.fail.length;
  const keys = a.keyEnd.length;
  const stateBytes = states + 1 <= 0xffff ? 2 : 4;
  const labelBytes = a.alphabet.length < 0xff ? 1 : 2;
  if (a.keyLength.some((n) => n > 0xffff)) throw new Error('a key longer than 65,535 code units');
  const StateArray = stateBytes === 2 ? Uint16Array : Int32Array;
  const parts: ArrayBufferView[] = [
    Uint32Array.of(FORMAT, states, keys, a.alphabet.length, stateBytes, labelBytes, 0, 0),
    a.alphabet,
    labelBytes === 1 ? Uint8Array.from(a.label) : a.label,
    StateArray.from(a.childStart),
    StateArray.from(a.fail),
    StateArray.from(a.dictLink),
    StateArray.from(a.keyEnd),
    Uint16Array.from(a.keyLength),
    tables.term,
    tables.flags,
  ];
  const size = parts.reduce((n, p) => align(n + p.byteLength), 0);
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    bytes.set(new Uint8Array(p.buffer, p.byteOffset, p.byteLength), at);
    at = align(at + p.byteLength);
  }
  if (tables.canon.some((c) => c.includes('\n'))) throw new Error('a canonical form contains a line break');
  return { ids: tables.ids, canon: tables.canon.join('\n'), data: toBase64(bytes) };
}

export function unpackMatchTables(packed: PackedMatchTables): MatchTables {
  const bytes = fromBase64(packed.data);
  const buffer = bytes.buffer;
  const header = new Uint32Array(buffer, bytes.byteOffset, HEADER_WORDS);
  if (header[0] !== FORMAT) throw new Error('match tables: unknown format');
  const [, states, keys, alphabetLength, stateBytes, labelBytes] = header as unknown as number[];
  let at = bytes.byteOffset + HEADER_WORDS * 4;
  const take = <T extends ArrayBufferView>(make: (offset: number) => T): T => {
    const view = make(at);
    at = align(at + view.byteLength);
    return view;
  };
  const states32 = (n: number) => take((o) => (stateBytes === 2 ? new Uint16Array(buffer, o, n) : new Int32Array(buffer, o, n)));
  const alphabet = take((o) => new Uint16Array(buffer, o, alphabetLength!));
  const label = take((o) => (labelBytes === 1 ? new Uint8Array(buffer, o, states!) : new Uint16Array(buffer, o, states!)));
  const childStart = states32(states! + 1);
  const fail = states32(states!);
  const dictLink = states32(states!);
  const keyEnd = states32(keys!);
  const keyLength = take((o) => new Uint16Array(buffer, o, keys!));
  const automaton: AutomatonTables = {
    alphabet,
    // Widened once here so the scan loop always reads the same array types.
    label: label instanceof Uint16Array ? label : new Uint16Array(label),
    childStart: new Int32Array(childStart),
    fail: new Int32Array(fail),
    dictLink: new Int32Array(dictLink),
    keyEnd: new Int32Array(keyEnd),
    keyLength: new Int32Array(keyLength),
  };
  const term = take((o) => new Int32Array(buffer, o, keys!));
  const flags = take((o) => new Uint8Array(buffer, o, keys!));
  return { ids: packed.ids, canon: packed.canon.split('\n'), term, flags, automaton };
}

const align = (n: number) => (n + 3) & ~3;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000; // String.fromCharCode with a huge spread overflows the stack
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

type Base64Decoder = { fromBase64?: (s: string) => Uint8Array };

/** Native where the browser has Uint8Array.fromBase64 (Chrome 140+, Firefox 133+), else atob. */
function fromBase64(s: string): Uint8Array {
  const decoder = Uint8Array as unknown as Base64Decoder;
  if (decoder.fromBase64) return decoder.fromBase64(s);
  const binary = atob(s);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

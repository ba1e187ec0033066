/**
 * Aho–Corasick automaton over folded text, in flat typed arrays, numbered breadth-first so that the children
 * of a state are consecutive states (in class order) and every failure link points to a lower number.
 *
 * Built at build time (`buildAutomatonTables`, then `scanTablesOf`) and shipped prebuilt beside the content
 * script (lib/match/packed-tables.ts): a tab only views the arrays in place and fills two small lookup tables,
 * so its start-up does not grow with the number of aliases the way building the trie did (docs/decisions/002).
 *
 * Why hand-written: the npm implementations we measured either segment non-ASCII text with Intl.Segmenter
 * (modern-ahocorasick: 20 s on 100 k Vietnamese characters) or keep Map-based transitions; none scans a
 * folded buffer with a map back to the original.
 */

/** What building produces: the trie and its failure links. */
export type AutomatonTables = {
  /** The folded code unit of each character class: class k (≥ 1) is alphabet[k - 1]; class 0 is in no key. */
  alphabet: Uint16Array;
  /** The class on the edge into each state (0 for the root). */
  label: Uint16Array;
  /** states + 1 entries: the children of s are the states childStart[s] … childStart[s + 1] - 1. */
  childStart: Int32Array;
  /** Failure link of each state (the root's is 0). */
  fail: Int32Array;
  /** Nearest proper suffix state at which a key ends, or 0 (the root, where no key ends). */
  dictLink: Int32Array;
  /** The state at which each key ends, in the order the keys were given. */
  keyEnd: Int32Array;
  /** Each key's length in folded code units. */
  keyLength: Int32Array;
};

/** Builds the tables for `keys` (any order; duplicates allowed; no empty key). Run at build time and in tests. */
export function buildAutomatonTables(keys: readonly string[]): AutomatonTables {
  const classOf = new Map<number, number>();
  const alphabet: number[] = [];
  let totalChars = 0;
  for (const key of keys) {
    totalChars += key.length;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      if (!classOf.has(c)) classOf.set(c, alphabet.push(c));
    }
  }
  // A trie with sorted sibling lists, numbered in insertion order…
  const maxStates = totalChars + 1;
  const firstChild = new Int32Array(maxStates).fill(-1);
  const nextSibling = new Int32Array(maxStates).fill(-1);
  const edge = new Uint16Array(maxStates);
  const keyEndTrie = new Int32Array(keys.length);
  let states = 1;
  keys.forEach((key, k) => {
    let s = 0;
    for (let i = 0; i < key.length; i++) {
      const c = classOf.get(key.charCodeAt(i))!;
      let prev = -1;
      let t = firstChild[s]!;
      while (t >= 0 && edge[t]! < c) {
        prev = t;
        t = nextSibling[t]!;
      }
      if (t < 0 || edge[t] !== c) {
        const n = states++;
        edge[n] = c;
        nextSibling[n] = t;
        if (prev < 0) firstChild[s] = n;
        else nextSibling[prev] = n;
        t = n;
      }
      s = t;
    }
    keyEndTrie[k] = s;
  });

  // …renumbered breadth-first, so children are consecutive and failure links point backwards.
  const order = new Int32Array(states); // new number → trie state
  const renumber = new Int32Array(states); // trie state → new number
  const parent = new Int32Array(states);
  const label = new Uint16Array(states);
  const childStart = new Int32Array(states + 1);
  let tail = 1;
  for (let head = 0; head < states; head++) {
    childStart[head] = tail;
    for (let t = firstChild[order[head]!]!; t >= 0; t = nextSibling[t]!) {
      order[tail] = t;
      renumber[t] = tail;
      parent[tail] = head;
      label[tail] = edge[t]!;
      tail++;
    }
  }
  childStart[states] = states;
  const tables: AutomatonTables = {
    alphabet: Uint16Array.from(alphabet),
    label,
    childStart,
    fail: new Int32Array(states),
    dictLink: new Int32Array(states),
    keyEnd: keyEndTrie.map((s) => renumber[s]!),
    keyLength: Int32Array.from(keys, (k) => k.length),
  };
  if (keys.some((k) => k.length === 0)) throw new Error('an empty key would match everywhere');
  const { fail, dictLink } = tables;
  const isEnd = new Uint8Array(states);
  for (const s of tables.keyEnd) isEnd[s] = 1;
  // Breadth-first order: a state's failure target (shallower) is always done before the state.
  for (let t = 1; t < states; t++) {
    const p = parent[t]!;
    if (p !== 0) {
      const c = label[t]!;
      let f = fail[p]!;
      let next = childOf(tables, f, c);
      while (next < 0 && f !== 0) {
        f = fail[f]!;
        next = childOf(tables, f, c);
      }
      fail[t] = next < 0 ? 0 : next;
    }
    const f = fail[t]!;
    dictLink[t] = isEnd[f] ? f : dictLink[f]!;
  }
  return tables;
}

/**
 * What the scan reads, all of it shipped: the trie's arrays plus the keys' ends by state, so a tab derives
 * nothing that grows with the glossary.
 */
export type ScanTables = Omit<AutomatonTables, 'keyEnd'> & {
  /** Last key ending exactly at each state, or -1; earlier ones chain through `previousSameEnd`. */
  terminal: Int32Array;
  /** For each key, the key given before it that ends at the same state, or -1. */
  previousSameEnd: Int32Array;
  /**
   * Where each busy state's full row of next states starts in `rows`, or -1. The root and the states with
   * many children (the first letters of names, where text spends most of its time) get a row: one lookup
   * instead of a search through the children and the failure links.
   */
  rowOf: Int32Array;
  /** Rows of `alphabet.length + 1` next states, by character class, failure links already followed. */
  rows: Int32Array;
};

/** States with at least this many children get a full row (the real glossary: about 50 rows, 10 KB). */
export const ROW_FROM_CHILDREN = 5;

/** Groups the keys by the state they end at and gives busy states their rows (build time). */
export function scanTablesOf(tables: AutomatonTables, rowFromChildren = ROW_FROM_CHILDREN): ScanTables {
  const { keyEnd, ...rest } = tables;
  const { alphabet, childStart, fail } = tables;
  const states = fail.length;
  const terminal = new Int32Array(states).fill(-1);
  const previousSameEnd = new Int32Array(keyEnd.length);
  for (let k = 0; k < keyEnd.length; k++) {
    const s = keyEnd[k]!;
    previousSameEnd[k] = terminal[s]!;
    terminal[s] = k;
  }
  const width = alphabet.length + 1;
  const rowOf = new Int32Array(states).fill(-1);
  const busy: number[] = [];
  for (let s = 0; s < states; s++) {
    if (s === 0 || childStart[s + 1]! - childStart[s]! >= rowFromChildren) rowOf[s] = busy.push(s) * width - width;
  }
  const rows = new Int32Array(busy.length * width);
  const next = (s: number, c: number): number => {
    for (;;) {
      const t = childOf(tables, s, c);
      if (t >= 0) return t;
      if (s === 0) return 0;
      s = fail[s]!;
    }
  };
  for (const s of busy) for (let c = 1; c < width; c++) rows[rowOf[s]! + c] = next(s, c);
  return { ...rest, terminal, previousSameEnd, rowOf, rows };
}

function childOf(tables: AutomatonTables, s: number, c: number): number {
  const { label, childStart } = tables;
  for (let t = childStart[s]!, end = childStart[s + 1]!; t < end; t++) {
    const l = label[t]!;
    if (l === c) return t;
    if (l > c) return -1;
  }
  return -1;
}

export class Automaton {
  private readonly classOf = new Uint16Array(0x10000);
  private readonly rowOf: Int32Array;
  private readonly rows: Int32Array;
  private readonly label: Uint16Array;
  private readonly childStart: Int32Array;
  private readonly fail: Int32Array;
  private readonly terminal: Int32Array;
  private readonly dictLink: Int32Array;
  private readonly previousSameEnd: Int32Array;
  private readonly lengths: Int32Array;

  /** Fills the one lookup the loop needs, in a pass over the alphabet only (nothing is built in the tab). */
  constructor(tables: ScanTables) {
    const { alphabet, label, childStart, fail, dictLink, terminal, previousSameEnd, keyLength, rowOf, rows } = tables;
    for (let k = 0; k < alphabet.length; k++) this.classOf[alphabet[k]!] = k + 1;
    this.rowOf = rowOf;
    this.rows = rows;
    this.label = label;
    this.childStart = childStart;
    this.fail = fail;
    this.terminal = terminal;
    this.dictLink = dictLink;
    this.previousSameEnd = previousSameEnd;
    this.lengths = keyLength;
  }

  /**
   * Calls `found(key, start, end)` for every occurrence of every key in `codes[0, length)` (end exclusive).
   */
  scan(codes: ArrayLike<number>, length: number, found: (key: number, start: number, end: number) => void): void {
    const { classOf, rowOf, rows, label, childStart, fail, terminal, dictLink, previousSameEnd, lengths } = this;
    let s = 0;
    for (let i = 0; i < length; i++) {
      const c = classOf[codes[i]!]!;
      if (c === 0) {
        s = 0; // a character no key contains: no match can run across it
        continue;
      }
      for (;;) {
        const row = rowOf[s]!;
        if (row >= 0) {
          s = rows[row + c]!; // the root always has a row: the search ends at the latest there
          break;
        }
        let t = childStart[s]!;
        const end = childStart[s + 1]!;
        while (t < end && label[t]! < c) t++;
        if (t < end && label[t] === c) {
          s = t;
          break;
        }
        s = fail[s]!;
      }
      if (s === 0) continue;
      let t = terminal[s]! >= 0 ? s : dictLink[s]!;
      while (t > 0) {
        for (let k = terminal[t]!; k >= 0; k = previousSameEnd[k]!) found(k, i + 1 - lengths[k]!, i + 1);
        t = dictLink[t]!;
      }
    }
  }

  /** Bytes held by the tables (for the benchmark's memory report). */
  get byteLength(): number {
    return this.classOf.byteLength + this.rowOf.byteLength + this.rows.byteLength + this.label.byteLength + this.childStart.byteLength +
      this.fail.byteLength + this.terminal.byteLength + this.dictLink.byteLength + this.previousSameEnd.byteLength +
      this.lengths.byteLength;
  }
}

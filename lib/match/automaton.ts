/**
 * Aho–Corasick automaton over folded text, in flat typed arrays: one dense row for the root (where most
 * characters of real text land), sorted child lists for the other states, failure and dictionary links.
 *
 * Why hand-written: the npm implementations we measured either segment non-ASCII text with Intl.Segmenter
 * (modern-ahocorasick: 20 s on 100 k Vietnamese characters) or keep Map-based transitions; none scans a
 * folded buffer with a map back to the original. A full DFA table (states × alphabet) was faster per
 * character but cost 3.6 MB and 5–16 ms to build for the real glossary in every tab. This one is built in
 * one pass over keys sorted at build time (no child search while inserting) and a breadth-first pass for
 * the links. See docs/decisions/002-own-aho-corasick.md.
 */
export class Automaton {
  private readonly classOf: Uint16Array;
  private readonly rootNext: Int32Array;
  private readonly firstChild: Int32Array;
  private readonly nextSibling: Int32Array;
  private readonly label: Uint16Array;
  private readonly fail: Int32Array;
  /** First pattern ending exactly at a state, or -1; further ones chain through `nextSameKey`. */
  private readonly terminal: Int32Array;
  /** Nearest proper suffix state that is terminal, or -1. */
  private readonly dictLink: Int32Array;
  private readonly nextSameKey: Int32Array;
  private readonly lengths: Int32Array;

  /** `keys` in any order; sorted (as compileMatchIndex emits them) they build fastest. */
  constructor(keys: readonly string[]) {
    const classOf = new Uint16Array(0x10000);
    let width = 1;
    let totalChars = 0;
    for (const key of keys) {
      totalChars += key.length;
      for (let i = 0; i < key.length; i++) {
        const c = key.charCodeAt(i);
        if (classOf[c] === 0) classOf[c] = width++;
      }
    }
    const maxStates = totalChars + 1;
    const firstChild = new Int32Array(maxStates).fill(-1);
    const lastChild = new Int32Array(maxStates).fill(-1);
    const nextSibling = new Int32Array(maxStates).fill(-1);
    const label = new Uint16Array(maxStates);
    const terminal = new Int32Array(maxStates).fill(-1);
    const nextSameKey = new Int32Array(keys.length).fill(-1);
    const lengths = new Int32Array(keys.length);
    const rootNext = new Int32Array(width);
    let states = 1;

    const child = (s: number, c: number): number => {
      if (s === 0) return rootNext[c]! || -1;
      for (let t = firstChild[s]!; t >= 0; t = nextSibling[t]!) {
        const l = label[t]!;
        if (l === c) return t;
        if (l > c) return -1;
      }
      return -1;
    };
    const addChild = (s: number, c: number): number => {
      const t = states++;
      label[t] = c;
      // Children keep label order: appended when keys come sorted, inserted in place otherwise.
      let prev = -1;
      let at = firstChild[s]!;
      if (lastChild[s]! >= 0 && label[lastChild[s]!]! < c) {
        prev = lastChild[s]!;
        at = -1;
      } else {
        while (at >= 0 && label[at]! < c) {
          prev = at;
          at = nextSibling[at]!;
        }
      }
      nextSibling[t] = at;
      if (prev < 0) firstChild[s] = t;
      else nextSibling[prev] = t;
      if (at < 0) lastChild[s] = t;
      if (s === 0) rootNext[c] = t;
      return t;
    };

    // Insert along the path of the previous key: with sorted keys only the new suffix needs work.
    const path = new Int32Array(1 + Math.max(0, ...keys.map((k) => k.length)));
    let prevKey = '';
    keys.forEach((key, p) => {
      let shared = 0;
      while (shared < key.length && shared < prevKey.length && key.charCodeAt(shared) === prevKey.charCodeAt(shared)) shared++;
      let s = path[shared]!;
      for (let i = shared; i < key.length; i++) {
        const c = classOf[key.charCodeAt(i)]!;
        let t = child(s, c);
        if (t < 0) t = addChild(s, c);
        s = t;
        path[i + 1] = s;
      }
      prevKey = key;
      lengths[p] = key.length;
      nextSameKey[p] = terminal[s]!;
      terminal[s] = p;
    });

    const fail = new Int32Array(states);
    const dictLink = new Int32Array(states).fill(-1);
    const queue = new Int32Array(states);
    let head = 0;
    let tail = 0;
    for (let t = firstChild[0]!; t >= 0; t = nextSibling[t]!) queue[tail++] = t;
    while (head < tail) {
      const s = queue[head++]!;
      for (let t = firstChild[s]!; t >= 0; t = nextSibling[t]!) {
        const c = label[t]!;
        let f = fail[s]!;
        let next = child(f, c);
        while (next < 0 && f !== 0) {
          f = fail[f]!;
          next = child(f, c);
        }
        const ft = next < 0 ? 0 : next;
        fail[t] = ft;
        dictLink[t] = terminal[ft]! >= 0 ? ft : dictLink[ft]!;
        queue[tail++] = t;
      }
    }

    this.classOf = classOf;
    this.rootNext = rootNext;
    this.firstChild = firstChild.slice(0, states);
    this.nextSibling = nextSibling.slice(0, states);
    this.label = label.slice(0, states);
    this.fail = fail;
    this.terminal = terminal.slice(0, states);
    this.dictLink = dictLink;
    this.nextSameKey = nextSameKey;
    this.lengths = lengths;
  }

  /**
   * Calls `found(pattern, start, end)` for every occurrence of every key in `codes[0, length)` (end exclusive).
   */
  scan(codes: ArrayLike<number>, length: number, found: (pattern: number, start: number, end: number) => void): void {
    const { classOf, rootNext, firstChild, nextSibling, label, fail, terminal, dictLink, nextSameKey, lengths } = this;
    let s = 0;
    for (let i = 0; i < length; i++) {
      const c = classOf[codes[i]!]!;
      if (c === 0) {
        s = 0; // a character no key contains: no match can run across it
        continue;
      }
      for (;;) {
        if (s === 0) {
          s = rootNext[c]!;
          break;
        }
        let t = firstChild[s]!;
        while (t >= 0 && label[t]! < c) t = nextSibling[t]!;
        if (t >= 0 && label[t] === c) {
          s = t;
          break;
        }
        s = fail[s]!;
      }
      if (s === 0) continue;
      let t = terminal[s]! >= 0 ? s : dictLink[s]!;
      while (t >= 0) {
        for (let p = terminal[t]!; p >= 0; p = nextSameKey[p]!) found(p, i + 1 - lengths[p]!, i + 1);
        t = dictLink[t]!;
      }
    }
  }

  /** Bytes held by the tables (for the benchmark's memory report). */
  get byteLength(): number {
    return this.classOf.byteLength + this.rootNext.byteLength + this.firstChild.byteLength + this.nextSibling.byteLength +
      this.label.byteLength + this.fail.byteLength + this.terminal.byteLength + this.dictLink.byteLength +
      this.nextSameKey.byteLength + this.lengths.byteLength;
  }
}

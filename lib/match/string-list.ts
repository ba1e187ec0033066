const decoder = new TextDecoder();

/**
 * A read-only list of strings kept as UTF-8 bytes and the byte offset where each ends: the shape they have in the
 * match tables file, viewed in place. `at(i)` decodes one string the first time it is asked for and keeps it, so a
 * tab decodes only the ids and canonical forms its pages use (a few hundred), not all of them at start-up: a
 * glossary of 30,000 aliases has ~1.2 MB of them, whose decoding was most of its 5 ms set-up.
 */
export class StringList {
  /** Strings decoded so far, by index (an array: read once per candidate, where a Map's lookup showed in profiles). */
  private readonly decoded: (string | undefined)[];

  constructor(
    /** All the strings, UTF-8, one after another. */
    readonly bytes: Uint8Array,
    /** Byte offset in `bytes` where each string ends; the next one starts there. */
    readonly ends: Int32Array,
  ) {
    this.decoded = new Array<string | undefined>(ends.length);
  }

  static of(strings: readonly string[]): StringList {
    const encoder = new TextEncoder();
    const encoded = strings.map((s) => encoder.encode(s));
    const ends = new Int32Array(strings.length);
    const bytes = new Uint8Array(encoded.reduce((n, e) => n + e.length, 0));
    let at = 0;
    encoded.forEach((e, i) => {
      bytes.set(e, at);
      ends[i] = at += e.length;
    });
    return new StringList(bytes, ends);
  }

  get length(): number {
    return this.ends.length;
  }

  at(i: number): string {
    let s = this.decoded[i];
    if (s === undefined) {
      s = decoder.decode(this.bytes.subarray(i === 0 ? 0 : this.ends[i - 1]!, this.ends[i]!));
      this.decoded[i] = s;
    }
    return s;
  }

  toArray(): string[] {
    return Array.from(this.ends, (_, i) => this.at(i));
  }
}

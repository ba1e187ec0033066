/**
 * A read-only list of strings kept as one text and the end offset of each: the shape the match tables arrive
 * in (one decoded block), so a tab does not create tens of thousands of strings it may never read. Each
 * `at(i)` slices the text anew; the matcher reads few of them (candidates only).
 */
export class StringList {
  constructor(
    private readonly text: string,
    /** UTF-16 offset in `text` where each string ends; the next one starts there. */
    readonly ends: Int32Array,
  ) {}

  static of(strings: readonly string[]): StringList {
    const ends = new Int32Array(strings.length);
    let at = 0;
    strings.forEach((s, i) => (ends[i] = at += s.length));
    return new StringList(strings.join(''), ends);
  }

  get length(): number {
    return this.ends.length;
  }

  /** The whole text the strings were joined into (what gets packed). */
  get joined(): string {
    return this.text;
  }

  at(i: number): string {
    return this.text.slice(i === 0 ? 0 : this.ends[i - 1]!, this.ends[i]!);
  }

  toArray(): string[] {
    return Array.from(this.ends, (_, i) => this.at(i));
  }
}

import { canonicalize } from '../text/canonicalize';

// The glossary carries facts over from the seed documents, never their sentences (issue 16). A summary or
// title that shares a run of RUN or more consecutive words with a seed reads as the seed's sentence, so
// `glossary check` flags it when the seeds are at hand. Words are compared in canonical form (case, tone
// placement and NFC folded) and punctuation is ignored, so re-punctuating a copied sentence does not hide it.

export const RUN = 10;

/** The words of a text in canonical form: letters and digits, everything else a separator. */
export function wordsOf(text: string): string[] {
  return canonicalize(text).match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/**
 * Every run of `run` consecutive words of the seeds, for look-up. A name (`names`: the glossary's own names
 * and aliases of three words or more) counts as one word on both sides: an official name such as "Hội Liên
 * hiệp các dân tộc bị áp bức ở Á Đông" must be written whole, and is a term, not the seed's sentence.
 */
export class SeedRuns {
  private readonly runs = new Set<string>();
  /** Names by their first word, longest first, as canonical word lists. */
  private readonly names = new Map<string, string[][]>();

  constructor(seedTexts: readonly string[], names: readonly string[] = [], private readonly run = RUN) {
    for (const name of names) {
      const words = wordsOf(name);
      if (words.length < 3) continue;
      const list = this.names.get(words[0]!) ?? [];
      list.push(words);
      this.names.set(words[0]!, list);
    }
    for (const list of this.names.values()) list.sort((a, b) => b.length - a.length);
    for (const text of seedTexts) {
      const words = this.tokens(text);
      for (let i = 0; i + run <= words.length; i++) this.runs.add(words.slice(i, i + run).join(' '));
    }
  }

  /** The text's words with each known name folded into one token. */
  private tokens(text: string): string[] {
    const words = wordsOf(text);
    if (this.names.size === 0) return words;
    const out: string[] = [];
    for (let i = 0; i < words.length; ) {
      const name = this.names.get(words[i]!)?.find((n) => n.every((w, k) => words[i + k] === w));
      out.push(name ? name.join('_') : words[i]!);
      i += name ? name.length : 1;
    }
    return out;
  }

  /** The longest stretches of `text` that a seed also has word for word (each at least `run` words), in order. */
  sharedRuns(text: string): string[] {
    const words = this.tokens(text);
    const shared: string[] = [];
    let i = 0;
    while (i + this.run <= words.length) {
      if (!this.runs.has(words.slice(i, i + this.run).join(' '))) {
        i++;
        continue;
      }
      let end = i + this.run;
      while (end < words.length && this.runs.has(words.slice(end + 1 - this.run, end + 1).join(' '))) end++;
      shared.push(words.slice(i, end).join(' ').replace(/_/g, ' '));
      i = end;
    }
    return shared;
  }
}

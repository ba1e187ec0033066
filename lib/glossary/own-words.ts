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

/** Every run of `run` consecutive words of the seeds, for look-up. */
export class SeedRuns {
  private readonly runs = new Set<string>();

  constructor(seedTexts: readonly string[], private readonly run = RUN) {
    for (const text of seedTexts) {
      const words = wordsOf(text);
      for (let i = 0; i + run <= words.length; i++) this.runs.add(words.slice(i, i + run).join(' '));
    }
  }

  /** The longest stretches of `text` that a seed also has word for word (each at least `run` words), in order. */
  sharedRuns(text: string): string[] {
    const words = wordsOf(text);
    const shared: string[] = [];
    let i = 0;
    while (i + this.run <= words.length) {
      if (!this.runs.has(words.slice(i, i + this.run).join(' '))) {
        i++;
        continue;
      }
      let end = i + this.run;
      while (end < words.length && this.runs.has(words.slice(end + 1 - this.run, end + 1).join(' '))) end++;
      shared.push(words.slice(i, end).join(' '));
      i = end;
    }
    return shared;
  }
}

/**
 * What the content script carries to recognise terms: one row per alias spelling, nothing else of the
 * glossary (summaries and dates stay in the background). Built by lib/glossary/compile.ts.
 */
export type AliasPattern = {
  /** Loose key of the alias (lib/text/loose-key): what the automaton scans for. */
  key: string;
  /** Canonical form (lib/text/canonicalize) a page span must have to count as this alias. */
  canon: string;
  /** Index into MatchIndex.ids, or -1 for a blocker phrase (matched, then never shown). */
  term: number;
  /** Acronyms and short all-capital aliases: the page span must be in capitals too. */
  capsOnly: boolean;
  /** A page span with no diacritics at all may match this alias by its loose key alone. */
  looseOk: boolean;
  /** The span must start with a capital, as the alias does, and not begin a sentence (Đổi mới). */
  properCase?: boolean;
};

export type MatchIndex = {
  ids: string[];
  patterns: AliasPattern[];
};

/** A recognised mention: UTF-16 offsets into the text exactly as given. */
export type Match = {
  start: number;
  end: number;
  id: string;
};

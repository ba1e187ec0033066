/**
 * What the content script carries to recognise terms: one row per alias spelling, nothing else of the
 * glossary (summaries and dates stay in the background), and the few word lists the context rules read.
 * Built by lib/glossary/compile.ts.
 */
export type AliasPattern = {
  /** Loose key of the alias (lib/text/loose-key): what the automaton scans for. */
  key: string;
  /** Canonical form (lib/text/canonicalize) a page span must have to count as this alias. */
  canon: string;
  /** Index into MatchIndex.ids, or one of the PatternKind values below. */
  term: number;
  /** Acronyms and short all-capital aliases: the page span must be in capitals too. */
  capsOnly: boolean;
  /** A page span with no diacritics at all may match this alias by its loose key alone. */
  looseOk: boolean;
  /** The span must start with a capital, as the alias does, and not begin a sentence (Đổi mới). */
  properCase?: boolean;
  /** Context rules that apply (docs/decisions/009-context-rules.md): a bit set of RULE_* below. */
  rules?: number;
  /**
   * Words of the canonical form (counted across spaces and dashes) that are foreign names or transliterations
   * (Giơ-ne-vơ, Genève): a page may write them without their accents while keeping the rest's. Bit i = word i.
   */
  foreignWords?: number;
};

/** Patterns that are not a term's alias. */
export const BLOCKER = -1; // an ordinary phrase: wins longest-leftmost, never shown
export const STATE_NAME = -2; // a lookup-only name (a country): a blocker that also tells a paragraph is about states
export const CUE_WORD = -3; // a word that tells a paragraph is about states; takes no part in overlaps
export const VIETNAM_CUE = -4; // a word that tells a paragraph is about Vietnam (context.json's vietnamCues); no part in overlaps
/** A word of one term's own `cueWords`: the pattern's term is OWN_CUE_BASE - (the term's index). No part in overlaps. */
export const OWN_CUE_BASE = -1000;

/** Context rules, as bits of AliasPattern.rules. */
export const RULE_CUED = 1; // marked only with a cue in the same paragraph
export const RULE_NAMED_AFTER = 2; // "đường …", "… City": a street, school or prize named after it is not it
export const RULE_PERSON = 4; // a surname before or a given name after makes a longer personal name
export const RULE_DATED = 8; // a year next to it that its dates rule out means another thing of that name
export const RULE_DOMESTIC = 16; // Vietnam's own body unless another country's name follows ("Quốc hội Pháp")
export const RULE_PAIR = 64; // an event's name followed by "– <a state>" is the first half of a pair ("Chiến tranh Việt Nam – Trung Quốc")
export const RULE_PHRASE = 32; // a concept's name that is also an ordinary phrase: needs a cue unless the page capitalises it as a name
export const RULE_LONGER_NAME = 128; // an organisation's name written word-capitalised, then one more capitalised Vietnamese word: a longer name
export const RULE_SHORT = 256; // a person's short name ("Trọng", "Xi"): kept only after the full name, by a ShortNames memory
export const RULE_OWN_CUE = 512; // marked only with one of the term's own cueWords in the same paragraph
export const RULE_VIETNAM = 1024; // marked only in a paragraph about Vietnam, and not as another state's ("China's Politburo")
export const RULE_ERA = 2048; // a regime's name in a paragraph whose years all come before it existed is an earlier namesake
export const RULE_LED = 4096; // counts only right after one of its term's ledBy words ("40 năm đổi mới")
// (flags are 16 bits with the rules shifted by 3: 4096 is the last rule bit there is room for)

/** The word lists and per-term years the context rules read. */
export type MatchContext = {
  namedBefore: string[];
  namedAfter: string[];
  /** Cues before a person's name only ("trường Phan Bội Châu"): lower case, they would be other words before other terms (lập trường ASEAN). */
  namedBeforePerson?: string[];
  surnames: string[];
  domesticFollowers: string[];
  /** Forms of address and titles a short name may follow ("ông", "Mr.", "Tổng Bí thư"). */
  titles: string[];
  /** Words right before a RULE_VIETNAM spelling that still make it Vietnam's ("Vietnam's", "Vietnamese"). */
  domesticBefore: string[];
  /** Words right before a body that name Vietnam itself (context.json). */
  vietnamBefore?: string[];
  /** Indices (into ids) of the Vietnamese people: a mention of one tells a paragraph is about Vietnam. */
  vietnamese: number[];
  /** Indices of the bodies named without their country in English ("Politburo", "National Assembly"). */
  bodies?: number[];
  /** Per term (index into ids), the words a RULE_LED spelling of it must follow; absent for most. */
  ledBy?: Record<number, string[]>;
  /** Per term (index into ids): the first and last year a year next to a mention may name; 0 = open. */
  yearFrom: number[];
  yearTo: number[];
};

export const NO_CONTEXT: MatchContext = {
  namedBefore: [], namedAfter: [], surnames: [], domesticFollowers: [], titles: [], domesticBefore: [], vietnamese: [], yearFrom: [], yearTo: [],
};

export type MatchIndex = {
  ids: string[];
  patterns: AliasPattern[];
  context: MatchContext;
};

/** A recognised mention: UTF-16 offsets into the text exactly as given. */
export type Match = {
  start: number;
  end: number;
  id: string;
  /** A person's short name ("Trọng", "Xi"): only a ShortNames memory (lib/match/short-names.ts) keeps it. */
  short?: true;
};

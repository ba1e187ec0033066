import { canonicalize, isDiacriticFree } from '../text/canonicalize';
import { looseKey } from '../text/loose-key';
import {
  RULE_DATED, RULE_DOMESTIC, RULE_LED, RULE_LONGER_NAME, RULE_NAMED_AFTER, RULE_OWN_CUE, RULE_PERSON, RULE_SHORT, type MatchContext,
} from './match-index';

// The context rules (docs/decisions/009-context-rules.md): what the words around a candidate mention say about
// whether it is one. They read only the few words next to the candidate, and only for patterns whose rules
// bits ask for it, so a page pays for them per candidate, never per character.

type Phrase = { words: string[]; capital: boolean; /** each word's loose key, for diacritic-free pages */ loose: string[] };

/**
 * The context's cue words and phrases in the form the rules compare them: canonical words and their loose keys.
 * Prepared when the match tables are built and shipped in them, so a waking worker does not canonicalise them
 * (8-12 ms of its start-up on this machine, with a page waiting for its first answer).
 */
export type CuePhrases = {
  before: Phrase[];
  beforePerson: Phrase[];
  after: Phrase[];
  domestic: Phrase[];
  titles: Phrase[];
  /** Per term (index into ids): its `ledBy` phrases. */
  ledBy: Record<number, Phrase[]>;
  domesticBefore: string[];
  vietnamBefore: string[];
  surnames: string[];
};

/** Prepares the context's cues (at build time: buildMatchTables). */
export function cuePhrasesOf(context: MatchContext): CuePhrases {
  return {
    before: context.namedBefore.map(phrase),
    beforePerson: (context.namedBeforePerson ?? []).map(phrase),
    after: context.namedAfter.map(phrase),
    domestic: context.domesticFollowers.map(phrase),
    titles: (context.titles ?? []).map(phrase),
    ledBy: Object.fromEntries(Object.entries(context.ledBy ?? {}).map(([term, leads]) => [term, leads.map(phrase)])),
    domesticBefore: (context.domesticBefore ?? []).map((w) => canonicalize(w)),
    vietnamBefore: (context.vietnamBefore ?? []).map((w) => canonicalize(w)),
    surnames: context.surnames.map((s) => s.normalize('NFC')),
  };
}

const WORD = /[^\s\u00a0]+/g;
/** Punctuation a word may carry without changing which word it is ("Museum," "(Trail)"). */
const EDGE_PUNCT = /^[("'“‘«[]+|[)"'”’»\],.;:!?…]+$/g;
const OPENING_PUNCT = /^[("'“‘«[]+/;
const YEAR_AFTER = /^[\s\u00a0]*[,(]?[\s\u00a0]*(?:năm|in|of)?[\s\u00a0]*\(?((?:1[89]|20)\d\d)(?!\d)/iu;
const YEAR_BEFORE = /\b[Tt]he[\s\u00a0]+((?:1[89]|20)\d\d)[\s\u00a0]+$/u;
const HAS_VIETNAMESE_MARK = /[^\x00-\x7f]/;
/** "nước này / đó / ấy / bạn / sở tại": the country just spoken of, not Vietnam. */
const THAT_COUNTRY = new Set(['này', 'đó', 'ấy', 'bạn', 'sở']);

function phrase(text: string): Phrase {
  const words = canonicalize(text).split(' ');
  return { words, capital: /^\p{Lu}/u.test(text), loose: words.map((w) => looseKey(w).key) };
}

function bare(word: string): string {
  return word.replace(EDGE_PUNCT, '');
}

export class ContextRules {
  private readonly before: Phrase[];
  private readonly beforePerson: Phrase[];
  private readonly after: Phrase[];
  private readonly surnames: Set<string>;
  private readonly domestic: Phrase[];
  private readonly titles: Phrase[];
  private readonly ledByPhrases: Record<number, Phrase[]>;
  private readonly domesticBefore: Set<string>;
  private readonly vietnamBefore: Set<string>;
  /** The last word of every "before" cue and the first of every "after" cue (and their loose keys): most
   *  candidates have neither next to them, and then one word is read instead of every cue phrase. */
  private readonly beforeEnds = new Set<string>();
  private readonly afterStarts = new Set<string>();
  /** Canonical forms of words already read: a page repeats the words around its names. */
  private readonly canonical = new Map<string, Word>();

  /** `cues`: the match tables' (prepared at build time: cuePhrasesOf). */
  constructor(private readonly context: MatchContext, cues: CuePhrases) {
    this.before = cues.before;
    this.beforePerson = cues.beforePerson;
    this.after = cues.after;
    this.surnames = new Set(cues.surnames);
    this.domestic = cues.domestic;
    this.titles = cues.titles;
    this.ledByPhrases = cues.ledBy;
    this.domesticBefore = new Set(cues.domesticBefore);
    this.vietnamBefore = new Set(cues.vietnamBefore);
    for (const p of [...this.before, ...this.beforePerson]) this.beforeEnds.add(p.words.at(-1)!).add(p.loose.at(-1)!);
    for (const p of this.after) this.afterStarts.add(p.words[0]!).add(p.loose[0]!);
  }

  private word(raw: string): Word {
    let w = this.canonical.get(raw);
    if (w === undefined) {
      if (this.canonical.size >= 4096) this.canonical.clear(); // bounded on endless pages
      w = wordOf(raw);
      this.canonical.set(raw, w);
    }
    return w;
  }

  private couldBe(w: Word | undefined, set: Set<string>): boolean {
    return w !== undefined && (set.has(w.canon) || (w.loose !== null && set.has(w.loose)));
  }

  /** False when the words around text[start, end) say it is not a mention of `term` under `rules`. */
  allows(text: string, start: number, end: number, rules: number, term: number): boolean {
    if (rules & RULE_NAMED_AFTER && this.namedAfter(text, start, end, !!(rules & RULE_PERSON))) return false;
    if (rules & RULE_PERSON && this.longerName(text, start, end)) return false;
    if (rules & RULE_DATED && this.yearRulesOut(text, start, end, term)) return false;
    if (rules & RULE_DOMESTIC && this.anotherCountrys(text, end)) return false;
    if (rules & RULE_LONGER_NAME && this.continuesAsName(text, start, end)) return false;
    if (rules & RULE_SHORT && !this.shortNameFits(text, start, end)) return false;
    if (rules & RULE_LED && !this.ledBy(text, start, term)) return false;
    // A phrase that is the term only in context, followed by a capitalised word, begins another name: "Đại hội
    // đồng UNESCO" is UNESCO's, "Code of Conduct Committee" a company's.
    if (rules & RULE_OWN_CUE && /^[\s\u00a0]\p{Lu}/u.test(text.slice(end, end + 2))) return false;
    return true;
  }

  /** "40 năm đổi mới": the spelling follows one of its term's `ledBy` words (the mark stays on the spelling). */
  private ledBy(text: string, start: number, term: number): boolean {
    const leads = this.ledByPhrases[term];
    if (!leads) return false;
    const before = wordsBefore(text, start, 3, true).map((w) => this.word(w.replace(OPENING_PUNCT, '')));
    return leads.some((l) => endsWith(before, l));
  }

  /**
   * Whether a person's short name ("Trọng", "Xi") stands alone as a name here: capitalised as a name (not
   * "XI", a numeral), not continued by a capitalised word after it nor preceded inside a sentence by a
   * capitalised word that is not a title (then it is part of a longer name: "Papilionanda To Lam Linh", "Henry
   * Lam"). In Vietnamese text a short name is an ordinary word too (trọng, phúc, minh; "Trong đó" is "among
   * them"), so there it needs a title or form of address before it ("ông Trọng", "Tổng Bí thư Trọng", "hai ông
   * Baker và Thạch"), as it does with Vietnamese marks anywhere; in text without Vietnamese, as English prose
   * writes it, it may stand bare, at a sentence start too ("Xi announced", "Lam had").
   */
  private shortNameFits(text: string, start: number, end: number): boolean {
    const span = text.slice(start, end);
    if (!/^\p{Lu}[\p{Ll}\p{M}]+$/u.test(span)) return false;
    if (/^[\s\u00a0]+\p{Lu}/u.test(text.slice(end, end + 3))) return false;
    const words = wordsBefore(text, start, 5, true);
    const titled = (ws: string[]) => {
      const read = ws.map((w) => this.word(w.replace(OPENING_PUNCT, '')));
      return this.titles.some((p) => endsWith(read, p));
    };
    if (titled(words)) return true;
    // "hai ông Baker và Thạch", "Mr. Baker and Xi": a title governs both names.
    const link = words.at(-1);
    if (link !== undefined && (link === 'và' || link === 'and') && words.length >= 3 && /^\p{Lu}/u.test(words.at(-2)!)) {
      if (titled(words.slice(0, -2))) return true;
    }
    if (HAS_VIETNAMESE_MARK.test(span) || isVietnameseText(text)) return false;
    const prev = words.at(-1);
    if (prev === undefined || /[,;:.!?…)\]"”’]$/.test(prev) || !/^[("'“‘«[]*\p{Lu}/u.test(prev)) return true;
    // A capitalised word before: the first word of a sentence ("When Trump said"), or the rest of a longer name.
    const prevStart = start - 1 - prev.length;
    return !isInsideSentence(text, prevStart);
  }

  /** "đường Phan Bội Châu", "Giải thưởng Hồ Chí Minh", "Ho Chi Minh City": a thing named after the term. */
  private namedAfter(text: string, start: number, end: number, person: boolean): boolean {
    // Most candidates have no cue next to them: the one word on each side decides whether to read further.
    const prev = wordEndingAt(text, start);
    if (prev !== undefined && this.couldBe(this.word(prev.replace(OPENING_PUNCT, '')), this.beforeEnds)) {
      // Only opening punctuation may precede a cue ("(đường …"); anything after it ("đường, Hồ…") breaks the name.
      const before = wordsBefore(text, start, 4).map((w) => this.word(w.replace(OPENING_PUNCT, '')));
      if (this.before.some((p) => endsWith(before, p))) return true;
      if (person && this.beforePerson.some((p) => endsWith(before, p))) return true;
    }
    const next = wordStartingAt(text, end);
    if (next === undefined || !this.couldBe(this.word(next.replace(EDGE_PUNCT, '')), this.afterStarts)) return false;
    const after = wordsAfter(text, end, 3).map((w) => this.word(w));
    return this.after.some((p) => startsWith(after, p));
  }

  /**
   * A surname just before ("Trần Hồ Chí Minh") or a Vietnamese given name just after ("Nguyễn Ái Quốc Tuấn"):
   * part of someone else's longer name. In capitals, case says nothing, so the rule stays silent there.
   */
  private longerName(text: string, start: number, end: number): boolean {
    const span = text.slice(start, end);
    if (span === span.toUpperCase()) return false;
    // Only a word that touches the name through one space continues it: "Hồ Chí Minh (Liên…", "Minh, Tuấn" do not.
    const prev = wordsBefore(text, start, 1, true)[0];
    if (prev !== undefined && this.surnames.has(prev.normalize('NFC'))) return true;
    const next = text.slice(end, end + 20).match(/^[\s\u00a0](\p{Lu}\p{Ll}[\p{L}\p{M}]*)/u)?.[1];
    if (next === undefined) return false;
    if (HAS_VIETNAMESE_MARK.test(next)) return true;
    // Written without marks, a name gives no marks to tell a given name by: inside a run of capitalised words on
    // both sides, not after a title, it is part of a longer name ("Papilionanda To Lam Linh Ly", an orchid), while
    // "Ho Chi Minh Thought" or "President Ho Chi Minh Trail" keep it.
    if (HAS_VIETNAMESE_MARK.test(span) || prev === undefined || !/^\p{Lu}\p{Ll}/u.test(prev)) return false;
    const before = wordsBefore(text, start, 3, true).map((w) => this.word(w.replace(OPENING_PUNCT, '')));
    return !this.titles.some((p) => endsWith(before, p));
  }

  /**
   * An organisation's name written capitalised word by word, as the overseas press writes names ("Việt Nam Cộng
   * Hòa"), followed by one more capitalised Vietnamese word through a space: the start of a longer name ("Việt
   * Nam Cộng Hòa Dân Quốc", "Ủy Ban Liên Hiệp Quốc Điều Tra…"). Sentence-case names ("Quốc hội khoá XV") and
   * names in capitals are left alone.
   */
  private continuesAsName(text: string, start: number, end: number): boolean {
    const span = text.slice(start, end);
    if (span === span.toUpperCase() || !/^(?:\p{Lu}[\p{L}\p{M}]*(?:[\s\u00a0-]+|$))+$/u.test(span)) return false;
    const next = text.slice(end, end + 20).match(/^[\s\u00a0](\p{Lu}\p{Ll}[\p{L}\p{M}]*)/u)?.[1];
    return next !== undefined && HAS_VIETNAMESE_MARK.test(next);
  }

  /** "Vietnam's National Assembly", "the Vietnamese Communist Party": the word right before names Vietnam. */
  ledByVietnam(text: string, start: number): boolean {
    const prev = wordsBefore(text, start, 1, true)[0];
    return prev !== undefined && this.vietnamBefore.has(canonicalize(prev.replace(OPENING_PUNCT, '')));
  }

  /**
   * "China's Politburo", "the Chinese Politburo", "the National Assembly of South Korea", "the Politburo of the
   * Communist Party of China": another state's body or event, not Vietnam's. Before: a possessive, or a
   * capitalised word inside the sentence, unless context.json's domesticBefore has it ("Vietnam's", "Party").
   * After: "of (the) …" capitalised words that hold a state's name (`states`: the spans of lookup-only names).
   */
  anotherStates(text: string, start: number, end: number, states: readonly { start: number; end: number }[]): boolean {
    const prev = wordsBefore(text, start, 1, true)[0];
    if (prev !== undefined) {
      const w = prev.replace(OPENING_PUNCT, '');
      if (/^\p{Lu}/u.test(w) && !this.domesticBefore.has(canonicalize(w))) {
        if (/['’]s?$/u.test(w) || isInsideSentence(text, start - 1 - prev.length)) return true;
      }
    }
    const of = /^[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+)?/u.exec(text.slice(end, end + 12));
    if (!of) return false;
    const runStart = end + of[0].length;
    const run = /^(?:(?:\p{Lu}[\p{L}\p{M}'’.-]*|of|the)(?:[\s\u00a0]+|$))+/u.exec(text.slice(runStart, runStart + 60))?.[0] ?? '';
    const runEnd = runStart + run.trimEnd().length;
    return states.some((s) => s.start >= runStart && s.end <= runEnd);
  }

  /** "Hiệp định Pa-ri năm 2015", "the 2015 Paris Agreement": a year the term's dates rule out. */
  private yearRulesOut(text: string, start: number, end: number, term: number): boolean {
    const year = Number(YEAR_AFTER.exec(text.slice(end, end + 24))?.[1] ?? YEAR_BEFORE.exec(text.slice(Math.max(0, start - 12), start))?.[1] ?? 0);
    if (!year) return false;
    const from = this.context.yearFrom[term] ?? 0;
    const to = this.context.yearTo[term] ?? 0;
    return (from > 0 && year < from) || (to > 0 && year > to);
  }

  /** "Quốc hội Pháp", "Quốc hội nước Anh": a body of another country. "Quốc hội Việt Nam", "Quốc hội khoá XV" are ours. */
  private anotherCountrys(text: string, end: number): boolean {
    let next = wordsAfter(text, end, 3, true);
    if (next[0] === 'nước' || next[0] === 'của') next = next.slice(1);
    if (THAT_COUNTRY.has(next[0] ?? '')) return true; // "Bộ Ngoại giao nước này", "nước sở tại" 
    const first = next[0];
    if (first === undefined || !/^\p{Lu}/u.test(first)) return false;
    // A surname starts a person's name ("Phó Chủ tịch Quốc hội Trần Thanh Mẫn"), not a country's.
    if (this.surnames.has(first.normalize('NFC'))) return false;
    const canon = next.map((w) => canonicalize(w));
    return !this.domestic.some((p) => p.words.every((w, i) => canon[i] === w));
  }
}

/** A few of the commonest Vietnamese words: a block that has one is Vietnamese text, whatever names it quotes. */
const VIETNAMESE_WORD = /(?:^|[\s\u00a0,;:(])(?:của|và|là|được|các|những|với|đã|này|có|một|không|người|về)(?=[\s\u00a0,.;:)]|$)/iu;
const MARKED_WORD = /[^\s\u00a0]*[\u00c0-\u01b0\u0300-\u0323\u1ea0-\u1ef9][^\s\u00a0]*/gu;

/**
 * Whether a block is Vietnamese text rather than English (or other) prose quoting Vietnamese names: it has one
 * of the commonest Vietnamese words, or a quarter or more of its first words carry marks (a heading such as
 * "Trong công tác đối ngoại nhân dân").
 */
function isVietnameseText(text: string): boolean {
  if (VIETNAMESE_WORD.test(text)) return true;
  const head = text.slice(0, 400);
  const words = head.split(/[\s\u00a0]+/).filter(Boolean).length;
  return words > 0 && (head.match(MARKED_WORD)?.length ?? 0) * 4 >= words;
}

const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '…', '\n', '\r']);

/** Whether a word starting at `at` follows other words of its sentence (past spaces and opening quotes). */
function isInsideSentence(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (SENTENCE_END.has(ch)) return false;
    if (ch === ' ' || ch === '\u00a0' || ch === '\t' || /["“‘'(\[«\-–—]/.test(ch)) continue;
    return true;
  }
  return false;
}

const isSpace = (c: number) => c === 0x20 || c === 0xa0 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2009 || c === 0x202f;

/** The word that ends at the spaces right before `at`, or undefined (a character-level walk: no slicing of windows). */
function wordEndingAt(text: string, at: number): string | undefined {
  let i = at - 1;
  if (i < 0 || !isSpace(text.charCodeAt(i))) return undefined;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  const end = i + 1;
  while (i >= 0 && !isSpace(text.charCodeAt(i))) i--;
  return end > i + 1 ? text.slice(i + 1, end) : undefined;
}

/** The word that starts after the spaces right after `at`, or undefined. */
function wordStartingAt(text: string, at: number): string | undefined {
  let i = at;
  if (i >= text.length || !isSpace(text.charCodeAt(i))) return undefined;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  const start = i;
  while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
  return i > start ? text.slice(start, i) : undefined;
}

/** Up to `n` words right before `at`, in order; with `adjacent`, only if a single space separates them from `at`. */
function wordsBefore(text: string, at: number, n: number, adjacent = false): string[] {
  const window = text.slice(Math.max(0, at - 60), at);
  if (!/[\s\u00a0]$/.test(window) || (adjacent && /[\s\u00a0]{2}$/.test(window))) return [];
  const words = window.match(WORD) ?? [];
  if (window.length === 60 && words.length) words.shift(); // may be cut
  return words.slice(-n);
}

/** Up to `n` words right after `at`; with `adjacent`, only if a single space separates them from `at`. */
function wordsAfter(text: string, at: number, n: number, adjacent = false): string[] {
  const window = text.slice(at, at + 60);
  if (!/^[\s\u00a0]/.test(window) || (adjacent && /^[\s\u00a0]{2}/.test(window))) return [];
  const words = window.match(WORD) ?? [];
  if (window.length === 60 && words.length) words.pop();
  return words.slice(0, n).map(bare);
}

/** A page word as the rules compare it: read once per candidate, not once per cue phrase. */
type Word = { capital: boolean; canon: string; loose: string | null };

function wordOf(raw: string): Word {
  const canon = canonicalize(raw);
  // A page written without diacritics ("Lang Ho Chi Minh") drops them from the cue too; short cues stay exact,
  // since without marks they are other common words (cho/chợ, cau/cầu).
  return { capital: /^\p{Lu}/u.test(raw), canon, loose: canon.length >= 4 && isDiacriticFree(canon) ? canon : null };
}

function matchesWord(word: Word, want: Phrase, i: number): boolean {
  if (want.capital && i === 0 && !word.capital) return false;
  return word.canon === want.words[i] || (word.loose !== null && word.loose === want.loose[i]);
}

function endsWith(words: Word[], p: Phrase): boolean {
  if (words.length < p.words.length) return false;
  const from = words.length - p.words.length;
  return p.words.every((_, i) => matchesWord(words[from + i]!, p, i));
}

function startsWith(words: Word[], p: Phrase): boolean {
  if (words.length < p.words.length) return false;
  return p.words.every((_, i) => matchesWord(words[i]!, p, i));
}

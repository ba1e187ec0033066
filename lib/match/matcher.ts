import { canonicalize, isDiacriticFree } from '../text/canonicalize';
import { isWordChar, lowerCaseEquals } from '../text/chars';
import { fold, type FoldedText } from '../text/loose-key';
import { Automaton } from './automaton';
import { ContextRules } from './context-rules';
import {
  CUE_WORD, OWN_CUE_BASE, RULE_CUED, RULE_ERA, RULE_OWN_CUE, RULE_DOMESTIC, RULE_PAIR, RULE_PERSON, RULE_PHRASE, RULE_SHORT, RULE_VIETNAM, STATE_NAME, VIETNAM_CUE,
  type Match, type MatchIndex,
} from './match-index';
import { buildMatchTables, CAPS_ONLY, LOOSE_OK, PROPER_CASE, RULES_SHIFT, type MatchTables } from './match-tables';
import type { ShortNames } from './short-names';

/**
 * A pattern found on word boundaries and spelled as its alias. What the words around it say (the context rules)
 * is asked only when it would be taken (`resolve`): most candidates lie inside a longer one.
 */
type Candidate = {
  start: number; end: number; keyLength: number; term: number;
  /** The pattern's rules (RULE_* of match-index.ts). */
  rules: number;
  /** An alias that counts only in capitals (CAPS_ONLY): a short one needs a cue inside a run of capitals. */
  capitals: boolean;
};
type Span = { start: number; end: number };
type Cue = Span & { term: number };

/** Between a body and a person who holds a post in it: a few lower-case words, spaces and commas. */
const POST_BETWEEN = /^[\s,]*(?:(?:the|a|its|\p{Ll}+)[\s,]+){0,3}$/u;

/**
 * "Quốc hội Hàn Quốc thông qua … Tiếp theo, Quốc hội gửi hồ sơ …": the same body was named earlier in the
 * paragraph with another state's name right after it, so the bare one is that state's too. Asked only where the
 * paragraph says nothing of Vietnam (a paragraph about two parliaments, Vietnam's among them, keeps its marks).
 */
function namedForeignEarlier(text: string, c: Span, states: readonly Span[]): boolean {
  const spelling = text.slice(c.start, c.end);
  for (let at = text.lastIndexOf(spelling, c.start - 1); at >= 0; at = at > 0 ? text.lastIndexOf(spelling, at - 1) : -1) {
    const after = at + spelling.length;
    const gap = /^[\s\u00a0]+(?:nước[\s\u00a0]+)?/u.exec(text.slice(after, after + 8));
    if (gap && states.some((s) => s.start === after + gap[0].length)) return true;
  }
  return false;
}

/** Acronyms up to this many letters say nothing in an all-capitals run ("VIỆT NAM", a heading): they need a cue. */
const SHORT_ACRONYM = 4;

/**
 * Finds glossary mentions in a text: scan the loose key with the automaton, keep candidates that sit on
 * word boundaries, verify each against the original span in canonical form, then resolve overlaps
 * longest-leftmost, passing over a candidate the context rules reject (what the words around say is something
 * else), drop blocker phrases, and keep the mentions that need a cue only where the paragraph has one
 * (docs/decisions/009-context-rules.md). Used verbatim by the background (for every page), `glossary scan` and
 * `eval`, one block (paragraph) of text per call.
 */
export class Matcher {
  private readonly automaton: Automaton;
  private readonly rules: ContextRules;
  /** Reused between calls: the scanner calls findMatches once per block of text. */
  private buffer: FoldedText | undefined;
  /** Canonical forms of spans already checked: a page repeats the same few words that share a key. */
  private readonly canonical = new Map<string, string>();
  /** Term indices of the Vietnamese people and of the bodies named without their country (context tables). */
  private readonly vietnamese: ReadonlySet<number>;
  private readonly bodies: ReadonlySet<number>;

  /** From prebuilt tables (the content script unpacks them: lib/match/packed-tables.ts). */
  constructor(private readonly tables: MatchTables) {
    this.automaton = new Automaton(tables.automaton);
    this.rules = new ContextRules(tables.context, tables.cues);
    this.vietnamese = new Set(tables.context.vietnamese ?? []);
    this.bodies = new Set(tables.context.bodies ?? []);
  }

  /** Builds the tables first: for the command line and tests. */
  static fromIndex(index: MatchIndex): Matcher {
    return new Matcher(buildMatchTables(index));
  }

  get tableBytes(): number {
    return this.automaton.byteLength;
  }

  /**
   * The mentions in one block of text. A person's short name ("Trọng", "Xi") is offered only with `names`, the
   * page's ShortNames memory (lib/match/short-names.ts), which keeps it after that person's full name; give the
   * same memory every block of one page, in document order.
   */
  findMatches(text: string, names?: ShortNames): Match[] {
    const folded = (this.buffer = fold(text, this.buffer));
    const { codes, length } = folded;
    const candidates: Candidate[] = [];
    const cues: Span[] = [];
    const states: Span[] = [];
    const ownCues: Cue[] = [];
    const vietnamCues: Span[] = [];
    const { canon, term, flags, foreign } = this.tables;
    this.automaton.scan(codes, length, (p, ks, ke) => {
      if (ks > 0 && isWordChar(codes[ks - 1]!) && isWordChar(codes[ks]!)) return;
      if (ke < length && isWordChar(codes[ke]!) && isWordChar(codes[ke - 1]!)) return;
      const start = folded.start[ks]!;
      const end = folded.end[ke - 1]!;
      // The span is made a string only where a check needs one: most candidates pass the comparison below
      // without it (a 1 MB page has about 78,000 of them).
      let span: string | undefined;
      const f = flags[p]!;
      if (f & CAPS_ONLY && (span = text.slice(start, end)) !== span.toUpperCase()) return;
      if (f & PROPER_CASE && !isProperNameAt(text, start)) return;
      // Most spans are already canonical once lower-cased, which spares canonicalising them.
      const c = canon.at(p);
      const lowerIsCanonical = lowerCaseEquals(text, start, end, c);
      if (lowerIsCanonical !== true) {
        span ??= text.slice(start, end);
        if ((lowerIsCanonical === false || span.toLowerCase() !== c) && !this.sameSpelling(span, c, f, foreign[p]!)) return;
      }
      const t = term[p]!;
      if (t <= OWN_CUE_BASE) return void ownCues.push({ start, end, term: OWN_CUE_BASE - t });
      if (t === VIETNAM_CUE) return void vietnamCues.push({ start, end });
      if (t === CUE_WORD || t === STATE_NAME) cues.push({ start, end });
      if (t === STATE_NAME) states.push({ start, end });
      if (t === CUE_WORD) return;
      const rules = f >> RULES_SHIFT;
      if (rules & RULE_SHORT && !names) return;
      candidates.push({ start, end, keyLength: ke - ks, term: t, rules, capitals: !!(f & CAPS_ONLY) });
    });
    const found = this.resolve(candidates, { cues, states, ownCues, vietnamCues }, text);
    return names ? names.admit(found) : found;
  }

  /**
   * Whether a span spells the alias whose canonical form is `c`: canonically equal; or, for an alias of two or
   * more syllables, written with no diacritics at all; or with some of its foreign words (Giơ-ne-vơ, Genève; every
   * word of a person's name) written without their marks while the other words keep theirs ("Hiệp định
   * Geneve", "Nguyen Ái Quoc").
   */
  private sameSpelling(span: string, c: string, f: number, foreignWords: number): boolean {
    const spanCanon = this.canonicalOf(span);
    if (spanCanon === c) return true;
    if (f & LOOSE_OK && isDiacriticFree(span)) return true;
    if (!foreignWords) return false;
    // The loose keys are equal, so both split into the same words at the same places.
    const mine = spanCanon.split(/[\s-]+/);
    const theirs = c.split(/[\s-]+/);
    if (mine.length !== theirs.length) return false;
    // A foreign word may lose its marks, not trade them for others ("Hô Chi Minh" is other words).
    return mine.every((w, i) => w === theirs[i] || (i < 31 && foreignWords & (1 << i) && isDiacriticFree(w)));
  }

  private canonicalOf(span: string): string {
    let canon = this.canonical.get(span);
    if (canon === undefined) {
      if (this.canonical.size >= 4096) this.canonical.clear(); // bounded on endless pages
      canon = canonicalize(span);
      this.canonical.set(span, canon);
    }
    return canon;
  }

  /**
   * Longest-leftmost: of overlapping candidates the earliest wins, and of those the longest. Then a mention
   * that needs a cue stays only if the paragraph has one outside it: a state's name, a cue word, or a mention
   * of a term that needs none; one that needs its own cue words, one of those; one that needs a paragraph about
   * Vietnam, a word of vietnamCues or a Vietnamese person, and no other state's name before or after it. A
   * person's short name comes last, only where nothing else was found, and for every person it may name.
   */
  private resolve(candidates: Candidate[], found: { cues: Span[]; states: Span[]; ownCues: Cue[]; vietnamCues: Span[] }, text: string): Match[] {
    const { cues, states, ownCues, vietnamCues } = found;
    candidates.sort((a, b) => a.start - b.start || b.keyLength - a.keyLength);
    const kept: Candidate[] = [];
    const taken: Span[] = [];
    // The context rules judge each candidate alone, so asking them only of the candidates the scan reaches
    // keeps exactly what filtering every candidate first would: a rejected one is passed over either way.
    const allowed = (c: Candidate) => c.term < 0 || !c.rules || this.rules.allows(text, c.start, c.end, c.rules, c.term);
    let reach = 0;
    for (const c of candidates) {
      if (c.rules & RULE_SHORT || c.start < reach || !allowed(c)) continue;
      reach = c.end;
      taken.push(c);
      if (c.term >= 0 && !(c.rules & RULE_PAIR && startsPair(text, c.end, states))) kept.push(c);
    }
    // Needs a cue: by its rules, as a phrase not written as a name, or as a short acronym in a run of capitals.
    const cued = new Set(kept.filter((c) => c.rules & RULE_CUED ||
      (c.rules & RULE_PHRASE && !writtenAsName(text.slice(c.start, c.end))) ||
      (c.capitals && c.end - c.start <= SHORT_ACRONYM && inCapitalsRun(text, c.start, c.end))));
    const sure = kept.filter((c) => !cued.has(c) && !(c.rules & (RULE_OWN_CUE | RULE_VIETNAM)));
    const outside = (s: Span, c: Candidate) => s.end <= c.start || s.start >= c.end;
    const { vietnamese, bodies } = this;
    const aboutVietnam = (c: Candidate) =>
      vietnamCues.some((s) => outside(s, c)) || kept.some((k) => vietnamese.has(k.term) && outside(k, c));
    // A body named without its country, in a paragraph about Vietnam that also names another state or a foreign
    // leader, may be theirs ("Xi, who heads the Communist Party", "Vietnam and China are both run by a
    // Politburo"): there only "Vietnam's …" right before it says whose. A miss costs less than teaching China's
    // party as Vietnam's. (Normalisation with the US names another state by nature: only bodies.)
    const foreignToo = (c: Candidate) => bodies.has(c.term) &&
      (states.some((s) => outside(s, c)) || kept.some((k) => k.rules & RULE_PERSON && !vietnamese.has(k.term) && outside(k, c)));
    // "Communist Party leader Nguyen Phu Trong", "Politburo member Lê Đức Thọ", "Trong, the Party's leader":
    // a Vietnamese person's post, with only lower-case words (and a comma) between.
    const postOfVietnamese = (c: Candidate) => kept.some((k) => vietnamese.has(k.term) &&
      (k.start >= c.end ? POST_BETWEEN.test(text.slice(c.end, k.start)) : k.end <= c.start && POST_BETWEEN.test(text.slice(k.end, c.start))));
    const vietnams = (c: Candidate) =>
      aboutVietnam(c) && !this.rules.anotherStates(text, c.start, c.end, states) &&
      (!foreignToo(c) || this.rules.ledByVietnam(text, c.start) || postOfVietnamese(c));
    const out = kept
      .filter((c) => !cued.has(c) || cues.some((s) => outside(s, c)) || sure.some((s) => outside(s, c)))
      .filter((c) => !(c.rules & RULE_OWN_CUE) || ownCues.some((s) => s.term === c.term && outside(s, c)))
      .filter((c) => !(c.rules & RULE_VIETNAM) || vietnams(c))
      .filter((c) => !(c.rules & RULE_DOMESTIC) || aboutVietnam(c) || !namedForeignEarlier(text, c, states))
      .filter((c) => !(c.rules & RULE_ERA) || !this.before(c, text, kept))
      .map((c): Match => ({ start: c.start, end: c.end, id: this.tables.ids.at(c.term) }));
    const shorts = candidates.filter((c) => c.rules & RULE_SHORT && c.term >= 0 && taken.every((s) => outside(s, c)) && allowed(c));
    if (shorts.length === 0) return out;
    for (const c of shorts) out.push({ start: c.start, end: c.end, id: this.tables.ids.at(c.term), short: true });
    return out.sort((a, b) => a.start - b.start);
  }

  /**
   * Whether everything in the paragraph that dates it comes before the term began: the years written in it and
   * the last year of every dated mention beside it (the 1946 accord's "nước Việt Nam Cộng hoà" was the DRV, not
   * the 1955 republic). A paragraph with no date says nothing.
   */
  private before(c: Candidate, text: string, kept: Candidate[]): boolean {
    const { yearFrom, yearTo } = this.tables.context;
    const from = yearFrom[c.term] ?? 0;
    if (!from) return false;
    let latest = 0;
    for (const m of text.matchAll(YEAR)) latest = Math.max(latest, Number(m[1]));
    for (const k of kept) if (k !== c) latest = Math.max(latest, yearTo[k.term] ?? 0);
    // A year short: the paragraph may tell how it came to be ("after the 1954 accords … the Republic was born").
    return latest > 0 && latest < from - 1;
  }
}

const YEAR = /(?<!\d)((?:1[89]|20)\d\d)(?!\d)/g;

// Not ';': a clause after a semicolon goes on in lower case, so a capital there starts a name ("…; Quốc gia Việt Nam, …").
// Not ';': a clause after a semicolon goes on in lower case, so a capital there starts a name ("…; Quốc gia Việt Nam, …").
/** A hyphen between two capitalised syllables ("Việt-Nam"), not inside a lower-case or foreign compound. */
const CAPITALISED_HYPHEN = /(?<=(?:^|[\s\u00a0])\p{Lu}[\p{Ll}\p{M}]*)-(?=\p{Lu}[\p{Ll}\p{M}]*(?:$|[\s\u00a0-]))/gu;

const SENTENCE_END = new Set(['.', '!', '?', ':', '…', '\n', '\r']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '-', '–', '—']);

/**
 * A capitalised ordinary word is a name only inside a sentence: "40 năm Đổi mới" names the reform, while
 * "Đổi mới giáo dục…" at a sentence or heading start is the verb. Looks back past spaces and opening quotes.
 */
function isProperNameAt(text: string, start: number): boolean {
  const first = text[start]!;
  if (first === first.toLowerCase()) return false;
  // In capitals ("…; ĐỔI MỚI") the case of the first letter says nothing.
  const capitals = /^[\p{Lu}\s]{4,}/u.test(text.slice(start, start + 6));
  for (let i = start - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (SENTENCE_END.has(ch) || (ch === ';' && capitals)) return false;
    if (ch === ' ' || ch === '\u00a0' || ch === '\t' || OPENERS.has(ch)) continue;
    return true;
  }
  return false;
}

/** "… – Trung Quốc": a dash, then a state's name, right after `end`: the mention is the first half of a pair. */
function startsPair(text: string, end: number, states: Span[]): boolean {
  const dash = /^[\s\u00a0]*[-–—][\s\u00a0]*/.exec(text.slice(end, end + 8));
  return dash !== null && states.some((s) => s.start === end + dash[0].length);
}

/** Every word starts with a capital or a digit ("Đối tác Chiến lược Toàn diện", "Strategic Partnership"). */
function writtenAsName(span: string): boolean {
  return /^(?:[\p{Lu}\p{N}]\S*(?:\s+|$))+$/u.test(span);
}

/** Whether the word before or after the span (past spaces and light punctuation) is in capitals too. */
function inCapitalsRun(text: string, start: number, end: number): boolean {
  const before = /(\p{L}{2,})[\s\u00a0,:–—-]*$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  const after = /^[\s\u00a0,:–—-]*(\p{L}{2,})/u.exec(text.slice(end, end + 30))?.[1];
  const caps = (w: string | undefined) => w !== undefined && w === w.toUpperCase() && w !== w.toLowerCase();
  return caps(before) || caps(after);
}

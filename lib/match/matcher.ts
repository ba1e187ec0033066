import { canonicalize, isDiacriticFree } from '../text/canonicalize';
import { isWordChar } from '../text/chars';
import { fold, type FoldedText } from '../text/loose-key';
import { Automaton } from './automaton';
import { ContextRules } from './context-rules';
import { CUE_WORD, RULE_CUED, RULE_PAIR, RULE_PHRASE, STATE_NAME, type Match, type MatchIndex } from './match-index';
import { buildMatchTables, CAPS_ONLY, LOOSE_OK, PROPER_CASE, RULES_SHIFT, type MatchTables } from './match-tables';

type Candidate = { start: number; end: number; keyLength: number; term: number; cued: boolean; pair: boolean };
type Span = { start: number; end: number };

/** Acronyms up to this many letters say nothing in an all-capitals run ("VIỆT NAM", a heading): they need a cue. */
const SHORT_ACRONYM = 4;

/**
 * Finds glossary mentions in a text: scan the loose key with the automaton, keep candidates that sit on
 * word boundaries, verify each against the original span in canonical form, let the context rules reject
 * what the words around say is something else, then resolve overlaps longest-leftmost, drop blocker
 * phrases, and keep the mentions that need a cue only where the paragraph has one
 * (docs/decisions/009-context-rules.md). Used verbatim by the content script, `glossary scan` and `eval`,
 * one block (paragraph) of text per call.
 */
export class Matcher {
  private readonly automaton: Automaton;
  private readonly rules: ContextRules;
  /** Reused between calls: the scanner calls findMatches once per block of text. */
  private buffer: FoldedText | undefined;
  /** Canonical forms of spans already checked: a page repeats the same few words that share a key. */
  private readonly canonical = new Map<string, string>();

  /** From prebuilt tables (the content script unpacks them: lib/match/packed-tables.ts). */
  constructor(private readonly tables: MatchTables) {
    this.automaton = new Automaton(tables.automaton);
    this.rules = new ContextRules(tables.context);
  }

  /** Builds the tables first: for the command line and tests. */
  static fromIndex(index: MatchIndex): Matcher {
    return new Matcher(buildMatchTables(index));
  }

  get tableBytes(): number {
    return this.automaton.byteLength;
  }

  findMatches(text: string): Match[] {
    const folded = (this.buffer = fold(text, this.buffer));
    const { codes, length } = folded;
    const candidates: Candidate[] = [];
    const cues: Span[] = [];
    const states: Span[] = [];
    const { canon, term, flags, foreign } = this.tables;
    this.automaton.scan(codes, length, (p, ks, ke) => {
      if (ks > 0 && isWordChar(codes[ks - 1]!) && isWordChar(codes[ks]!)) return;
      if (ke < length && isWordChar(codes[ke]!) && isWordChar(codes[ke - 1]!)) return;
      const start = folded.start[ks]!;
      const end = folded.end[ke - 1]!;
      const span = text.slice(start, end);
      const f = flags[p]!;
      if (f & CAPS_ONLY && span !== span.toUpperCase()) return;
      if (f & PROPER_CASE && !isProperNameAt(text, start)) return;
      // Most spans are already canonical once lower-cased, which spares canonicalising them.
      const c = canon.at(p);
      if (span.toLowerCase() !== c && !this.sameSpelling(span, c, f, foreign[p]!)) return;
      const t = term[p]!;
      if (t === CUE_WORD || t === STATE_NAME) cues.push({ start, end });
      if (t === STATE_NAME) states.push({ start, end });
      if (t === CUE_WORD) return;
      const rules = f >> RULES_SHIFT;
      if (t >= 0 && rules && !this.rules.allows(text, start, end, rules, t)) return;
      const cued = t >= 0 && (!!(rules & RULE_CUED) || (!!(rules & RULE_PHRASE) && !writtenAsName(span)) ||
        (!!(f & CAPS_ONLY) && end - start <= SHORT_ACRONYM && inCapitalsRun(text, start, end)));
      candidates.push({ start, end, keyLength: ke - ks, term: t, cued, pair: !!(rules & RULE_PAIR) });
    });
    return this.resolve(candidates, cues, states, text);
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
   * of a term that needs none.
   */
  private resolve(candidates: Candidate[], cues: Span[], states: Span[], text: string): Match[] {
    candidates.sort((a, b) => a.start - b.start || b.keyLength - a.keyLength);
    const kept: Candidate[] = [];
    let reach = 0;
    for (const c of candidates) {
      if (c.start < reach) continue;
      reach = c.end;
      if (c.term >= 0 && !(c.pair && startsPair(text, c.end, states))) kept.push(c);
    }
    const sure = kept.filter((c) => !c.cued);
    const outside = (s: Span, c: Candidate) => s.end <= c.start || s.start >= c.end;
    return kept
      .filter((c) => !c.cued || cues.some((s) => outside(s, c)) || sure.some((s) => outside(s, c)))
      .map((c) => ({ start: c.start, end: c.end, id: this.tables.ids.at(c.term) }));
  }
}

const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '…', '\n', '\r']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '-', '–', '—']);

/**
 * A capitalised ordinary word is a name only inside a sentence: "40 năm Đổi mới" names the reform, while
 * "Đổi mới giáo dục…" at a sentence or heading start is the verb. Looks back past spaces and opening quotes.
 */
function isProperNameAt(text: string, start: number): boolean {
  const first = text[start]!;
  if (first === first.toLowerCase()) return false;
  for (let i = start - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (SENTENCE_END.has(ch)) return false;
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

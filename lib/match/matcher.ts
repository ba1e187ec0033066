import { canonicalize, isDiacriticFree } from '../text/canonicalize';
import { isWordChar } from '../text/chars';
import { fold, type FoldedText } from '../text/loose-key';
import { Automaton } from './automaton';
import type { Match, MatchIndex } from './match-index';
import { buildMatchTables, CAPS_ONLY, LOOSE_OK, PROPER_CASE, type MatchTables } from './match-tables';

type Candidate = { start: number; end: number; keyLength: number; term: number };

/**
 * Finds glossary mentions in a text: scan the loose key with the automaton, keep candidates that sit on
 * word boundaries, verify each against the original span in canonical form, then resolve overlaps
 * longest-leftmost and drop blocker phrases. Used verbatim by the content script and `glossary scan`.
 */
export class Matcher {
  private readonly automaton: Automaton;
  /** Reused between calls: the scanner calls findMatches once per block of text. */
  private buffer: FoldedText | undefined;
  /** Canonical forms of spans already checked: a page repeats the same few words that share a key. */
  private readonly canonical = new Map<string, string>();

  /** From prebuilt tables (the content script unpacks them: lib/match/packed-tables.ts). */
  constructor(private readonly tables: MatchTables) {
    this.automaton = new Automaton(tables.automaton);
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
    const { canon, term, flags } = this.tables;
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
      if (span.toLowerCase() !== c && this.canonicalOf(span) !== c && !(f & LOOSE_OK && isDiacriticFree(span))) return;
      candidates.push({ start, end, keyLength: ke - ks, term: term[p]! });
    });
    return this.resolve(candidates);
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

  /** Longest-leftmost: of overlapping candidates the earliest wins, and of those the longest. */
  private resolve(candidates: Candidate[]): Match[] {
    candidates.sort((a, b) => a.start - b.start || b.keyLength - a.keyLength);
    const matches: Match[] = [];
    let reach = 0;
    for (const c of candidates) {
      if (c.start < reach) continue;
      reach = c.end;
      if (c.term >= 0) matches.push({ start: c.start, end: c.end, id: this.tables.ids.at(c.term) });
    }
    return matches;
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

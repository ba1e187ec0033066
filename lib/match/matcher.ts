import { canonicalize, isDiacriticFree } from '../text/canonicalize';
import { isWordChar } from '../text/chars';
import { fold, type FoldedText } from '../text/loose-key';
import { Automaton } from './automaton';
import type { Match, MatchIndex } from './match-index';

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

  constructor(private readonly index: MatchIndex) {
    this.automaton = new Automaton(index.patterns.map((p) => p.key));
  }

  get tableBytes(): number {
    return this.automaton.byteLength;
  }

  findMatches(text: string): Match[] {
    const folded = (this.buffer = fold(text, this.buffer));
    const { codes, length } = folded;
    const candidates: Candidate[] = [];
    const { patterns } = this.index;
    this.automaton.scan(codes, length, (p, ks, ke) => {
      if (ks > 0 && isWordChar(codes[ks - 1]!) && isWordChar(codes[ks]!)) return;
      if (ke < length && isWordChar(codes[ke]!) && isWordChar(codes[ke - 1]!)) return;
      const pattern = patterns[p]!;
      const start = folded.start[ks]!;
      const end = folded.end[ke - 1]!;
      const span = text.slice(start, end);
      if (pattern.capsOnly && span !== span.toUpperCase()) return;
      if (pattern.properCase && !isProperNameAt(text, start)) return;
      // Most spans are already canonical once lower-cased, which spares canonicalising them.
      if (span.toLowerCase() !== pattern.canon && canonicalize(span) !== pattern.canon &&
          !(pattern.looseOk && isDiacriticFree(span))) return;
      candidates.push({ start, end, keyLength: ke - ks, term: pattern.term });
    });
    return this.resolve(candidates);
  }

  /** Longest-leftmost: of overlapping candidates the earliest wins, and of those the longest. */
  private resolve(candidates: Candidate[]): Match[] {
    candidates.sort((a, b) => a.start - b.start || b.keyLength - a.keyLength);
    const matches: Match[] = [];
    let reach = 0;
    for (const c of candidates) {
      if (c.start < reach) continue;
      reach = c.end;
      if (c.term >= 0) matches.push({ start: c.start, end: c.end, id: this.index.ids[c.term]! });
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

import type { Term } from './schema';

/**
 * The term as packaged for the extension (scripts/vite-glossary.ts): with its hover summary in each language
 * whose summary is too long to show whole, worked out once at build time rather than on every hover.
 */
export function withBrief(term: Term): Term {
  const brief: NonNullable<Term['brief']> = {};
  for (const lang of ['vi', 'en'] as const) {
    const summary = term.summary[lang];
    if (!summary) continue;
    const short = shortSummary(summary);
    if (short !== summary.trim()) brief[lang] = short;
  }
  return Object.keys(brief).length > 0 ? { ...term, brief } : term;
}

/**
 * The hover's summary: the first sentence of the full one, or the first two when the first is short, cut at a
 * clause boundary when even one sentence is too long for a glance. The full summary stays a click away, so this
 * only has to say what the term is. Derived from the data rather than written beside it: one text to keep right.
 * Run at build time (withBrief); the card derives it itself only for a term that was not packaged (tests).
 */
export function shortSummary(summary: string): string {
  const text = summary.trim();
  if (text.length <= SHORT_ENOUGH) return text;
  const sentences = splitSentences(text);
  let short = sentences[0]!;
  if (short.length < BRIEF_SENTENCE && sentences.length > 1 && short.length + 1 + sentences[1]!.length <= MAX_SHORT) {
    short += ' ' + sentences[1]!;
  }
  if (short.length > MAX_SHORT) short = cutAtClause(short);
  return short;
}

/** A summary this short is shown whole on hover. */
const SHORT_ENOUGH = 200;
/** A first sentence under this says too little alone ("Tổ chức quốc tế.") and takes the next one with it. */
const BRIEF_SENTENCE = 90;
/** About three lines of the popover: what a glance reads. */
const MAX_SHORT = 240;

/**
 * Sentences: a full stop, question or exclamation mark, then a space and a capital letter (or an opening quote).
 * Not after a lone capital or a short all-capital abbreviation ("TP. Hồ Chí Minh", "H. Kissinger"), and a date
 * such as 21/7/1954 has no space after its dots.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  const end = /([.!?…])(["”’)]?)\s+(?=["“‘(]?\p{Lu})/gu;
  let from = 0;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    const before = text.slice(from, m.index);
    const lastWord = /(\S+)$/.exec(before)?.[1] ?? '';
    if (m[1] === '.' && /^\p{Lu}{1,3}$/u.test(lastWord)) continue;
    sentences.push(text.slice(from, m.index + m[1]!.length + m[2]!.length).trim());
    from = m.index + m[0].length;
  }
  const rest = text.slice(from).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

/** A too-long sentence cut after its last clause (";", ":" or ",") that fits, with an ellipsis; a word if none does. */
function cutAtClause(sentence: string): string {
  const room = sentence.slice(0, MAX_SHORT);
  const clause = Math.max(room.lastIndexOf('; '), room.lastIndexOf(': '), room.lastIndexOf(', '));
  const cut = clause >= MAX_SHORT / 2 ? clause : room.lastIndexOf(' ');
  return sentence.slice(0, cut > 0 ? cut : MAX_SHORT).replace(/[\s,;:.]+$/u, '') + '…';
}

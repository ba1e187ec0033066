// The real-text corpus (tests/corpus/*.txt): annotated paragraphs written in the project's own words that
// reproduce what real pages do — their spellings, contexts and traps — each citing the page it comes from.
// Format: tests/corpus/README.md. Read by `npm run eval` and by the floor test (tests/unit/corpus.test.ts).
import type { Match } from '../lib/match/match-index';

export const KINDS = ['vi-news', 'vi-overseas', 'vi-wiki', 'vi-study', 'en-news', 'en-reference', 'unrelated-vi', 'unrelated-en'] as const;
export type Kind = (typeof KINDS)[number];
export type Language = 'vi' | 'en';

export const languageOf = (kind: Kind): Language => (kind.startsWith('en-') || kind.endsWith('-en') ? 'en' : 'vi');

/** A mention the annotator expects marked. `gap`: the glossary lacks the term (not counted in recall). */
export type Expected = { start: number; end: number; id: string; gap: boolean };
export type Span = { start: number; end: number };

export type Item = {
  file: string;
  line: number;
  kind: Kind;
  url: string;
  note: string;
  /** The paragraph as a page shows it: markup removed. */
  text: string;
  expected: Expected[];
  /** Places that must stay unmarked. */
  traps: Span[];
};

const HEADER = /^@@\s*([a-z-]+)\s*\|\s*(\S+)\s*(?:\|\s*(.*))?$/;
const MARKUP = /\[\[([^\]|]+)\|([?]?)([a-z0-9-]+)\]\]|\{\{([^}]+)\}\}/g;

/** Parses one corpus file; every malformed line is reported, with its line number, rather than skipped. */
export function parseCorpus(source: string, file: string): { items: Item[]; errors: string[] } {
  const items: Item[] = [];
  const errors: string[] = [];
  let current: { line: number; kind: Kind; url: string; note: string; lines: string[] } | null = null;
  const finish = () => {
    if (!current) return;
    const raw = current.lines.join(' ').replace(/\s+/g, ' ').trim();
    if (raw === '') errors.push(`${file}:${current.line}: item has no text`);
    else items.push({ file, line: current.line, kind: current.kind, url: current.url, note: current.note, ...unmark(raw, `${file}:${current.line}`, errors) });
    current = null;
  };
  source.split(/\r?\n/).forEach((lineText, i) => {
    const line = i + 1;
    if (lineText.startsWith('#') && !current?.lines.length) return;
    if (lineText.startsWith('@@')) {
      finish();
      const m = HEADER.exec(lineText);
      if (!m) return void errors.push(`${file}:${line}: an item header is "@@ KIND | URL | note"`);
      const kind = m[1] as Kind;
      if (!KINDS.includes(kind)) return void errors.push(`${file}:${line}: unknown kind "${m[1]}" (one of ${KINDS.join(', ')})`);
      if (!/^https?:\/\//.test(m[2]!)) return void errors.push(`${file}:${line}: the item must cite the page's URL`);
      current = { line, kind, url: m[2]!, note: m[3]?.trim() ?? '', lines: [] };
      return;
    }
    if (current) current.lines.push(lineText);
    else if (lineText.trim() !== '') errors.push(`${file}:${line}: text outside an item (start one with "@@ KIND | URL")`);
  });
  finish();
  return { items, errors };
}

function unmark(raw: string, where: string, errors: string[]): Pick<Item, 'text' | 'expected' | 'traps'> {
  let text = '';
  const expected: Expected[] = [];
  const traps: Span[] = [];
  let last = 0;
  for (const m of raw.matchAll(MARKUP)) {
    text += raw.slice(last, m.index);
    const start = text.length;
    if (m[1] !== undefined) {
      text += m[1];
      expected.push({ start, end: text.length, id: m[3]!, gap: m[2] === '?' });
    } else {
      text += m[4]!;
      traps.push({ start, end: text.length });
    }
    last = m.index! + m[0].length;
  }
  text += raw.slice(last);
  if (/\[\[|\]\]|\{\{|\}\}/.test(text)) errors.push(`${where}: unbalanced [[ ]] or {{ }} markup`);
  return { text, expected, traps };
}

export type ItemResult = {
  item: Item;
  marks: Match[];
  /** Marks that overlap an expected mention of the same term. */
  right: Match[];
  /** Marks that do not: on a trap, on an unannotated word, or as the wrong term. */
  wrong: (Match & { trap: boolean; expectedId?: string })[];
  found: Expected[];
  missed: Expected[];
  gaps: Expected[];
};

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Scores one item: what the matcher marked against what the annotator expects. */
export function scoreItem(item: Item, marks: Match[], knownIds: ReadonlySet<string>): ItemResult {
  // A gap whose term has since been added counts like any other mention.
  const counted = item.expected.filter((e) => !e.gap || knownIds.has(e.id));
  const gaps = item.expected.filter((e) => e.gap && !knownIds.has(e.id));
  const right: Match[] = [];
  const wrong: ItemResult['wrong'] = [];
  for (const m of marks) {
    if (counted.some((e) => e.id === m.id && overlaps(e, m))) right.push(m);
    else wrong.push({ ...m, trap: item.traps.some((t) => overlaps(t, m)), expectedId: item.expected.find((e) => overlaps(e, m))?.id });
  }
  const found = counted.filter((e) => marks.some((m) => m.id === e.id && overlaps(e, m)));
  const missed = counted.filter((e) => !found.includes(e));
  return { item, marks, right, wrong, found, missed, gaps };
}

export type Tally = { items: number; mentions: number; found: number; marks: number; right: number; gaps: number };

export const emptyTally = (): Tally => ({ items: 0, mentions: 0, found: 0, marks: 0, right: 0, gaps: 0 });

/** What one item (or one real page) contributes to a tally. */
export type Counts = { mentions: number; found: number; marks: number; right: number; gaps: number };

export const countsOf = (r: ItemResult): Counts => ({
  mentions: r.found.length + r.missed.length, found: r.found.length, marks: r.marks.length, right: r.right.length, gaps: r.gaps.length,
});

export function addTo(t: Tally, c: Counts): void {
  t.items++;
  t.mentions += c.mentions;
  t.found += c.found;
  t.marks += c.marks;
  t.right += c.right;
  t.gaps += c.gaps;
}

/** Precision and recall as fractions; a set with no marks (or no mentions) is perfect on that side. */
export const precision = (t: Tally) => (t.marks === 0 ? 1 : t.right / t.marks);
export const recall = (t: Tally) => (t.mentions === 0 ? 1 : t.found / t.mentions);

// `npm run eval [-- --pages DIR | --corpus DIR] [--kind KIND] [--brief] [--json]`
// Precision and recall of the page matcher on real text: the annotated corpus in tests/corpus (our own words,
// each item citing the page it reproduces), or with --pages real page texts kept outside the repository, each
// NAME.txt with a NAME.json beside it ({ url, kind, expect: { id: count }, gaps?: { id: count } }).
// Runs the very Matcher the content script runs, one block (paragraph) at a time as the content script does.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compileGlossaryIndex } from '../lib/glossary/compile';
import { Matcher } from '../lib/match/matcher';
import { ShortNames } from '../lib/match/short-names';
import { addTo, countsOf, emptyTally, KINDS, languageOf, parseCorpus, precision, recall, scoreItem, type Counts, type Item, type Kind, type Tally } from './corpus';
import { loadGlossary, ROOT } from './load-glossary';

export const CORPUS_DIR = join(ROOT, 'tests', 'corpus');

export function loadCorpus(dir = CORPUS_DIR): { items: Item[]; errors: string[] } {
  const items: Item[] = [];
  const errors: string[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const parsed = parseCorpus(readFileSync(join(dir, name), 'utf8'), relative(process.cwd(), join(dir, name)));
    items.push(...parsed.items);
    errors.push(...parsed.errors);
  }
  return { items, errors };
}

export function pageMatcher() {
  const g = loadGlossary();
  if (g.problems.length) throw new Error(`the glossary has ${g.problems.length} problem(s); run \`npm run glossary -- check\``);
  return { matcher: Matcher.fromIndex(compileGlossaryIndex(g)), glossary: g };
}

/** Scores every item; unknown term ids (not marked as gaps with "?") are errors, not silent misses. */
export function evaluateCorpus(items: Item[]) {
  const { matcher, glossary } = pageMatcher();
  const known = new Set(glossary.terms.map((t) => t.id));
  const errors: string[] = [];
  for (const item of items) {
    for (const e of item.expected) {
      if (!e.gap && !known.has(e.id)) errors.push(`${item.file}:${item.line}: unknown term id "${e.id}" (prefix a gap with "?")`);
      const term = glossary.terms.find((t) => t.id === e.id);
      if (term?.highlight === false) errors.push(`${item.file}:${item.line}: "${e.id}" is lookup-only and never marked: do not annotate it`);
    }
  }
  // Each item stands for a page of its own: a short name counts only after the full name in the same item.
  const results = items.map((item) => scoreItem(item, matcher.findMatches(item.text, new ShortNames()), known));
  return { results, errors, names: new Map(glossary.terms.map((t) => [t.id, t.name.vi])) };
}

export type Table = Map<string, Tally>;

/** Tallies per language, per kind and overall. */
export function tabulate(results: readonly Counts[], kinds: readonly Kind[]): Table {
  const table: Table = new Map();
  const add = (key: string, r: Counts) => {
    if (!table.has(key)) table.set(key, emptyTally());
    addTo(table.get(key)!, r);
  };
  results.forEach((r, i) => {
    add(languageOf(kinds[i]!), r);
    add(kinds[i]!, r);
    add('all', r);
  });
  return table;
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

function printTable(table: Table, title: string) {
  const rows = [['', 'items', 'mentions', 'found', 'recall', 'marks', 'right', 'precision', 'gaps']];
  const order = ['vi', ...KINDS.filter((k) => languageOf(k) === 'vi'), 'en', ...KINDS.filter((k) => languageOf(k) === 'en'), 'all'];
  for (const key of order) {
    const t = table.get(key);
    if (!t) continue;
    const label = key === 'vi' || key === 'en' || key === 'all' ? key : `  ${key}`;
    rows.push([label, t.items, t.mentions, t.found, pct(recall(t)), t.marks, t.right, pct(precision(t)), t.gaps].map(String));
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...r[c]!].length)));
  console.log(title);
  for (const r of rows) console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
}

function context(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 30);
  const to = Math.min(text.length, end + 30);
  return `${from > 0 ? '…' : ''}${text.slice(from, start)}⟦${text.slice(start, end)}⟧${text.slice(end, to)}${to < text.length ? '…' : ''}`;
}

function runCorpus(args: string[]): number {
  const { items, errors: parseErrors } = loadCorpus(args.includes('--corpus') ? args[args.indexOf('--corpus') + 1] : undefined);
  const kind = args.includes('--kind') ? (args[args.indexOf('--kind') + 1] as Kind) : undefined;
  const chosen = kind ? items.filter((i) => i.kind === kind) : items;
  const { results, errors, names } = evaluateCorpus(chosen);
  const all = [...parseErrors, ...errors];
  if (all.length) {
    console.error(all.map((e) => `✗ ${e}`).join('\n'));
    console.error(`eval: ${all.length} problem(s) in the corpus`);
    return 1;
  }
  const table = tabulate(results.map(countsOf), results.map((r) => r.item.kind));
  if (args.includes('--json')) {
    process.stdout.write(JSON.stringify(Object.fromEntries([...table].map(([k, t]) => [k, { ...t, precision: precision(t), recall: recall(t) }]))) + '\n');
    return 0;
  }
  const urls = new Set(chosen.map((i) => i.url));
  printTable(table, `eval: ${chosen.length} corpus items citing ${urls.size} pages`);
  if (args.includes('--brief')) return 0;
  const misses = results.flatMap((r) => r.missed.map((e) => ({ r, e })));
  console.log(`\nmissed (${misses.length}):`);
  for (const { r, e } of misses) console.log(`  ${r.item.file}:${r.item.line}  ${e.id}  ${context(r.item.text, e.start, e.end)}`);
  const wrong = results.flatMap((r) => r.wrong.map((m) => ({ r, m })));
  console.log(`\nfalse marks (${wrong.length}):`);
  for (const { r, m } of wrong) {
    const why = m.trap ? 'on a trap' : m.expectedId ? `expected ${m.expectedId}` : 'unannotated';
    console.log(`  ${r.item.file}:${r.item.line}  as ${m.id} (${names.get(m.id)}) — ${why}  ${context(r.item.text, m.start, m.end)}`);
  }
  const gaps = new Map<string, string[]>();
  for (const r of results) for (const e of r.gaps) gaps.set(e.id, [...(gaps.get(e.id) ?? []), r.item.text.slice(e.start, e.end)]);
  console.log(`\nnot in the glossary (${gaps.size} terms, ${[...gaps.values()].flat().length} mentions):`);
  for (const [id, surfaces] of [...gaps].sort((a, b) => b[1].length - a[1].length)) console.log(`  ${id} ×${surfaces.length}: ${[...new Set(surfaces)].join(' · ')}`);
  return 0;
}

type PageNote = { url: string; kind: Kind; expect: Record<string, number>; gaps?: Record<string, number> };

/** Real pages: counts per term, since a page's own sentences are not annotated in place. */
function runPages(dir: string, args: string[]): number {
  if (!existsSync(dir)) {
    console.error(`eval: no folder at ${dir}`);
    return 2;
  }
  const { matcher, glossary } = pageMatcher();
  const known = new Set(glossary.terms.map((t) => t.id));
  const results: Counts[] = [];
  const kinds: Kind[] = [];
  const report: string[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const notePath = join(dir, name.replace(/\.txt$/, '.json'));
    if (!existsSync(notePath)) {
      report.push(`  ${name}: no annotation file ${relative(process.cwd(), notePath)}, skipped`);
      continue;
    }
    const note = JSON.parse(readFileSync(notePath, 'utf8')) as PageNote;
    const text = readFileSync(join(dir, name), 'utf8');
    // One block per line, as a page's paragraphs reach the matcher one at a time, with one memory of the
    // names met for the whole page.
    const names = new ShortNames();
    const marks = text.split('\n').flatMap((line) => matcher.findMatches(line, names));
    const got = new Map<string, number>();
    for (const m of marks) got.set(m.id, (got.get(m.id) ?? 0) + 1);
    const expect = Object.entries(note.expect).filter(([id]) => known.has(id));
    const gapCount = Object.values(note.gaps ?? {}).reduce((a, b) => a + b, 0) + Object.entries(note.expect).filter(([id]) => !known.has(id)).reduce((a, [, n]) => a + n, 0);
    let right = 0;
    let found = 0;
    let mentions = 0;
    const lines: string[] = [];
    for (const [id, n] of expect) {
      const hit = Math.min(n, got.get(id) ?? 0);
      found += hit;
      mentions += n;
      if (hit < n) lines.push(`missed ${id} ${n - hit}/${n}`);
    }
    for (const [id, n] of got) {
      const want = note.expect[id] ?? 0;
      right += Math.min(n, want);
      if (n > want) lines.push(`extra ${id} ${n - want}`);
    }
    results.push({ mentions, found, marks: marks.length, right, gaps: gapCount });
    kinds.push(note.kind);
    if (lines.length) report.push(`  ${name} (${note.kind}): ${lines.join('; ')}`);
  }
  printTable(tabulate(results, kinds), `eval: ${results.length} real pages in ${dir}`);
  if (!args.includes('--brief') && report.length) console.log(`\nper page:\n${report.join('\n')}`);
  return 0;
}

function main(args: string[]): number {
  const pages = args.indexOf('--pages');
  if (pages >= 0) return runPages(args[pages + 1] ?? '', args);
  return runCorpus(args);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) process.exitCode = main(process.argv.slice(2));

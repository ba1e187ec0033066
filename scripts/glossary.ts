// `npm run glossary -- export | scan FILE [--json] | check | search "QUERY"` (docs/architecture.md, "Contracts").
// scan and search run the very classes the content script and the popup run.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileGlossaryIndex } from '../lib/glossary/compile';
import { GlossarySearch } from '../lib/glossary/search';
import { Matcher } from '../lib/match/matcher';
import { ShortNames } from '../lib/match/short-names';
import { ownVietnameseText } from '../lib/glossary/check';
import { SeedRuns, RUN } from '../lib/glossary/own-words';
import { loadGlossary, ROOT } from './load-glossary';

const USAGE = `usage: npm run glossary -- <command>
  export              print the whole glossary as one JSON object { terms, events }
  scan FILE [--json]  every glossary mention in a UTF-8 text file: a table to read, or with --json one
                      JSON object a line { start, end, id, text } (UTF-16 offsets into the file)
  check [--seeds DIR] validate data/ and list every problem (non-zero exit if any); with the seed documents
                      (--seeds DIR, TRE_SEEDS_DIR or ../shared/seeds) also flag Tre's own text that
                      repeats ten or more words of them
  search "QUERY"      print lookup results, best first, one JSON object a line`;

function main(argv: string[]): number {
  const [command, ...args] = argv;
  switch (command) {
    case 'export': {
      const g = usable();
      if (!g) return 1;
      process.stdout.write(JSON.stringify({ terms: g.terms, events: g.events }) + '\n');
      return 0;
    }
    case 'check': {
      const g = loadGlossary();
      const seeds = seedsDir(args);
      // Tre's own text keeps the house spelling and, where the seeds are at hand, its own words (issue 16).
      g.problems.push(...g.spelling.map((p) => `house spelling, ${p}`), ...(seeds ? copiedRuns(g, seeds) : []));
      if (!seeds) console.log('glossary check: own-words check skipped, no seeds folder (--seeds DIR or TRE_SEEDS_DIR)');
      if (g.problems.length > 0) {
        console.error(g.problems.map((p) => `✗ ${p}`).join('\n'));
        console.error(`glossary check: ${g.problems.length} problem(s)`);
        return 1;
      }
      const byType = new Map<string, number>();
      for (const t of g.terms) byType.set(t.type, (byType.get(t.type) ?? 0) + 1);
      const aliases = g.terms.reduce((n, t) => n + t.aliases.length, 0);
      console.log(`glossary check: ok — ${g.terms.length} terms (${[...byType].map(([k, n]) => `${k} ${n}`).join(', ')}), ` +
        `${aliases} aliases, ${g.events.length} events`);
      return 0;
    }
    case 'scan': {
      const file = args.find((a) => !a.startsWith('--'));
      if (!file) return usage('scan needs a FILE');
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        console.error(`glossary scan: cannot read ${file}: ${(error as Error).message}`);
        return 1;
      }
      const g = usable();
      if (!g) return 1;
      const matcher = Matcher.fromIndex(compileGlossaryIndex(g));
      // One paragraph (up to a blank line) at a time, as the content script hands the matcher one block at a
      // time: the context rules read cues within a paragraph. The file is one page: a short name ("ông Trọng")
      // counts after the full name in an earlier paragraph too.
      const names = new ShortNames();
      const matches = paragraphsOf(text).flatMap(({ start, end }) =>
        matcher.findMatches(text.slice(start, end), names).map((m) => ({ start: m.start + start, end: m.end + start, id: m.id, text: text.slice(m.start + start, m.end + start) })));
      if (args.includes('--json')) {
        if (matches.length) process.stdout.write(matches.map((m) => JSON.stringify(m)).join('\n') + '\n');
      } else {
        process.stdout.write(scanTable(text, matches, new Map(g.terms.map((t) => [t.id, t.name.vi]))));
      }
      return 0;
    }
    case 'search': {
      const query = args.join(' ');
      if (!query.trim()) return usage('search needs a QUERY');
      const g = usable();
      if (!g) return 1;
      const lines = GlossarySearch.of(g.terms).search(query).map((r) => JSON.stringify(r));
      if (lines.length) process.stdout.write(lines.join('\n') + '\n');
      return 0;
    }
    default:
      return usage(command ? `unknown command "${command}"` : 'missing command');
  }
}

/** The seed documents' folder: given, or where CI and the team keep it; null when there is none. */
function seedsDir(args: string[]): string | null {
  const given = args.indexOf('--seeds');
  const dir = given >= 0 ? args[given + 1] : process.env.TRE_SEEDS_DIR ?? join(ROOT, '..', 'shared', 'seeds');
  if (given >= 0 && (!dir || !existsSync(dir))) {
    console.error(`glossary check: no seeds folder at ${dir ?? '(missing)'}`);
    process.exit(2);
  }
  return dir && existsSync(dir) ? dir : null;
}

/** Tre's own sentences must not be the seeds' (facts carry over, sentences do not): runs of RUN+ words. */
function copiedRuns(g: ReturnType<typeof loadGlossary>, dir: string): string[] {
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
  const runs = new SeedRuns(texts, g.terms.flatMap((t) => [t.name.vi, ...t.aliases]));
  const problems: string[] = [];
  for (const [where, text] of ownVietnameseText(g.terms, g.events, g.eras)) {
    for (const run of runs.sharedRuns(text)) problems.push(`${where}: repeats ${run.split(' ').length} words of a seed (≥ ${RUN}): "${run}"`);
  }
  return problems;
}

/** Paragraphs of a text file: the stretches between blank lines, as offsets into it. */
function paragraphsOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const gap of text.matchAll(/\n[ \t\r]*\n/g)) {
    out.push({ start, end: gap.index! });
    start = gap.index! + gap[0].length;
  }
  out.push({ start, end: text.length });
  return out;
}

/** The scan as a person reads it: where (line:column), what the page wrote, and which term that is. */
function scanTable(text: string, matches: { start: number; id: string; text: string }[], names: Map<string, string>): string {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const where = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return `${lo + 1}:${offset - lineStarts[lo]! + 1}`;
  };
  const rows = matches.map((m) => [where(m.start), m.text.replace(/\s+/g, ' '), m.id, names.get(m.id) ?? '']);
  const header = ['line:col', 'text on the page', 'term id', 'term'];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => [...r[c]!].length)));
  const line = (r: string[]) => r.map((cell, c) => cell + ' '.repeat(widths[c]! - [...cell].length)).join('  ').trimEnd();
  const terms = new Set(matches.map((m) => m.id)).size;
  return [line(header), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line), '',
    `${matches.length} mention(s) of ${terms} term(s). --json prints one JSON object a line instead.`, ''].join('\n');
}

function usable() {
  const g = loadGlossary();
  if (g.problems.length > 0) {
    console.error(`the glossary has ${g.problems.length} problem(s); run \`npm run glossary -- check\``);
    return null;
  }
  return g;
}

function usage(problem: string): number {
  console.error(`glossary: ${problem}\n${USAGE}`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));

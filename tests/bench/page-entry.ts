// Runs inside the benchmark page (bundled by scripts/bench.ts). Tre's part is the very code the content script
// runs — Matcher, PageScanner, HighlightSurface — started the same way, from a match tables file.
import { GlossarySearch, type SearchIndex } from '../../lib/glossary/search';
import { Matcher } from '../../lib/match/matcher';
import { unpackMatchTables } from '../../lib/match/packed-tables';
import { HighlightSurface } from '../../lib/page/highlight-surface';
import { PageScanner } from '../../lib/page/page-scanner';

declare const Mark: new (ctx: Element) => { mark(keywords: string[], options: Record<string, unknown>): void };

const scriptStart = performance.now();
/** Every slice of Tre's work on this page, the rescans after the page's own edits included (see pageEdits). */
const slices: number[] = [];
let scanning: PageScanner | null = null;

/** `tablesUrl`: the glossary's match tables; fetching them runs off the main thread, viewing them counts. */
async function tre(tablesUrl: string) {
  const file = await (await fetch(tablesUrl)).arrayBuffer();
  const t0 = performance.now();
  const matcher = new Matcher(unpackMatchTables(file));
  const setup = performance.now() - t0;
  const scanner = (scanning = new PageScanner(document, matcher, new HighlightSurface(document, () => []), {
    onSlice: (ms) => slices.push(ms),
  }));
  const w0 = performance.now();
  await scanner.start();
  const wall = performance.now() - w0;
  // The set-up runs in the same task as the first slice (start() does not yield before scanning).
  const first = setup + (slices[0] ?? 0);
  return {
    mainThreadMs: setup + slices.reduce((a, b) => a + b, 0),
    setupMs: setup,
    slices: slices.length,
    longestTaskMs: Math.max(first, ...slices.slice(1)),
    wallMs: wall,
    mentions: scanner.mentionCount,
    tableBytes: matcher.tableBytes,
  };
}

function floor() {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let sum = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as Text).data;
    for (let i = 0; i < data.length; i++) sum = (sum + data.charCodeAt(i)) | 0;
  }
  return { mainThreadMs: performance.now() - t0, checksum: sum };
}

/**
 * The page's own DOM work, timed with or without Tre's marks on the page: a script adding and removing an
 * element in paragraphs and editing texts, as pages do all the time. The browser updates every live Range on
 * each such change, so marks kept as live ranges would slow the page itself. The second of two rounds is
 * timed: the first pays the page's own first-touch costs (a fresh page's first edits cost up to 3× more), and
 * Tre's rescans of the blocks it touched run between the two, in tasks of their own: reported apart, as
 * `rescanMs` (0 where Tre is not running).
 */
async function pageEdits() {
  const paragraphs = document.querySelectorAll('p');
  const texts: Text[] = [];
  for (const p of paragraphs) if (p.firstChild?.nodeType === Node.TEXT_NODE) texts.push(p.firstChild as Text);
  const round = () => {
    const t0 = performance.now();
    for (let i = 0; i < 2000; i++) {
      const span = document.createElement('span');
      span.textContent = '·';
      paragraphs[(i * 7) % paragraphs.length]!.append(span);
      span.remove();
    }
    for (let i = 0; i < 2000; i++) {
      const text = texts[(i * 13) % texts.length]!;
      text.insertData(0, '·');
      text.deleteData(0, 1);
    }
    return performance.now() - t0;
  };
  const before = slices.length;
  round();
  await new Promise((resolve) => setTimeout(resolve, 500));
  await scanning?.idle(); // on a long page the rescans may still be running
  const rescanMs = slices.slice(before).reduce((a, b) => a + b, 0);
  return { mainThreadMs: round(), rescanMs };
}

function markJs(aliases: string[]) {
  return new Promise<{ mainThreadMs: number; mentions: number }>((resolve) => {
    const t0 = performance.now();
    let mentions = 0;
    new Mark(document.body).mark(aliases, {
      separateWordSearch: false,
      diacritics: false, // Tre tells diacritics apart too; mark.js's diacritic classes would only slow it down
      caseSensitive: false,
      accuracy: { value: 'exactly', limiters: [',', '.', ';', ':', '(', ')', '"', '“', '”', '!', '?', '–', '—', '-', '/'] },
      exclude: ['script', 'style', 'noscript', 'code', 'pre', 'textarea'],
      each: () => mentions++,
      done: () => resolve({ mainThreadMs: performance.now() - t0, mentions }),
    });
  });
}

// A first keystroke a moment after the popup opens (the popup's idle warm-up runs before it).
const BEFORE_TYPING_MS = 300;

/**
 * `indexJson`: the search index as the popup's bundle carries it (prepared at build time, as JSON). Each query
 * is typed letter by letter, `gapMs` apart after a pause, as a reader's keystrokes arrive, or with `gapMs` 0 back to
 * back in one task: no reader types that fast, and the engine's optimising compilers, which run beside the main
 * thread, then compete with the keystrokes for the machine's cores. One way per page: each starts cold.
 */
async function search(indexJson: string, typed: string[], gapMs: number) {
  const t0 = performance.now();
  const engine = new GlossarySearch(JSON.parse(indexJson) as SearchIndex);
  const buildMs = performance.now() - t0;
  // What the popup does when idle after opening, before the reader types (entrypoints/popup/main.tsx).
  const w0 = performance.now();
  engine.warmUp();
  const warmUpMs = performance.now() - w0;
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  if (gapMs > 0) await pause(BEFORE_TYPING_MS);
  const times: [string, number][] = [];
  for (const word of typed) {
    for (let i = 1; i <= word.length; i++) {
      const q = word.slice(0, i);
      const s = performance.now();
      engine.search(q);
      times.push([q, performance.now() - s]);
      if (gapMs > 0) await pause(gapMs);
    }
  }
  return { buildMs, warmUpMs, keystrokes: times.length, ...stats(times) };
}

/** Median, p95 and the slowest keystrokes (the tail, by query) of one way of typing. */
function stats(times: [string, number][]) {
  const sorted = times.map(([, ms]) => ms).sort((a, b) => a - b);
  const slowest = [...times].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([q, ms]) => [q, Math.round(ms * 100) / 100]);
  return {
    medianMs: sorted[sorted.length >> 1]!,
    p95Ms: sorted[Math.floor(sorted.length * 0.95)]!,
    maxMs: sorted[sorted.length - 1]!,
    // Which keystrokes the tail is made of.
    slowest: JSON.stringify(slowest),
  };
}

(window as unknown as { treBench: unknown }).treBench = { tre, floor, pageEdits, markJs, search, scriptStart };


// Runs inside the benchmark page (bundled by scripts/bench.ts). Tre's part is the very code the content script
// runs — Matcher, PageScanner, HighlightSurface — started the same way, from a compiled index in the bundle.
import matchIndex from 'virtual:tre/match-index';
import { GlossarySearch } from '../../lib/glossary/search';
import type { Term } from '../../lib/glossary/schema';
import { Matcher } from '../../lib/match/matcher';
import { HighlightSurface } from '../../lib/page/highlight-surface';
import { PageScanner } from '../../lib/page/page-scanner';

declare const Mark: new (ctx: Element) => { mark(keywords: string[], options: Record<string, unknown>): void };

const scriptStart = performance.now();

async function tre() {
  const t0 = performance.now();
  const matcher = new Matcher(matchIndex);
  const setup = performance.now() - t0;
  const slices: number[] = [];
  const scanner = new PageScanner(document, matcher, new HighlightSurface(document, () => []), {
    onSlice: (ms) => slices.push(ms),
  });
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

function search(terms: Term[], typed: string[]) {
  const t0 = performance.now();
  const engine = new GlossarySearch(terms);
  const buildMs = performance.now() - t0;
  const times: number[] = [];
  for (const word of typed) {
    for (let i = 1; i <= word.length; i++) {
      const s = performance.now();
      engine.search(word.slice(0, i));
      times.push(performance.now() - s);
    }
  }
  times.sort((a, b) => a - b);
  return { buildMs, medianMs: times[times.length >> 1]!, p95Ms: times[Math.floor(times.length * 0.95)]!, keystrokes: times.length };
}

(window as unknown as { treBench: unknown }).treBench = { tre, floor, markJs, search, scriptStart };

// Diagnostic: the cost of each phase of a scan, run one after the other on the whole page.
import { collectSegments, locate } from '../../lib/page/segments';
(window as unknown as { trePhases: unknown }).trePhases = () => {
  const t0 = performance.now();
  const matcher = new Matcher(matchIndex);
  const t1 = performance.now();
  const segments = collectSegments(document.body);
  const t2 = performance.now();
  const found = segments.map((s) => matcher.findMatches(s.text));
  const t3 = performance.now();
  const h = new Highlight();
  CSS.highlights.set('tre-term', h);
  let n = 0;
  segments.forEach((s, i) => {
    for (const m of found[i]!) {
      const r = document.createRange();
      const [a, ao] = locate(s, m.start, false);
      const [b, bo] = locate(s, m.end, true);
      r.setStart(a, ao);
      r.setEnd(b, bo);
      h.add(r);
      n++;
    }
  });
  const t4 = performance.now();
  return { build: t1 - t0, collect: t2 - t1, match: t3 - t2, ranges: t4 - t3, segments: segments.length, mentions: n };
};

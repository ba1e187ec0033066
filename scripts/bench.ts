// `npm run bench [-- --json] [-- --runs N]`: Tre side by side with mark.js and with the floor of just reading the
// text, in one headless Chromium run, on pages built from the glossary's own summaries and timeline (docs/performance.md, "Performance"). Prints medians.
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { compileMatchIndex, spellingsOf, transliterationVariants } from '../lib/glossary/compile';
import type { Term } from '../lib/glossary/schema';
import { prepareSearch } from '../lib/glossary/search';
import { articlePage, glossaryParagraphs } from '../tests/bench/pages';
import { ALL_HIGHLIGHT_NAMES } from '../lib/page/highlight-surface';
import { marksInPage } from '../tests/e2e/marks-in-page';
import { syntheticTerms } from '../tests/bench/synthetic';
import { requireChrome } from './find-chrome';
import { loadGlossary, ROOT } from './load-glossary';
import { packedMatchTables } from './vite-glossary';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
// --quick: the typical article only, without mark.js, each figure from fewer runs, in under a minute (for
// iterating on the code; docs/performance.md's tables come from a full run).
const quick = args.includes('--quick');
const runs = Number(args[args.indexOf('--runs') + 1]) || (quick ? 3 : 5);
// --profile: also print where Tre's time goes (sampled CPU profile of one extra run per page, self time by function).
const profile = args.includes('--profile');
const MARKJS_TIMEOUT_MS = 180_000;
// The popup search's keystrokes: a fast typist's pace, about ten a second.
const TYPING_GAP_MS = 100;
const log = (s: string) => process.stderr.write(s + '\n');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

async function main() {
  // --from FILE: print the Markdown table of a report saved with --json, without measuring again.
  const from = args.indexOf('--from');
  if (from >= 0) {
    process.stdout.write(markdown(JSON.parse(readFileSync(args[from + 1]!, 'utf8'))) + '\n');
    return;
  }
  // --no-build: measure the extension already in .output (e.g. an earlier commit's build, for a before/after).
  if (!args.includes('--no-build')) {
    log('building the extension…');
    execSync('npx wxt build', { cwd: ROOT, stdio: 'ignore' });
  }
  const contentJs = readFileSync(join(ROOT, '.output/chrome-mv3/content-scripts/content.js'));

  const glossary = loadGlossary();
  if (glossary.problems.length) throw new Error('glossary has problems; run npm run glossary -- check');
  const paragraphs = glossaryParagraphs(glossary);
  const dir = mkdtempSync(join(tmpdir(), 'tre-bench-'));

  // --pages 1MB,5MB: only these pages (with --quick: each the quick way, for a long page's figures in minutes).
  const only = args.includes('--pages') ? args[args.indexOf('--pages') + 1]!.split(',') : null;
  const allPages = { article: 30_000, '1MB': 1_000_000, '5MB': 5_000_000 };
  const pages = Object.fromEntries(Object.entries(allPages).filter(([name]) => (only ? only.includes(name) : !quick || name === 'article'))) as
    Record<'article' | '1MB' | '5MB', number>;
  // The article is always written: the search, popover and side-panel figures use it.
  for (const [name, chars] of Object.entries({ ...pages, article: allPages.article })) writeFileSync(join(dir, `${name}.html`), articlePage(paragraphs, chars, `Bench ${name}`));

  const glossaries: Record<string, Term[]> = quick ? { real: glossary.terms } : {
    real: glossary.terms,
    '3k': syntheticTerms(glossary.terms, 3_000, paragraphs.join(' ')),
    '30k': syntheticTerms(glossary.terms, 30_000, paragraphs.join(' ')),
  };
  const aliasCounts: Record<string, number> = {};
  for (const [name, terms] of Object.entries(glossaries)) {
    const index = compileMatchIndex(terms, glossary.blockers, glossary.context, glossary.nameParts);
    aliasCounts[name] = index.patterns.filter((p) => p.term >= 0).length;
    writeFileSync(join(dir, `tables-${name}.bin`), packedMatchTables(index));
  }
  await bundle(join(dir, 'tre.js'));
  writeFileSync(join(dir, 'mark.js'), readFileSync(join(ROOT, 'node_modules/mark.js/dist/mark.min.js')));
  const markAliases = glossary.terms
    .filter((t) => t.highlight !== false)
    .flatMap((t) => spellingsOf(t).flatMap(transliterationVariants));

  const server = createServer((req, res) => {
    const file = join(dir, (req.url ?? '/').replace(/\?.*$/, '').replace(/^\/+/, '').replace(/\.\./g, ''));
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : file.endsWith('.bin') ? 'application/octet-stream' : 'text/html; charset=utf-8' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: requireChrome(),
    headless: false,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });

  const results: Record<string, Record<string, unknown>> = {};
  try {
    for (const pageName of Object.keys(pages)) {
      log(`page ${pageName}…`);
      const row: Record<string, unknown> = { textChars: pages[pageName as keyof typeof pages] };
      row.floor = summarise(await repeat(runs, () => inPage(browser, `${base}/${pageName}.html`, [], () => (window as unknown as { treBench: Bench }).treBench.floor())));
      if (!quick) row.pageEdits = summarise(await repeat(runs, () => inPage(browser, `${base}/${pageName}.html`, [`${base}/tre.js`],
        () => (window as unknown as { treBench: Bench }).treBench.pageEdits())));
      for (const g of Object.keys(glossaries)) {
        if (pageName === '5MB' && g === '3k') continue;
        row[`tre-${g}`] = summarise(await repeat(runs, () => runTre(browser, `${base}/${pageName}.html`, `${base}/tables-${g}.bin`)));
      }
      if (profile) log(await profileTre(browser, `${base}/${pageName}.html`));
      if (profile) log(await profileExtension(`${base}/${pageName}.html`));
      {
        row.isolatedFloor = summarise(await repeat(runs, () => floorInIsolatedWorld(browser, `${base}/${pageName}.html`)));
        row.extension = summarise(await repeat(runs, () => inExtension(`${base}/${pageName}.html`)));
        // Matching in the background: the worker warm (it matched a page before), and started again by the page
        // after MV3 stopped it when idle.
        row.extensionWarm = summarise(await repeat(runs, () => inExtension(`${base}/${pageName}.html`, EXTENSION_DIR, { warmUp: true })));
        if (pageName !== '5MB') row.extensionStopped = summarise(await repeat(runs, () => inExtension(`${base}/${pageName}.html`, EXTENSION_DIR, { stopWorker: true, warmUp: true })));
        // A reader's steady state: the worker's matcher warms up over several pages (decision 012, "Fifth round").
        if (pageName !== '5MB') row.extensionSteady = summarise(await repeat(runs, () => inExtension(`${base}/${pageName}.html`, EXTENSION_DIR, { warmUp: true, warmUpPages: STEADY_PAGES })));
        // Reading on: the page scrolled through with Tre's marks on it, and without the extension.
        row.scrollWithTre = summarise(await repeat(runs, () => scrollCost(`${base}/${pageName}.html`, true)));
        row.scrollWithout = summarise(await repeat(runs, () => scrollCost(`${base}/${pageName}.html`, false)));
      }
      if (pageName === 'article' && !quick) row.emptyExtension = summarise(await repeat(runs, () => inExtension(`${base}/${pageName}.html`, emptyExtension(dir))));
      // mark.js takes seconds a run (and --quick must stay under a minute): left to full runs, where once on the
      // 1 MB page is enough for a ratio of three orders of magnitude.
      const markRuns = quick ? 0 : pageName === 'article' ? runs : pageName === '1MB' ? 1 : 0;
      row.markjs = markRuns
        ? summarise(await repeat(markRuns, () => inPage(browser, `${base}/${pageName}.html`, [`${base}/mark.js`, `${base}/tre.js`],
          (aliases) => (window as unknown as { treBench: Bench }).treBench.markJs(aliases as string[]), markAliases, MARKJS_TIMEOUT_MS)
          .catch(markJsFailure)))
        : null;
      results[pageName] = row;
    }
    log('search…');
    const typed = ['hiệp định giơ-ne-vơ', 'lien hop quoc', 'evfta', 'Geneva Accords', 'nguyen ai quoc'];
    const index = JSON.stringify(prepareSearch(glossary.terms));
    const typeIn = async (gapMs: number) => (await repeat(runs, () => inPage(browser, `${base}/article.html`, [`${base}/tre.js`],
      (input) => (window as unknown as { treBench: Bench }).treBench.search(...(input as [string, string[], number])), [index, typed, gapMs]))).sort(
      (a, b) => (a as { p95Ms: number }).p95Ms - (b as { p95Ms: number }).p95Ms)[runs >> 1] as Record<string, unknown>;
    // The run with the median p95 of each way of typing: at a fast typist's pace, and back to back (a burst).
    results.search = { ...(await typeIn(TYPING_GAP_MS)), typingGapMs: TYPING_GAP_MS };
    if (!quick) results.searchBurst = await typeIn(0);
  } finally {
    await browser.close();
  }
  try {
    log('popover…');
    results.popover = await popoverTimes(`${base}/article.html`, quick ? 1 : runs, runs * 2 - 1);
    log('side panel…');
    results.sidePanel = { ...(await sidePanelTimes(runs)), events: glossary.events.length };
  } finally {
    server.close();
  }

  const report = {
    date: new Date().toISOString(),
    machine: machine(),
    runs,
    quick,
    aliasCounts,
    contentScript: { rawBytes: contentJs.length, gzipBytes: gzipSync(contentJs).length },
    results,
  };
  if (asJson) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  else process.stdout.write(markdown(report) + '\n');
}

/** One way of typing the queries (tests/bench/page-entry.ts, search). */
type SearchRun = { buildMs: number; warmUpMs?: number; medianMs: number; p95Ms: number; maxMs?: number; keystrokes: number; slowest?: string };

type Bench = {
  tre(tablesUrl: string): Promise<Record<string, number>>;
  floor(): Record<string, number>;
  pageEdits(): Promise<Record<string, number>>;
  markJs(aliases: string[]): Promise<Record<string, number>>;
  search(indexJson: string, typed: string[], gapMs: number): Promise<Record<string, number>>;
  scriptStart: number;
};
// Functions passed to page.evaluate run in the page: they reach the bench object through `window`, not a closure.

async function bundle(outfile: string) {
  await build({
    entryPoints: [join(ROOT, 'tests/bench/page-entry.ts')],
    bundle: true,
    format: 'iife',
    // Names kept when profiling, so the profile reads in the code's own words.
    minify: !profile,
    keepNames: profile,
    target: 'chrome120',
    outfile,
    logLevel: 'silent',
  });
}

async function repeat<T>(n: number, fn: () => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(await fn());
  return out;
}

/** Loads a page fresh, adds scripts, runs `fn` in it with `arg`, and returns what it returns. */
async function inPage(browser: Browser, url: string, scripts: string[], fn: (arg: unknown) => unknown, arg?: unknown, timeout = 60_000) {
  const page = await browser.newPage();
  try {
    page.setDefaultTimeout(timeout);
    await page.goto(url, { waitUntil: 'load', timeout });
    for (const src of scripts) await page.addScriptTag({ url: src });
    if (!scripts.length) await page.addScriptTag({ content: `window.treBench = { floor: ${floorSource()} }` });
    return (await page.evaluate(fn as (a: unknown) => unknown, arg)) as Record<string, number>;
  } catch (error) {
    const timedOut = /Timeout/i.test(String(error));
    if (!timedOut) throw error; // a broken run must not pass for a slow one
    return { timedOut: 1 } as unknown as Record<string, number>;
  } finally {
    await page.close();
  }
}

// The floor needs no bundle: the same loop as tests/bench/page-entry.ts, inlined.
function floorSource() {
  return `() => { const t0 = performance.now(); const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let sum = 0; for (let n = w.nextNode(); n; n = w.nextNode()) { const d = n.data; for (let i = 0; i < d.length; i++) sum = (sum + d.charCodeAt(i)) | 0; }
    return { mainThreadMs: performance.now() - t0, checksum: sum }; }`;
}

/**
 * The floor where a content script runs: an isolated world, whose DOM calls cost about twice the page's own
 * (each world keeps its own wrapper for every node, looked up in a table rather than stored in the node).
 */
async function floorInIsolatedWorld(browser: Browser, url: string) {
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    const cdp = await page.context().newCDPSession(page);
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'tre-bench' });
    // Traced, for its CPU time: the loop is one task of the page's main thread, by far its longest meanwhile.
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel'] }, transferMode: 'ReportEvents' });
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression: `(${floorSource()})()`, contextId: executionContextId, returnByValue: true });
    await cdp.send('Tracing.end');
    await complete;
    if (exceptionDetails) throw new Error(`floor in an isolated world: ${exceptionDetails.text}`);
    const loop = events.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.dur).sort((a, b) => b.dur! - a.dur!)[0];
    return { ...(result.value as Record<string, number>), ...(loop?.tdur !== undefined ? { cpuMs: loop.tdur / 1000, taskMs: loop.dur! / 1000 } : {}) };
  } finally {
    await page.close();
  }
}

/**
 * Hover → popover, in the real extension: the content script marks the hover delay's end and measures to the
 * explanation rendered and laid out, and to the next frame (entrypoints/popover-ui/popover-controller.tsx). Timed
 * for the first open of each of `pages` fresh pages (cold: the popover's code loaded and run for the first time
 * in that page), then for `opens` more opens on the last page.
 */
async function popoverTimes(url: string, pages: number, opens: number) {
  const context = await launchWithExtension();
  try {
    type Open = { painted: number; rendered: number };
    const firsts: Open[] = [];
    let later: Open[] = [];
    for (let p = 0; p < pages; p++) {
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => ['tre-term', 'tre-term-light'].reduce((n, k) => n + (CSS.highlights.get(k)?.size ?? 0), 0) > 20, null, { timeout: 30_000 });
      // The centres of the marks in view (the same reader of marks as the e2e tests).
      const viewport = page.viewportSize()!.height;
      const points = (await page.evaluate(marksInPage, { names: ALL_HIGHLIGHT_NAMES })).marks
        .flatMap(({ box: b }) => (b && b.y > 0 && b.y + b.height < viewport ? [{ x: b.x + b.width / 2, y: b.y + b.height / 2 }] : []));
      const opened: Open[] = [];
      for (let i = 0; i < Math.min(p === pages - 1 ? opens + 1 : 1, points.length); i++) {
        await page.mouse.move(2, 2);
        await page.keyboard.press('Escape');
        await page.waitForTimeout(150);
        await page.mouse.move(points[i]!.x, points[i]!.y);
        await page.waitForFunction((k) => performance.getEntriesByName('tre:popover-painted').length > k, i, { timeout: 10_000 });
        const [painted, rendered] = await page.evaluate(() => ['tre:popover-painted', 'tre:popover-rendered'].map((name) =>
          performance.getEntriesByName(name).at(-1)!.duration));
        opened.push({ painted: painted!, rendered: rendered! });
      }
      firsts.push(opened[0]!);
      later = opened.slice(1);
      await page.close();
    }
    const med = (xs: Open[], k: keyof Open) => round(median(xs.map((x) => x[k])), 2);
    const max = (xs: Open[], k: keyof Open) => round(Math.max(...xs.map((x) => x[k])), 2);
    return {
      firstMs: med(firsts, 'painted'), firstMaxMs: max(firsts, 'painted'), pages: firsts.length,
      medianMs: med(later, 'painted'), maxMs: max(later, 'painted'), opens: later.length + 1,
      firstRenderMs: med(firsts, 'rendered'), firstRenderMaxMs: max(firsts, 'rendered'),
      renderMs: med(later, 'rendered'), renderMaxMs: max(later, 'rendered'),
    };
  } finally {
    await context.close();
  }
}

/** The timeline's search box gets these, one keystroke at a time, as a reader types them. */
const PANEL_QUERIES = ['hiep dinh', 'LHQ', 'Geneva', 'asean', 'doi moi'];

/**
 * The side panel page (opened as a tab: the same page, and a test cannot open Chrome's panel without a click):
 * from its start to drawn and answering input (its own `tre:panel-interactive` measure), median of `runs`
 * fresh openings; and each keystroke in the timeline's search, from the input event to the next frame after the
 * whole timeline is filtered and drawn again.
 */
async function sidePanelTimes(runs: number) {
  const context = await launchWithExtension();
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    const opens: number[] = [];
    const scripts: number[] = [];
    let keystrokes: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await context.newPage();
      await page.setViewportSize({ width: 400, height: 900 });
      await page.goto(`chrome-extension://${id}/sidepanel.html`);
      await page.waitForFunction(() => performance.getEntriesByName('tre:panel-interactive').length > 0, null, { timeout: 30_000 });
      const [whole, script] = await page.evaluate(() => ['tre:panel-interactive', 'tre:panel-script'].map((name) =>
        performance.getEntriesByName(name)[0]!.duration));
      opens.push(whole!);
      scripts.push(script!);
      if (i === runs - 1) {
        keystrokes = await page.evaluate(async (queries) => {
          const box = document.querySelector<HTMLInputElement>('#tre-filter-query')!;
          const times: number[] = [];
          for (const query of queries) {
            for (let k = 1; k <= query.length; k++) {
              const t0 = performance.now();
              box.value = query.slice(0, k);
              box.dispatchEvent(new Event('input', { bubbles: true }));
              await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
              times.push(performance.now() - t0);
            }
            box.value = '';
            box.dispatchEvent(new Event('input', { bubbles: true }));
            await new Promise((r) => setTimeout(r, 50));
          }
          return times;
        }, PANEL_QUERIES);
      }
      await page.close();
    }
    const sorted = [...keystrokes].sort((a, b) => a - b);
    return {
      openMs: round(median(opens), 1), openMaxMs: round(Math.max(...opens), 1), opens: opens.length,
      scriptMs: round(median(scripts), 1),
      keystrokeMedianMs: round(median(keystrokes), 1), keystrokeP95Ms: round(sorted[Math.floor(sorted.length * 0.95)]!, 1),
      keystrokeMaxMs: round(Math.max(...keystrokes), 1), keystrokes: keystrokes.length,
    };
  } finally {
    await context.close();
  }
}

/**
 * Tre's start-up is measured too: evaluating its bundle counts, and so does viewing the match tables once
 * fetched (the fetch itself runs off the main thread, as the content script's does).
 */
async function runTre(browser: Browser, url: string, tablesUrl: string) {
  const script = tablesUrl.replace(/[^/]*$/, 'tre.js');
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const before = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    // From the script's last byte arriving to its first statement running: parsing, compiling and evaluating
    // the bundle, without the local HTTP fetch a packaged script never makes.
    const loadMs = await page.evaluate((src) => new Promise<number>((resolve) => {
      const s = document.createElement('script');
      s.src = src;
      s.onload = () => {
        const fetched = performance.getEntriesByName(src)[0] as PerformanceResourceTiming;
        resolve((window as unknown as { treBench: Bench }).treBench.scriptStart - fetched.responseEnd);
      };
      document.head.append(s);
    }), script);
    const r = await page.evaluate((tables) => (window as unknown as { treBench: Bench }).treBench.tre(tables), tablesUrl);
    await cdp.send('HeapProfiler.collectGarbage');
    const after = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    // The page's own DOM work with Tre's marks on it, against row.pageEdits (the same page, no marks).
    const edits = quick ? null : await page.evaluate(() => (window as unknown as { treBench: Bench }).treBench.pageEdits());
    // Loading and evaluating the script is its own task, before the scan's first one.
    return { ...r, loadMs, ...(edits ? { pageEditsMs: edits.mainThreadMs!, rescanMs: edits.rescanMs! } : {}), mainThreadMs: r.mainThreadMs! + loadMs, longestTaskMs: Math.max(r.longestTaskMs!, loadMs), heapMB: (after - before) / 2 ** 20 };
  } finally {
    await page.close();
  }
}

const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
/** A fresh browser with the extension loaded (or, given null, with none: the same page without Tre). */
const launchWithExtension = (extension: string | null = EXTENSION_DIR) => chromium.launchPersistentContext('', {
  executablePath: requireChrome(),
  headless: false,
  args: ['--headless=new', '--no-sandbox', ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

/** `dur` is wall-clock time; `tdur` the thread's CPU time over the same span (less when the OS ran another thread). */
type TraceEvent = { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: { data?: { url?: string } } };
/** The trace events of the renderer's rendering steps (style, layout, pre-paint, paint). */
const RENDERING_EVENTS = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize']);
/** The summed wall-clock (`dur`) or CPU (`tdur`) time of trace events, in µs. */
function sum(events: TraceEvent[], key: 'dur' | 'tdur'): number {
  return events.reduce((total, e) => total + (e[key] ?? 0), 0);
}

/**
 * CPU time (ns) of every thread of each extension process (Chromium starts them with --extension-process; Tre's
 * service worker is the only thing in its one), read from Linux's /proc/PID/task/TID/schedstat, which counts
 * nanoseconds on the CPU, by thread: the browser's trace does not name the worker's thread, /proc does
 * ("ServiceWorker thread"). Elsewhere than Linux: null.
 */
function extensionThreadsCpuNs(): Map<string, { ns: number; worker: boolean }> | null {
  if (process.platform !== 'linux') return null;
  const out = new Map<string, { ns: number; worker: boolean }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let threads: string[];
    try {
      if (!readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('--extension-process')) continue;
      threads = readdirSync(`/proc/${entry}/task`);
    } catch {
      continue; // a process that ended meanwhile
    }
    for (const tid of threads) {
      try {
        const ns = Number(readFileSync(`/proc/${entry}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
        const worker = readFileSync(`/proc/${entry}/task/${tid}/comm`, 'utf8').startsWith('ServiceWorker');
        out.set(`${entry}/${tid}`, { ns, worker });
      } catch {
        // a thread that ended meanwhile: the process's other threads still count
      }
    }
  }
  return out;
}

/**
 * CPU (ms) the extension processes spent between two readings (a thread started meanwhile counts whole): all of
 * their threads, and the worker's own thread alone. The rest is mostly V8's compilers and garbage collector on
 * background threads (a woken worker's matcher is compiled again each time), which the page's figures leave
 * out for the page's own renderer: the worker's thread is the figure that compares with the page's main thread.
 */
function cpuSince(before: ReturnType<typeof extensionThreadsCpuNs>): { all: number; workerThread: number } | undefined {
  const after = extensionThreadsCpuNs();
  if (!before || !after) return undefined;
  let all = 0;
  let workerThread = 0;
  for (const [key, t] of after) {
    const ns = t.ns - (before.get(key)?.ns ?? 0);
    all += ns;
    if (t.worker) workerThread += ns;
  }
  return { all: all / 1e6, workerThread: workerThread / 1e6 };
}

async function inExtension(url: string, extension = EXTENSION_DIR, { stopWorker = false, warmUp = false, warmUpPages = 1 } = {}) {
  const context = await launchWithExtension(extension);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (extension === EXTENSION_DIR) {
      // The worker started with the browser (the extension was just installed) and loaded its tables; let it
      // settle. --stop-worker: then stop it, as MV3 stops an idle worker, so the page's Port starts it again.
      if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker');
      await page.waitForTimeout(1000);
      if (warmUp) for (let i = 0; i < warmUpPages; i++) await warmUpWorker(context, `${url}?${i}`);
      if (stopWorker) {
        await cdp.send('ServiceWorker.enable');
        const stopped = new Promise<void>((resolve) => cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
          if (versions.some((v: { runningStatus: string }) => v.runningStatus === 'stopped')) resolve();
        }));
        await cdp.send('ServiceWorker.stopAllWorkers');
        await Promise.race([stopped, page.waitForTimeout(3000)]);
        await page.waitForTimeout(200);
      }
    }
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    // `renderer`: to tell Chrome's own reading of the page's text (below) from Tre's tasks.
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'toplevel', 'blink.user_timing', 'renderer'] }, transferMode: 'ReportEvents' });
    const workerBefore = extensionThreadsCpuNs();
    await page.goto(url, { timeout: 60_000 });
    await page.waitForFunction(() => performance.getEntriesByName('tre:first-scan').length > 0, null, { polling: 200, timeout: 60_000 });
    type Scan = { scanMs: number; longestSliceMs: number; mentions: number; slices: number; workerMs?: number };
    const [scan, allMs, screen, screenMs] = await page.evaluate(() => {
      const all = performance.getEntriesByName('tre:first-scan')[0] as PerformanceMeasure;
      const first = performance.getEntriesByName('tre:first-screen')[0] as PerformanceMeasure | undefined;
      return [all.detail, all.duration, first?.detail ?? null, first?.duration ?? null];
    }) as [Scan, number, Scan | null, number | null];
    const workerCpuMs = cpuSince(workerBefore);
    // What the page's JavaScript heap holds once the scan is done and garbage collected: the page runs no script,
    // so this is the content script's memory (compare with the empty content script's row).
    await cdp.send('HeapProfiler.collectGarbage');
    const retainedMB = (await cdp.send('Runtime.getHeapUsage')).usedSize / 2 ** 20;
    // The frames that render the last marks (they follow the measure) belong to Tre's cost too.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await cdp.send('Tracing.end');
    await complete;
    const evaluations = events.filter((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.endsWith('/content-scripts/content.js'));
    if (evaluations.length !== 1) throw new Error(`expected one evaluation of the content script, found ${evaluations.length}`);
    const evaluateMs = evaluations[0]!.dur! / 1000;
    // What the page's main thread spent rendering after the script started: on the bench pages, which run no
    // script and are loaded, that is the marks' rendering. A change to a page's highlights makes the browser
    // pre-paint all of their ranges again at the next frame, so it grows with the marks and with how often they change.
    const { pid, tid, ts: startedTs } = evaluations[0]!;
    const onMainThread = events.filter((e) => e.pid === pid && e.tid === tid && e.ts >= startedTs && e.dur);
    const renderingEvents = onMainThread.filter((e) => RENDERING_EVENTS.has(e.name));
    const renderingMs = sum(renderingEvents, 'dur') / 1000;
    const renderingCpuMs = sum(renderingEvents, 'tdur') / 1000;
    const renderedFrames = onMainThread.filter((e) => e.name === 'PrePaint').length;
    // A check on the figure above, which counts only what the script times itself: every task of the page's main
    // thread from the script's start to the end of its first scan (the measure's end in the trace), its rendering
    // left out. It also counts what the slices do not: the settings' arrival (the page's ground and the marks'
    // look are decided there), the Port's messages being received, garbage collection between slices, and the
    // bench's own polling (a fraction of a millisecond every 200 ms).
    const scanEnd = events.find((e) => e.name === 'tre:first-scan' && e.ph === 'e' && e.pid === pid)?.ts ?? Infinity;
    const inWindow = onMainThread.filter((e) => e.ts < scanEnd);
    if (process.env.TRE_TRACE_NAMES) {
      const sums = new Map<string, number>();
      for (const e of inWindow) sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur! / 1000);
      log(JSON.stringify([...sums].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => [k, Math.round(v * 10) / 10])));
    }
    // Left out: the tasks in which Chrome captures the page's text for itself (translation, language detection),
    // once a page has loaded, with or without any extension: 160–180 ms of CPU on the 5 MB page, its longest task.
    const within = (e: TraceEvent, task: TraceEvent) => e.ts >= task.ts && e.ts < task.ts + task.dur!;
    const captures = inWindow.filter((e) => e.name === 'ChromeRenderFrameObserver::CapturePageText');
    const isCapture = (task: TraceEvent) => captures.some((c) => within(c, task));
    const allTasks = inWindow.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
    const tasks = allTasks.filter((task) => !isCapture(task));
    const captureTasks = allTasks.filter(isCapture);
    const pageTextCaptureCpuMs = sum(captureTasks, 'tdur') / 1000;
    const rendering = inWindow.filter((e) => RENDERING_EVENTS.has(e.name) && !captureTasks.some((t) => within(e, t)));
    const tasksMs = (sum(tasks, 'dur') - sum(rendering, 'dur')) / 1000;
    // The same tasks in the thread's CPU time. On this 2-core machine the page's main thread waits for a core
    // while the worker matches and the browser process works, and wall-clock time counts that wait as the
    // page's: the issue's budget is the page's main-thread CPU, which this is.
    const tasksCpuMs = (sum(tasks, 'tdur') - sum(rendering, 'tdur')) / 1000;
    // The longest of those tasks in CPU time, rendering included (a frame is a task too), and its length by the clock.
    const longestTask = tasks.reduce((a, e) => ((e.tdur ?? 0) > (a?.tdur ?? 0) ? e : a), undefined as TraceEvent | undefined);
    return {
      mainThreadMs: evaluateMs + scan.scanMs, evaluateMs, scanMs: scan.scanMs, longestTaskMs: Math.max(evaluateMs, scan.longestSliceMs), mentions: scan.mentions,
      renderingMs, renderingCpuMs, renderedFrames, retainedMB, tasksMs, tasksCpuMs, pageTextCaptureCpuMs, longestTraceTaskMs: (longestTask?.dur ?? 0) / 1000, longestTaskCpuMs: (longestTask?.tdur ?? 0) / 1000, evaluateCpuMs: (evaluations[0]!.tdur ?? 0) / 1000,
      // Matching in the background (docs/decisions/012): the worker's tasks from the trace (its matching alone, as
      // it reports it, beside), the total, and the latency from the script's start to the first screen and to all
      // marks shown.
      ...(scan.workerMs !== undefined ? {
        ...(workerCpuMs !== undefined ? {
          workerMs: workerCpuMs.all, workerThreadMs: workerCpuMs.workerThread, totalCpuMs: evaluateMs + scan.scanMs + workerCpuMs.all,
        } : {}),
        workerMatchMs: scan.workerMs, allMarksMs: allMs,
        ...(screenMs !== null ? { firstScreenMs: screenMs, firstScreenPageMs: screen!.scanMs } : {}),
      } : {}),
    };
  } finally {
    await context.close();
  }
}

/** Pages the worker matches before the steady-state measurement (its matching stops improving by about five). */
const STEADY_PAGES = 5;

/** Frames scrolled and pixels per frame: a brisk reader's scroll (18,000 px/s), down the page and back up. */
const SCROLL_FRAMES = 150;
const SCROLL_STEP_PX = 300;

/**
 * The page's main thread while it is scrolled, once Tre has marked it (or, for the baseline, without the
 * extension): every task of the main thread in a trace of SCROLL_FRAMES frames scrolled SCROLL_STEP_PX down,
 * then back up, and the longest. What Tre adds while a reader reads on: its marks painted, the marks of blocks
 * coming near drawn and of those going far taken out (near-blocks.ts), and the IntersectionObserver that tells.
 */
async function scrollCost(url: string, withTre: boolean) {
  const context = await launchWithExtension(withTre ? EXTENSION_DIR : null);
  try {
    const page = await context.newPage();
    await page.goto(url, { timeout: 60_000 });
    if (withTre) await page.waitForFunction(() => performance.getEntriesByName('tre:first-scan').length > 0, null, { polling: 200, timeout: 60_000 });
    await page.waitForTimeout(500);
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'toplevel'] }, transferMode: 'ReportEvents' });
    await page.evaluate(async ({ frames, step }) => {
      // No named helper here: the bench's bundler would wrap it in a function the page does not have.
      for (let i = 0; i <= frames; i++) {
        if (i < frames) scrollBy(0, i < frames / 2 ? step : -step);
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
    }, { frames: SCROLL_FRAMES, step: SCROLL_STEP_PX });
    await cdp.send('Tracing.end');
    await complete;
    // The page's main thread: the one that ran the animation frames of the scroll.
    const frames = events.filter((e) => e.name === 'FireAnimationFrame');
    if (!frames.length) throw new Error('scroll: no animation frame in the trace');
    const { pid, tid } = frames[frames.length - 1]!;
    const tasks = events.filter((e) => e.pid === pid && e.tid === tid && e.name === 'ThreadControllerImpl::RunTask' && e.dur).map((e) => e.dur! / 1000);
    return { scrollMs: tasks.reduce((a, b) => a + b, 0), longestScrollTaskMs: Math.max(...tasks) };
  } finally {
    await context.close();
  }
}

/**
 * Lets the worker match a page first, as it has when a reader goes from page to page: its matcher then runs
 * compiled code. (In another tab: the measured page's own script still starts cold.)
 */
async function warmUpWorker(context: BrowserContext, url: string): Promise<void> {
  const other = await context.newPage();
  await other.goto(`${url}${url.includes('?') ? '&' : '?'}warm-up`, { timeout: 60_000 });
  await other.waitForFunction(() => performance.getEntriesByName('tre:first-scan').length > 0, null, { polling: 200, timeout: 60_000 });
  await other.close();
}

/**
 * The floor of any content script's start-up, measured the same way: an extension whose content script only
 * reads storage, listens for messages and puts an empty first scan on the timeline.
 */
function emptyExtension(dir: string): string {
  const extension = join(dir, 'empty-extension');
  mkdirSync(extension, { recursive: true });
  writeFileSync(join(extension, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name: 'empty', version: '1', permissions: ['storage'],
    content_scripts: [{ matches: ['<all_urls>'], js: ['content-scripts/content.js'], run_at: 'document_idle' }],
  }));
  mkdirSync(join(extension, 'content-scripts'), { recursive: true });
  writeFileSync(join(extension, 'content-scripts/content.js'), `const startedAt = performance.now();
chrome.runtime.onMessage.addListener(() => undefined);
chrome.storage.local.get('settings').then(() => performance.measure('tre:first-scan',
  { start: startedAt, detail: { slices: 0, scanMs: 0, longestSliceMs: 0, mentions: 0 } }));
`);
  return extension;
}

/** One more run of Tre under the sampling profiler: the functions with the most self time, as text. */
async function profileTre(browser: Browser, url: string): Promise<string> {
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await page.addScriptTag({ url: url.replace(/[^/]*$/, 'tre.js') });
    await page.evaluate((tables) => (window as unknown as { treBench: Bench }).treBench.tre(tables), url.replace(/[^/]*$/, 'tables-real.bin'));
    const { profile: p } = await cdp.send('Profiler.stop');
    return selfTimes(p, `profile ${url.split('/').pop()}`, 18);
  } finally {
    await page.close();
  }
}

type CpuProfile = { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples?: number[]; timeDeltas?: number[] };

/** A sampled profile as text: the `top` functions with the most self time (garbage collection included, idle left out). */
function selfTimes(p: CpuProfile, heading: string, top: number): string {
  const dt = new Map<number, number>();
  p.samples!.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + p.timeDeltas![i]! / 1000));
  const self = new Map<string, number>();
  for (const n of p.nodes) {
    const f = n.callFrame;
    if (f.functionName === '(idle)' || f.functionName === '(program)') continue;
    const name = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + (dt.get(n.id) ?? 0));
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return `${heading}: ${round(total)} ms sampled\n` + [...self].sort((a, b) => b[1] - a[1]).slice(0, top)
    .map(([n, ms]) => `  ${round(ms).toString().padStart(7)} ms  ${n}`).join('\n');
}

/**
 * The built extension's content script under the sampling profiler, the worker warm (it matched a page before):
 * the page's functions with the most self time, garbage collection included. Build with TRE_UNMINIFIED=1 (and
 * run with --no-build) for readable names.
 */
async function profileExtension(url: string): Promise<string> {
  const context = await launchWithExtension();
  try {
    if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker');
    await warmUpWorker(context, url);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await page.goto(url, { timeout: 60_000 });
    await page.waitForFunction(() => performance.getEntriesByName('tre:first-scan').length > 0, null, { polling: 200, timeout: 60_000 });
    // The bench page runs no script: what is sampled is the content script's (and the garbage collector's).
    const { profile: p } = await cdp.send('Profiler.stop');
    return selfTimes(p, `profile of the extension on ${url.split('/').pop()} (worker warm)`, 25);
  } finally {
    await context.close();
  }
}

/**
 * mark.js is what Tre is compared with, so its own failure is a result: on the 1 MB page its regular expression
 * has thrown "Stack overflow" inside V8's RegExp.exec in one run of several. Anything else still fails the bench.
 */
function markJsFailure(error: unknown): Record<string, number> {
  const message = String(error);
  // mark.js on the 1 MB page can take the tab down with it (2026-12-05: "Target crashed" after minutes): that is
  // its result, recorded as such, not a reason to lose the whole run.
  if (/Target crashed/.test(message)) return { failed: 1, reason: 'the tab crashed while mark.js ran' } as unknown as Record<string, number>;
  if (!/\/mark\.js:/.test(message)) throw error;
  return { failed: 1, reason: message.split('\n')[0]!.replace(/^page\.evaluate: /, '').replace(/: \/.*\/[gimsuy]*: /, ': ') } as unknown as Record<string, number>;
}

function summarise(rs: Record<string, number>[]) {
  if (rs.some((r) => r.timedOut)) return { timedOut: true, runs: rs.length };
  const failed = rs.find((r) => r.failed) as { reason?: string } | undefined;
  if (failed) return { failed: true, reason: failed.reason, runs: rs.length };
  const keys = Object.keys(rs[0]!);
  return Object.fromEntries(keys.map((k) => [k, round(median(rs.map((r) => r[k]!)), 2)]));
}

function machine() {
  const cpus = execSync("grep -m1 'model name' /proc/cpuinfo || true").toString().split(':')[1]?.trim() ?? 'unknown CPU';
  const chrome = execSync(`${requireChrome()} --version`, { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  return `${cpus}, ${execSync('nproc').toString().trim()} cores, Node ${process.versions.node}, ${chrome}`;
}

function markdown(r: { date: string; machine: string; runs: number; quick?: boolean; aliasCounts: Record<string, number>; contentScript: { rawBytes: number; gzipBytes: number }; results: Record<string, Record<string, unknown>> }) {
  type M = { mainThreadMs?: number; longestTaskMs?: number; heapMB?: number; mentions?: number; timedOut?: boolean; failed?: boolean; reason?: string; setupMs?: number; loadMs?: number } | null;
  const ms = (m: M) => (!m ? 'not run' : m.timedOut ? `> ${MARKJS_TIMEOUT_MS / 1000} s` : m.failed ? `failed (${m.reason})` : `${round(m.mainThreadMs!, 1)}`);
  const lines = [
    `Tre benchmark — ${r.date.slice(0, 10)}, ${r.machine}; medians of ${r.runs} runs${r.quick ? '; --quick: the article only, without mark.js' : ' (mark.js on 1 MB: 1 run)'}.`,
    '',
    `Aliases: real ${r.aliasCounts.real}` +
    (r.aliasCounts['3k'] !== undefined ? `, synthetic ${r.aliasCounts['3k']} and ${r.aliasCounts['30k']}` : '') + '. ' +
      `Content script: ${round(r.contentScript.rawBytes / 1024)} KB raw, ${round(r.contentScript.gzipBytes / 1024)} KB gzip.`,
    '',
    '| page | floor ms | Tre ms (start-up incl.) | Tre ÷ floor | Tre longest task ms | Tre heap MB | mark.js ms | mark.js ÷ Tre | mentions Tre / mark.js |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  const pageNames = ['article', '1MB', '5MB'].filter((p) => r.results[p]);
  const cell = (v: number | undefined) => (v === undefined ? '—' : String(round(v)));
  for (const page of pageNames) {
    const row = r.results[page]!;
    const floor = row.floor as M;
    const tre = row['tre-real'] as M;
    const mark = row.markjs as M;
    const speedup = mark?.failed ? '—' : mark && !mark.timedOut ? `${round(mark.mainThreadMs! / tre!.mainThreadMs!, 0)}×` : mark?.timedOut ? `> ${round(MARKJS_TIMEOUT_MS / tre!.mainThreadMs!, 0)}×` : '—';
    lines.push(`| ${page} | ${ms(floor)} | ${ms(tre)} | ${round(tre!.mainThreadMs! / floor!.mainThreadMs!, 2)} | ${round(tre!.longestTaskMs!, 1)} | ` +
      `${round(tre!.heapMB!, 1)} | ${ms(mark)} | ${speedup} | ${tre!.mentions} / ${mark && !mark.timedOut && !mark.failed ? mark.mentions : '—'} |`);
  }
  if (pageNames.some((p) => r.results[p]!.extension)) {
    lines.push('', '| page | the built extension in Chromium: content script evaluation ms | + first scan ms | = Tre ms | longest task ms | mentions | floor in an isolated world ms | Tre ÷ that floor | check: all of the page\'s main-thread tasks from the script\'s start to its last mark, rendering and Chrome\'s own capture of the page\'s text left out, ms | ÷ that floor |', '|---|---|---|---|---|---|---|---|---|---|');
    for (const page of pageNames.filter((p) => r.results[p]!.extension)) {
      const x = r.results[page]!.extension as { evaluateMs: number; scanMs: number; mainThreadMs: number; longestTaskMs: number; mentions: number; tasksMs?: number };
      const f = r.results[page]!.isolatedFloor as M;
      const floorCells = f ? `${round(f.mainThreadMs!)} | ${round(x.mainThreadMs / f.mainThreadMs!, 2)}` : '— | —';
      const tasksCells = x.tasksMs === undefined ? '— | —' : `${round(x.tasksMs)} | ${f ? round(x.tasksMs / f.mainThreadMs!, 2) : '—'}`;
      lines.push(`| ${page} | ${round(x.evaluateMs)} | ${round(x.scanMs)} | ${round(x.mainThreadMs)} | ${round(x.longestTaskMs)} | ${x.mentions} | ${floorCells} | ${tasksCells} |`);
    }
    type C = { evaluateCpuMs?: number; tasksMs?: number; tasksCpuMs?: number; renderingMs?: number; renderingCpuMs?: number; longestTaskCpuMs?: number; longestTraceTaskMs?: number };
    const timed = pageNames.filter((p) => (r.results[p]!.extension as C).tasksCpuMs !== undefined);
    if (timed.length) {
      // Wall-clock time counts the page's main thread waiting for a core while the worker matches; the issue's
      // budget is its CPU time, from the trace's thread time (tdur).
      lines.push('', '| page | in CPU time (the trace\'s thread time), fresh browser: content script evaluation ms | all of the page\'s main-thread tasks from the script\'s start to its last mark, rendering and Chrome\'s own capture of the page\'s text left out, ms (wall-clock) | floor in an isolated world, CPU ms | ÷ that floor | worker warm: the same tasks, CPU ms | ÷ that floor | the marks\' rendering, CPU ms (wall-clock) | the longest of those tasks, rendering included, CPU ms (wall-clock) |', '|---|---|---|---|---|---|---|---|---|');
      for (const page of timed) {
        const x = r.results[page]!.extension as C;
        const w = r.results[page]!.extensionWarm as C | undefined;
        const f = r.results[page]!.isolatedFloor as { cpuMs?: number } | undefined;
        const ratio = (v: number | undefined) => (v === undefined || !f?.cpuMs ? '—' : String(round(v / f.cpuMs, 2)));
        lines.push(`| ${page} | ${cell(x.evaluateCpuMs)} | ${cell(x.tasksCpuMs)} (${cell(x.tasksMs)}) | ${cell(f?.cpuMs)} | ${ratio(x.tasksCpuMs)} | ${cell(w?.tasksCpuMs)} | ${ratio(w?.tasksCpuMs)} | ${cell(x.renderingCpuMs)} (${cell(x.renderingMs)}) | ${cell(x.longestTaskCpuMs)} (${cell(x.longestTraceTaskMs)}) |`);
      }
    }
    type R = { mainThreadMs: number; renderingMs?: number; renderedFrames?: number; retainedMB?: number };
    const rendered = pageNames.filter((p) => (r.results[p]!.extension as R).renderingMs !== undefined);
    if (rendered.length) {
      lines.push('', '| page | Tre\'s script ms (as above) | the page\'s rendering after the script started (style, layout, pre-paint, paint: the marks drawn) ms | frames | script + rendering ms | worker warm: rendering ms | frames | the page\'s JS heap after the scan, collected, MB |',
        '|---|---|---|---|---|---|---|---|');
      for (const page of rendered) {
        const x = r.results[page]!.extension as R;
        const w = r.results[page]!.extensionWarm as R | undefined;
        lines.push(`| ${page} | ${cell(x.mainThreadMs)} | ${cell(x.renderingMs)} | ${cell(x.renderedFrames)} | ${cell(x.mainThreadMs + x.renderingMs!)} | ${cell(w?.renderingMs)} | ${cell(w?.renderedFrames)} | ${x.retainedMB === undefined ? '—' : round(x.retainedMB, 2)} |`);
      }
      const empty = r.results.article?.emptyExtension as R | undefined;
      if (empty?.retainedMB !== undefined) lines.push(`| article, an empty content script | | | | | | | ${round(empty.retainedMB, 2)} |`);
    }
    type X = { mainThreadMs: number; longestTaskMs: number; workerMs?: number; workerThreadMs?: number; workerMatchMs?: number; totalCpuMs?: number; firstScreenMs?: number; allMarksMs?: number; tasksCpuMs?: number };
    const offPage = pageNames.filter((p) => (r.results[p]!.extension as X).workerMatchMs !== undefined);
    if (offPage.length) {
      lines.push('', '| page | matching in the background, first page of a fresh browser (worker just started): page main thread ms | ÷ isolated floor | worker process CPU ms (its matching) | total CPU ms | longest task ms | first screen marked ms | all marks ms | worker warm: page main thread ms | worker process CPU ms (its matching) | first screen marked ms | all marks ms | after an idle stop: worker process CPU ms | first screen marked ms | all marks ms |',
        '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
      for (const page of offPage) {
        const x = r.results[page]!.extension as X;
        const w = r.results[page]!.extensionWarm as X | undefined;
        const y = r.results[page]!.extensionStopped as X | undefined;
        const f = r.results[page]!.isolatedFloor as M;
        lines.push(`| ${page} | ${cell(x.mainThreadMs)} | ${f ? round(x.mainThreadMs / f.mainThreadMs!, 2) : '—'} | ${cell(x.workerMs)} (${cell(x.workerMatchMs)}) | ` +
          `${cell(x.totalCpuMs)} | ${cell(x.longestTaskMs)} | ${cell(x.firstScreenMs)} | ${cell(x.allMarksMs)} | ` +
          `${cell(w?.mainThreadMs)} | ${cell(w?.workerMs)} (${cell(w?.workerMatchMs)}) | ${cell(w?.firstScreenMs)} | ${cell(w?.allMarksMs)} | ` +
          `${cell(y?.workerMs)} | ${cell(y?.firstScreenMs)} | ${cell(y?.allMarksMs)} |`);
      }
    }
    const empty = r.results.article?.emptyExtension as { evaluateMs: number } | undefined;
    if (empty) lines.push(`| article, an empty content script (reads storage, listens for messages) | ${round(empty.evaluateMs)} | 0 | ${round(empty.evaluateMs)} | ${round(empty.evaluateMs)} | 0 | | |`);
    const steady = pageNames.filter((p) => r.results[p]!.extensionSteady);
    if (steady.length) {
      lines.push('', `| page | the worker has matched ${STEADY_PAGES} pages (a reader's steady state): the page's main-thread tasks, CPU ms | worker process CPU ms (its matching) | total CPU ms | first screen marked ms | all marks ms |`, '|---|---|---|---|---|---|');
      for (const page of steady) {
        const y = r.results[page]!.extensionSteady as X;
        lines.push(`| ${page} | ${cell(y.tasksCpuMs)} | ${cell(y.workerMs)} (${cell(y.workerMatchMs)}) | ${cell(y.tasksCpuMs !== undefined && y.workerMs !== undefined ? y.tasksCpuMs + y.workerMs : undefined)} | ${cell(y.firstScreenMs)} | ${cell(y.allMarksMs)} |`);
      }
    }
    // Thread against thread: the page's main thread and the worker's, both without V8's background compilers and
    // collector (which the page-only cost at filing did not count either), beside everything the worker's process did.
    const threads = offPage.filter((p) => (r.results[p]!.extension as X).workerThreadMs !== undefined);
    if (threads.length) {
      lines.push('', "| page | CPU ms: the page's main-thread tasks + the worker's thread = total (the worker's whole process), first page of a fresh browser | worker warm (one page) | the worker has matched " + STEADY_PAGES + ' pages | after an idle stop |', '|---|---|---|---|---|');
      const sum = (x: X | undefined) => (x?.tasksCpuMs === undefined || x.workerThreadMs === undefined ? '—'
        : `${cell(x.tasksCpuMs)} + ${cell(x.workerThreadMs)} = **${cell(x.tasksCpuMs + x.workerThreadMs)}** (${cell(x.workerMs)})`);
      for (const page of threads) {
        const res = r.results[page]!;
        lines.push(`| ${page} | ${sum(res.extension as X)} | ${sum(res.extensionWarm as X | undefined)} | ${sum(res.extensionSteady as X | undefined)} | ${sum(res.extensionStopped as X | undefined)} |`);
      }
    }
  }
  type S = { scrollMs: number; longestScrollTaskMs: number };
  const scrolled = pageNames.filter((p) => r.results[p]!.scrollWithTre && r.results[p]!.scrollWithout);
  if (scrolled.length) {
    lines.push('', `| page | scrolled ${SCROLL_FRAMES / 2} frames of ${SCROLL_STEP_PX} px down and back up: the page's main thread without the extension ms | longest task ms | with Tre's marks ms | longest task ms | ratio |`, '|---|---|---|---|---|---|');
    for (const page of scrolled) {
      const a = r.results[page]!.scrollWithout as S;
      const b = r.results[page]!.scrollWithTre as S;
      lines.push(`| ${page} | ${round(a.scrollMs)} | ${round(a.longestScrollTaskMs)} | ${round(b.scrollMs)} | ${round(b.longestScrollTaskMs)} | ${round(b.scrollMs / a.scrollMs, 2)} |`);
    }
  }
  const withEdits = pageNames.filter((p) => r.results[p]!.pageEdits && (r.results[p]!['tre-real'] as M & { pageEditsMs?: number })?.pageEditsMs !== undefined);
  if (withEdits.length) {
    lines.push('', "| page | the page's own DOM edits (2,000 elements added and removed, 2,000 text edits) without Tre ms | with Tre's marks on the page ms | ratio | Tre's rescans of the blocks a round of edits touched ms |", '|---|---|---|---|---|');
    for (const page of withEdits) {
      const without = (r.results[page]!.pageEdits as M)!.mainThreadMs!;
      const { pageEditsMs: withTre, rescanMs } = r.results[page]!['tre-real'] as { pageEditsMs: number; rescanMs?: number };
      lines.push(`| ${page} | ${round(without, 1)} | ${round(withTre, 1)} | ${round(withTre / without, 2)} | ${rescanMs === undefined ? '—' : round(rescanMs, 1)} |`);
    }
  }
  if (r.results.article?.['tre-30k']) lines.push('', '| page | Tre, real glossary ms | 3k aliases ms | 30k aliases ms | 30k ÷ real |', '|---|---|---|---|---|');
  for (const page of pageNames.filter((p) => r.results[p]!['tre-30k'])) {
    const row = r.results[page]!;
    const real = row['tre-real'] as M;
    const big = row['tre-30k'] as M;
    lines.push(`| ${page} | ${ms(real)} | ${ms((row['tre-3k'] as M) ?? null)} | ${ms(big)} | ${round(big!.mainThreadMs! / real!.mainThreadMs!, 2)} |`);
  }
  const pop = r.results.popover as {
    firstMs: number; firstMaxMs?: number; pages?: number; medianMs: number; maxMs: number; opens: number;
    firstRenderMs?: number; firstRenderMaxMs?: number; renderMs?: number; renderMaxMs?: number;
  } | undefined;
  if (pop) {
    const work = pop.firstRenderMs !== undefined
      ? ` From the delay's end to the explanation rendered and laid out (the work; a frame boundary falling inside it ` +
        `defers the paint by a frame): first open ${pop.firstRenderMs} ms (max ${pop.firstRenderMaxMs}), ` +
        `then median ${pop.renderMs} ms, max ${pop.renderMaxMs} ms.`
      : '';
    lines.push('', `Hover → popover painted (real extension, from the hover delay's end to the frame after the explanation ` +
      `is rendered): first open ${pop.firstMs} ms` +
      (pop.pages ? ` (median of ${pop.pages} fresh pages, max ${pop.firstMaxMs} ms)` : '') +
      `, then median ${pop.medianMs} ms, max ${pop.maxMs} ms over ${pop.opens - 1} opens; one frame at 60 Hz is 16.7 ms.${work}`);
  }
  const typing = (s: SearchRun) => `${round(s.medianMs, 3)} ms median, p95 ${round(s.p95Ms, 3)} ms` +
    (s.maxMs !== undefined ? `, max ${round(s.maxMs, 1)} ms` : '') +
    (s.slowest ? `; slowest: ${(JSON.parse(s.slowest) as [string, number][]).map(([q, ms]) => `"${q}" ${ms} ms`).join(', ')}` : '');
  const panel = r.results.sidePanel as { openMs: number; openMaxMs: number; opens: number; scriptMs?: number; keystrokeMedianMs: number; keystrokeP95Ms: number; keystrokeMaxMs: number; keystrokes: number; events: number } | undefined;
  if (panel) {
    lines.push('', `Side panel (sidepanel.html, 400 px wide, all ${panel.events} events): drawn and answering input ${panel.openMs} ms after ` +
      `its start (median of ${panel.opens} openings, max ${panel.openMaxMs} ms` +
      (panel.scriptMs !== undefined ? `; ${panel.scriptMs} ms of it from its own script's start: data files, storage, first draw` : '') +
      `); the timeline's search, ${panel.keystrokes} keystrokes, ` +
      `from the input to the next frame with the timeline filtered and drawn: median ${panel.keystrokeMedianMs} ms, ` +
      `p95 ${panel.keystrokeP95Ms} ms, max ${panel.keystrokeMaxMs} ms.`);
  }
  const s = r.results.search as SearchRun & { typingGapMs?: number };
  const burst = r.results.searchBurst as SearchRun | undefined;
  lines.push('', `Popup search over the whole glossary, ${s.keystrokes} keystrokes (prepared index loaded in ${round(s.buildMs, 1)} ms` +
    `${s.warmUpMs !== undefined ? `, warmed up when idle in ${round(s.warmUpMs, 1)} ms` : ''}): ` +
    (s.typingGapMs ? `typed ${s.typingGapMs} ms apart, ${typing(s)}` : typing(s)) +
    (burst ? `. Back to back, no reader's pace (the optimising compilers compete with the keystrokes for the cores): ${typing(burst)}.` : '.'));
  return lines.join('\n');
}


main().catch((error) => {
  console.error(error);
  process.exit(1);
});

// Search time per keystroke, as the popup types it: each query letter by letter, many rounds, in Node.
// `npx tsx scripts/bench-search.ts`. Not a test: timings are printed, never asserted (docs/performance.md).
import { GlossarySearch } from '../lib/glossary/search';
import { loadGlossary } from './load-glossary';

const QUERIES = ['hiep dinh gio ne vo', 'Hiệp định Pa-ri về Cam-pu-chia', 'lien hip quoc', 'Geneva Accords', 'evfta'];
const ROUNDS = 20;

const { terms } = loadGlossary();
const built = performance.now();
const search = GlossarySearch.of(terms);
const buildMs = performance.now() - built;
const times: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const q of QUERIES) {
    for (let i = 1; i <= q.length; i++) {
      const t = performance.now();
      search.search(q.slice(0, i));
      times.push(performance.now() - t);
    }
  }
}
times.sort((a, b) => a - b);
const at = (p: number) => times[Math.min(times.length - 1, Math.floor(times.length * p))]!.toFixed(2);
console.log(`${terms.length} terms; index built in ${buildMs.toFixed(1)} ms; ${times.length} keystrokes: ` +
  `median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`);

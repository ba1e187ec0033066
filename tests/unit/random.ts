/**
 * A small seeded generator (mulberry32) so randomised tests and benchmark inputs are the same on every run.
 * (A plain `seed * 1103515245 % 2 ** 31` loses precision in doubles and falls into short cycles.)
 */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

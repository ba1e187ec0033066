import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countsOf, precision, recall } from '../../scripts/corpus';
import { CORPUS_DIR, evaluateCorpus, loadCorpus, tabulate } from '../../scripts/eval';

// The floor under the page matcher's precision and recall on the real-text corpus (tests/corpus, `npm run eval`):
// a change that loses mentions or marks wrong things fails here, with the eval command to see which.
type Floors = { vi: { precision: number; recall: number }; en: { precision: number; recall: number }; unrelatedFalseMarks: number };
const floors = JSON.parse(readFileSync(join(CORPUS_DIR, 'floors.json'), 'utf8')) as Floors;

const { items, errors: parseErrors } = loadCorpus();
const { results, errors } = evaluateCorpus(items);
const table = tabulate(results.map(countsOf), results.map((r) => r.item.kind));
const see = 'see `npm run eval` for every miss and false mark';

describe('the real-text corpus', () => {
  it('parses, and names only terms the glossary has (or marks them as gaps)', () => {
    expect([...parseErrors, ...errors]).toEqual([]);
    expect(items.length).toBeGreaterThan(300);
  });

  for (const language of ['vi', 'en'] as const) {
    it(`keeps precision and recall on ${language} pages above their floors`, () => {
      const t = table.get(language)!;
      expect(precision(t), `precision, ${see}`).toBeGreaterThanOrEqual(floors[language].precision);
      expect(recall(t), `recall, ${see}`).toBeGreaterThanOrEqual(floors[language].recall);
    });
  }

  it('marks nothing on pages about other things but the real mentions they make', () => {
    const wrong = results.filter((r) => r.item.kind.startsWith('unrelated-')).flatMap((r) => r.wrong.map((m) => `${r.item.file}:${r.item.line} ${r.item.text.slice(m.start, m.end)} as ${m.id}`));
    expect(wrong.length, wrong.join('\n')).toBeLessThanOrEqual(floors.unrelatedFalseMarks);
  });
});

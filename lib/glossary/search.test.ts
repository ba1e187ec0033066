import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../scripts/load-glossary';
import { LOOKUP_QUERIES } from '../../tests/fixtures/lookup-queries';
import { TEST_TERMS } from '../../tests/unit/terms-fixture';
import { GlossarySearch, prepareSearch, withinOneEdit } from './search';
import { seededRandom } from '../review/random';

describe('GlossarySearch over the real glossary', () => {
  const search = GlossarySearch.of(loadGlossary().terms);

  it.each(LOOKUP_QUERIES)('"%s" finds %s first', (query, firstId) => {
    expect(search.search(query)[0]?.id).toBe(firstId);
  });

  it('answers alike from entries prepared at build time and carried as JSON (the popup)', () => {
    const prepared = new GlossarySearch(JSON.parse(JSON.stringify(prepareSearch(loadGlossary().terms))));
    for (const [query] of LOOKUP_QUERIES) {
      for (let i = 1; i <= query.length; i++) expect(prepared.search(query.slice(0, i))).toEqual(search.search(query.slice(0, i)));
    }
  });

  it('scores a term alike wherever it stands in the glossary', () => {
    const terms = loadGlossary().terms;
    const reversed = GlossarySearch.of([...terms].reverse());
    const byId = (results: { id: string; score: number }[]) => Object.fromEntries(results.map((r) => [r.id, r.score]));
    // The first and last terms' own words, typed whole, cut short, mistyped and from the middle.
    for (const q of ['ch', 'char', 'charter', 'chartre', 'hien chuong', 'ngoai giao', 'ngaoi giao', 'cay tr', 'lien hop quoc']) {
      expect(byId(reversed.search(q, 1000)), q).toEqual(byId(search.search(q, 1000)));
    }
  });

  it('returns results best first, each at most once', () => {
    const results = search.search('hiep dinh');
    expect(results.length).toBeGreaterThan(5);
    for (let i = 1; i < results.length; i++) expect(results[i - 1]!.score).toBeGreaterThanOrEqual(results[i]!.score);
    expect(new Set(results.map((r) => r.id)).size).toBe(results.length);
  });
});

describe('GlossarySearch ranking rules', () => {
  const search = GlossarySearch.of(TEST_TERMS);
  const ids = (q: string) => search.search(q).map((r) => r.id);
  const scoreOf = (q: string, id: string) => search.search(q).find((r) => r.id === id)?.score ?? 0;

  it('ranks an exact name or alias above a prefix, a prefix above a later word, that above a typo', () => {
    const exact = scoreOf('Liên hợp quốc', 'un');
    const folded = scoreOf('lien hop quoc', 'un');
    const prefix = scoreOf('lien hop', 'un');
    const laterWord = scoreOf('lien hop quoc', 'unsc');
    const typo = scoreOf('lien hip quoc', 'un');
    expect(exact).toBeGreaterThan(folded);
    expect(folded).toBeGreaterThan(prefix);
    expect(prefix).toBeGreaterThan(laterWord);
    expect(laterWord).toBeGreaterThan(typo);
    expect(typo).toBeGreaterThan(0);
  });

  it('puts the alias match first even when another term contains it', () => {
    expect(ids('lien hop quoc')).toEqual(['un', 'unsc']);
    expect(ids('hội đồng bảo an')[0]).toBe('unsc');
  });

  it('treats either tone placement and typed or missing diacritics alike', () => {
    expect(scoreOf('Thuỵ Sĩ', 'swiss')).toBe(scoreOf('Thụy Sĩ', 'swiss'));
    expect(ids('thuy si')[0]).toBe('swiss');
  });

  it('finds hyphenated transliterations typed spaced, joined or hyphenated', () => {
    for (const q of ['gio ne vo', 'gionevo', 'giơ-ne-vơ', 'hiep dinh gionevo']) expect(ids(q)[0], q).toBe('geneva');
  });

  it('finds acronyms in any case and folds đ', () => {
    expect(ids('who')[0]).toBe('who');
    expect(ids('hdba')[0]).toBe('unsc');
  });

  it('prefers the name whose diacritics agree with those typed', () => {
    // Both continue "hiệp định pa"; the shorter name says more of what was typed.
    expect(ids('hiệp định pa').slice(0, 2)).toEqual(['paris-1973', 'paris-1991']);
  });

  it('includes lookup-only terms', () => {
    expect(ids('phap')[0]).toBe('france');
    expect(ids('hoa ky')[0]).toBe('usa');
  });

  it('keeps short queries from matching by typo or inside words', () => {
    expect(ids('xyz')).toEqual([]);
    expect(ids('eu')).toEqual(['eu']); // no "eu" inside other names counts
    expect(search.search('   ')).toEqual([]);
  });

  it('cuts the list at the limit', () => {
    expect(search.search('h', 2)).toHaveLength(2);
  });
});

describe('withinOneEdit', () => {
  it.each([
    ['lienhipquoc', 'lienhopquoc', true],
    ['lienhopquc', 'lienhopquoc', true],
    ['lienohpquoc', 'lienhopquoc', true],
    ['lienhoppquoc', 'lienhopquoc', true],
    ['lienhipquc', 'lienhopquoc', false],
    ['evtfa', 'evfta', true],
  ])('%s ~ %s: %s', (a, b, ok) => {
    expect(withinOneEdit(a, b)).toBe(ok);
  });

  it('agrees with the plain definition on random strings', () => {
    // The definition, with slices: b starts with a after one substitution, insertion, deletion or swap.
    const reference = (a: string, b: string): boolean => {
      if (b.startsWith(a)) return true;
      let i = 0;
      while (i < a.length && i < b.length && a[i] === b[i]) i++;
      return b.slice(i + 1).startsWith(a.slice(i + 1)) || b.slice(i).startsWith(a.slice(i + 1)) ||
        b.slice(i + 1).startsWith(a.slice(i)) ||
        (a[i] === b[i + 1] && a[i + 1] === b[i] && b.slice(i + 2).startsWith(a.slice(i + 2)));
    };
    const random = seededRandom(3);
    const word = () => Array.from({ length: Math.floor(random() * 6) }, () => 'abc'[Math.floor(random() * 3)]).join('');
    for (let n = 0; n < 3000; n++) {
      const a = word();
      const b = word();
      expect(withinOneEdit(a, b), `${a} ~ ${b}`).toBe(reference(a, b));
    }
  });
});

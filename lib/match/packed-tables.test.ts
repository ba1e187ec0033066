import { describe, expect, it } from 'vitest';
import { compileMatchIndex } from '../glossary/compile';
import { TEST_BLOCKERS, TEST_TERMS } from '../../tests/unit/terms-fixture';
import { seededRandom } from '../../tests/unit/random';
import { Automaton, buildAutomatonTables } from './automaton';
import { buildMatchTables } from './match-tables';
import { Matcher } from './matcher';
import { packMatchTables, unpackMatchTables } from './packed-tables';

const text = 'Năm 1954, Hiệp định Giơ-ne-vơ được ký; Hội đồng Bảo an Liên hợp quốc (LHQ) họp. Hiệp định Pa-ri về Cam-pu-chia.';

/** Every (key, start, end) the automaton reports, sorted. */
function occurrences(automaton: Automaton, codes: number[]): string[] {
  const out: string[] = [];
  automaton.scan(codes, codes.length, (k, s, e) => out.push(`${k}:${s}-${e}`));
  return out.sort();
}

describe('packed match tables', () => {
  it('match exactly as the tables they were packed from', () => {
    const tables = buildMatchTables(compileMatchIndex(TEST_TERMS, TEST_BLOCKERS));
    const packed = packMatchTables(tables);
    expect(typeof packed.data).toBe('string');
    const direct = new Matcher(tables).findMatches(text);
    expect(direct.length).toBeGreaterThan(3);
    expect(new Matcher(unpackMatchTables(packed)).findMatches(text)).toEqual(direct);
  });

  it('survive a JSON round trip (the shape the bundle carries)', () => {
    const tables = buildMatchTables(compileMatchIndex(TEST_TERMS, TEST_BLOCKERS));
    const again = unpackMatchTables(JSON.parse(JSON.stringify(packMatchTables(tables))));
    expect(again.ids).toEqual(tables.ids);
    expect(again.canon).toEqual(tables.canon);
    expect([...again.term]).toEqual([...tables.term]);
    expect([...again.flags]).toEqual([...tables.flags]);
    expect(again.automaton).toEqual(tables.automaton);
  });

  it('keep state numbers above 65,535 (a glossary of tens of thousands of aliases)', () => {
    const random = seededRandom(11);
    const letters = 'abcdefghiklmnopqrstuvxy ';
    const word = (n: number) => Array.from({ length: n }, () => letters[Math.floor(random() * letters.length)]).join('');
    const keys = Array.from({ length: 7000 }, () => word(12)).sort();
    const tables = buildAutomatonTables(keys);
    expect(tables.fail.length).toBeGreaterThan(0xffff);
    const again = unpackMatchTables(packMatchTables({ ids: [], canon: keys, term: new Int32Array(keys.length), flags: new Uint8Array(keys.length), automaton: tables }));
    expect(again.automaton).toEqual(tables);
    // And they find what a plain search finds: every key planted in a random text, at its place.
    const planted = keys.slice(0, 50);
    const haystack = word(200) + planted.join('|') + word(200);
    const codes = [...haystack].map((c) => c.charCodeAt(0));
    const found = occurrences(new Automaton(again.automaton), codes);
    let at = 200;
    for (const key of planted) {
      expect(found).toContain(`${keys.indexOf(key)}:${at}-${at + key.length}`);
      at += key.length + 1;
    }
  });
});

describe('Automaton', () => {
  it('reports every occurrence of every key, overlapping ones included (against a plain search)', () => {
    const random = seededRandom(5);
    const alphabet = 'abc';
    const keys = [...new Set(Array.from({ length: 40 }, () => Array.from({ length: 1 + Math.floor(random() * 4) }, () => alphabet[Math.floor(random() * 3)]).join('')))];
    const automaton = new Automaton(buildAutomatonTables(keys));
    for (let round = 0; round < 20; round++) {
      const s = Array.from({ length: 60 }, () => (random() < 0.1 ? 'x' : alphabet[Math.floor(random() * 3)])).join('');
      const expected: string[] = [];
      keys.forEach((k, i) => {
        for (let at = s.indexOf(k); at >= 0; at = s.indexOf(k, at + 1)) expected.push(`${i}:${at}-${at + k.length}`);
      });
      expect(occurrences(automaton, [...s].map((c) => c.charCodeAt(0)))).toEqual(expected.sort());
    }
  });
});

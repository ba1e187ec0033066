import { describe, expect, it } from 'vitest';
import { compileMatchIndex } from '../glossary/compile';
import { TEST_BLOCKERS, TEST_TERMS } from '../../tests/unit/terms-fixture';
import { seededRandom } from '../review/random';
import { Automaton, buildAutomatonTables, scanTablesOf } from './automaton';
import { cuePhrasesOf } from './context-rules';
import { NO_CONTEXT } from './match-index';
import { buildMatchTables } from './match-tables';
import { Matcher } from './matcher';
import { packMatchTables, unpackMatchTables } from './packed-tables';
import { StringList } from './string-list';

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
    expect(packed).toBeInstanceOf(Uint8Array);
    const direct = new Matcher(tables).findMatches(text);
    expect(direct.length).toBeGreaterThan(3);
    expect(new Matcher(unpackMatchTables(packed)).findMatches(text)).toEqual(direct);
  });

  it('carry the context rules\' cue phrases as prepared at build time', () => {
    const context = { ...NO_CONTEXT, namedBefore: ['đường', 'Giải thưởng'], namedAfter: ['City'], titles: ['Tổng Bí thư', 'ông'],
      surnames: ['Nguyễn'], domesticBefore: ["Vietnam's"], ledBy: { 0: ['40 năm'] } };
    const tables = buildMatchTables({ ...compileMatchIndex(TEST_TERMS, TEST_BLOCKERS), context });
    const again = unpackMatchTables(packMatchTables(tables));
    expect(again.cues).toEqual(cuePhrasesOf(context));
    expect(again.cues.before[1]).toEqual({ words: ['giải', 'thưởng'], capital: true, loose: ['giai', 'thuong'] });
    expect(again.cues.ledBy[0]![0]!.words).toEqual(['40', 'năm']);
  });

  it('come back whole from a file read at any offset (ids and canonical forms in Vietnamese included)', () => {
    const tables = buildMatchTables(compileMatchIndex(TEST_TERMS, TEST_BLOCKERS));
    const packed = packMatchTables(tables);
    // A buffer the file does not start at a 4-byte boundary of, as a Node Buffer from readFileSync may be.
    const shifted = new Uint8Array(packed.length + 1);
    shifted.set(packed, 1);
    for (const source of [packed.slice().buffer, shifted.subarray(1)]) {
      const again = unpackMatchTables(source);
      expect(again.ids.toArray()).toEqual(tables.ids.toArray());
      expect(again.canon.toArray()).toEqual(tables.canon.toArray());
      expect(again.canon.toArray().some((c) => /[ạ-ỹđ]/.test(c))).toBe(true);
      expect([...again.term]).toEqual([...tables.term]);
      expect([...again.flags]).toEqual([...tables.flags]);
      expect(Object.fromEntries(Object.entries(again.automaton).map(([k, v]) => [k, [...v]])))
        .toEqual(Object.fromEntries(Object.entries(tables.automaton).map(([k, v]) => [k, [...v]])));
    }
  });

  it('refuse a file that is not theirs or is cut short, saying so', () => {
    const packed = packMatchTables(buildMatchTables(compileMatchIndex(TEST_TERMS, TEST_BLOCKERS)));
    expect(() => unpackMatchTables(new TextEncoder().encode('<!doctype html><title>404</title><p>Not found</p>'))).toThrow(/unknown format/);
    expect(() => unpackMatchTables(packed.subarray(0, packed.length >> 1))).toThrow(/truncated/);
    expect(() => unpackMatchTables(new Uint8Array(4))).toThrow(/too short/);
  });

  it('keep state numbers above 65,535 (a glossary of tens of thousands of aliases)', () => {
    const random = seededRandom(11);
    const letters = 'abcdefghiklmnopqrstuvxy ';
    const word = (n: number) => Array.from({ length: n }, () => letters[Math.floor(random() * letters.length)]).join('');
    const keys = Array.from({ length: 7000 }, () => word(12)).sort();
    const tables = scanTablesOf(buildAutomatonTables(keys));
    expect(tables.fail.length).toBeGreaterThan(0xffff);
    const again = unpackMatchTables(packMatchTables({
      ids: StringList.of([]), canon: StringList.of(keys), term: new Int32Array(keys.length), flags: new Uint16Array(keys.length),
      foreign: new Uint32Array(keys.length), automaton: tables, context: NO_CONTEXT, cues: cuePhrasesOf(NO_CONTEXT),
    }));
    expect([...again.automaton.fail]).toEqual([...tables.fail]);
    expect(again.canon.toArray()).toEqual(keys);
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
    const alphabet = 'abcdefg';
    const letter = () => alphabet[Math.floor(random() * (random() < 0.7 ? 3 : alphabet.length))];
    const keys = [...new Set(Array.from({ length: 80 }, () => Array.from({ length: 1 + Math.floor(random() * 4) }, letter).join('')))];
    // Rows for every state, for the root only (every state searched) and the default (the busy ones).
    const tables = buildAutomatonTables(keys);
    const withRows = scanTablesOf(tables);
    const busy = withRows.rowOf.filter((r) => r >= 0).length;
    expect(busy).toBeGreaterThan(1);
    expect(busy).toBeLessThan(withRows.rowOf.length);
    const automata = [1, Infinity, undefined].map((from) => new Automaton(scanTablesOf(tables, from)));
    for (let round = 0; round < 20; round++) {
      const s = Array.from({ length: 80 }, () => (random() < 0.1 ? 'x' : letter())).join('');
      const expected: string[] = [];
      keys.forEach((k, i) => {
        for (let at = s.indexOf(k); at >= 0; at = s.indexOf(k, at + 1)) expected.push(`${i}:${at}-${at + k.length}`);
      });
      for (const automaton of automata) expect(occurrences(automaton, [...s].map((c) => c.charCodeAt(0)))).toEqual(expected.sort());
    }
  });
});

describe('StringList', () => {
  it('gives back every string, empty ones included', () => {
    const strings = ['hiep-dinh-geneve', '', 'Hiệp định Giơ-ne-vơ', 'ASEAN', ''];
    const list = StringList.of(strings);
    expect(list.length).toBe(5);
    expect(strings.map((_, i) => list.at(i))).toEqual(strings);
    expect(StringList.of([]).toArray()).toEqual([]);
  });
});

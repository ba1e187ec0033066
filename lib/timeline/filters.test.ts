import { describe, expect, it } from 'vitest';
import { GlossarySearch } from '../glossary/search';
import { TEST_TERMS } from '../../tests/unit/terms-fixture';
import { TEST_ERAS, TEST_EVENTS } from '../../tests/unit/timeline-fixture';
import { countEvents, filterEvents, filterTimeline, isFilterEmpty, termTypes, type TimelineFilter, type TimelineFilterContext } from './filters';

const context: TimelineFilterContext = { termTypes: termTypes(TEST_TERMS), search: GlossarySearch.of(TEST_TERMS) };
const ids = (filter: TimelineFilter, more: Partial<TimelineFilterContext> = {}) =>
  filterEvents(TEST_EVENTS, filter, { ...context, ...more }).map((e) => e.id);
const all = TEST_EVENTS.map((e) => e.id);

describe('timeline filters', () => {
  it('passes every event through an empty filter', () => {
    expect(ids({})).toEqual(all);
    expect(isFilterEmpty({})).toBe(true);
    expect(isFilterEmpty({ query: '  ', onlySaved: false })).toBe(true);
    expect(isFilterEmpty({ lesson: 12 })).toBe(false);
  });

  it('narrows by era, by term type and by lesson', () => {
    expect(ids({ era: 'e2' })).toEqual(['paris', 'cuba']);
    expect(ids({ termType: 'place' })).toEqual(['so-bo', 'geneva', 'paris', 'cuba']);
    expect(ids({ termType: 'person' })).toEqual(['sac-lenh']);
    expect(ids({ lesson: 13 })).toEqual(['geneva', 'paris']);
    expect(ids({ lesson: 14 })).toEqual(['un', 'asean', 'paris-cpc']);
  });

  it('narrows to the page\'s terms and to saved terms, ignoring either where it is unknown', () => {
    expect(ids({ onlyPageTerms: true }, { pageTermIds: new Set(['usa', 'geneva']) })).toEqual(['geneva', 'paris']);
    expect(ids({ onlyPageTerms: true }, { pageTermIds: new Set() })).toEqual([]);
    expect(ids({ onlyPageTerms: true })).toEqual(all);
    expect(ids({ onlySaved: true }, { savedTermIds: new Set(['asean']) })).toEqual(['asean']);
    expect(ids({ onlySaved: true })).toEqual(all);
  });

  it('finds the query in titles at a word\'s start, without diacritics or case, in both languages', () => {
    expect(ids({ query: 'hiep dinh so' })).toEqual(['so-bo']);
    expect(ids({ query: 'Hiệp định Pa-ri' })).toEqual(['paris', 'paris-cpc']);
    expect(ids({ query: 'CU BA' })).toEqual(['cuba']);
    expect(ids({ query: 'accords signed' })).toEqual(['geneva', 'paris']);
    expect(ids({ query: 'iep' })).toEqual([]); // not a word's start
  });

  it('finds events by their terms\' names, aliases and acronyms through the popup\'s search', () => {
    expect(ids({ query: 'LHQ' })).toEqual(['un']);
    expect(ids({ query: 'lhq' })).toEqual(['un']);
    expect(ids({ query: 'gionevo' })).toEqual(['geneva']);
    expect(ids({ query: 'Thuỵ Sĩ' })).toEqual(['geneva']);
    expect(ids({ query: 'hoa ky' })).toEqual(['paris']);
    expect(ids({ query: 'Nguyen Ai Quoc' })).toEqual(['sac-lenh']);
  });

  it('ANDs every part together', () => {
    expect(ids({ query: 'hiep dinh', lesson: 13 })).toEqual(['geneva', 'paris']);
    expect(ids({ query: 'hiep dinh', lesson: 13, era: 'e1' })).toEqual(['geneva']);
    expect(ids({ query: 'hiep dinh', termType: 'place', onlyPageTerms: true }, { pageTermIds: new Set(['france']) })).toEqual(['so-bo']);
  });

  it('groups what passes by era, chronologically, dropping eras left empty', () => {
    const groups = filterTimeline(TEST_ERAS, TEST_EVENTS, { termType: 'place' }, context);
    expect(groups.map((g) => [g.era.id, g.events.map((e) => e.id)])).toEqual([
      ['e1', ['so-bo', 'geneva']],
      ['e2', ['cuba', 'paris']],
    ]);
    expect(countEvents(groups)).toBe(4);
  });
});

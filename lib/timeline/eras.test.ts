import { describe, expect, it } from 'vitest';
import type { Event } from '../glossary/schema';
import { TEST_ERAS, TEST_EVENTS, testEvent } from '../../tests/unit/timeline-fixture';
import { groupByEra, sortChronologically } from './eras';

const ids = (events: readonly Event[]) => events.map((e) => e.id);
const at = (id: string, date: string) => testEvent(id, date, 'e1', []);

describe('sortChronologically', () => {
  it('orders by year, then month, then day', () => {
    const events = [at('c', '1954-07-21'), at('a', '1946'), at('b', '1954-05'), at('d', '1954-07-22')];
    expect(ids(sortChronologically(events))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps an event known only to the year where the data puts it among that year\'s events', () => {
    const events = [at('may', '2020-05'), at('year', '2020'), at('march', '2020-03'), at('y2019', '2019')];
    // 2019 first; in 2020 the year-only event keeps its second place, the dated ones are ordered around it.
    expect(ids(sortChronologically(events))).toEqual(['y2019', 'march', 'year', 'may']);
  });

  it('does not move a year-only event before same-year dated events the data lists first', () => {
    const events = [at('dated', '1960-12-20'), at('year', '1960')];
    expect(ids(sortChronologically(events))).toEqual(['dated', 'year']);
  });

  it('applies the same rule to month-only events within a month, and keeps equal dates in data order', () => {
    const events = [at('d21', '1954-07-21'), at('month', '1954-07'), at('d02', '1954-07-02'), at('d02b', '1954-07-02')];
    expect(ids(sortChronologically(events))).toEqual(['d02', 'month', 'd02b', 'd21']);
  });

  it('does not change its input', () => {
    const events = [at('b', '1950'), at('a', '1946')];
    sortChronologically(events);
    expect(ids(events)).toEqual(['b', 'a']);
  });
});

describe('groupByEra', () => {
  it('groups events in the eras\' order, sorted within each era, with the era\'s summary', () => {
    const groups = groupByEra(TEST_ERAS, TEST_EVENTS);
    expect(groups.map((g) => g.era.id)).toEqual(['e1', 'e2', 'e3']);
    expect(groups.map((g) => ids(g.events))).toEqual([
      ['sac-lenh', 'so-bo', 'geneva'],
      ['cuba', 'paris'],
      ['paris-cpc', 'asean'],
    ]);
    expect(groups[0]!.summary).toEqual({ vi: 'Tóm tắt một.', en: 'Summary one.' });
    expect(groups[1]!.summary).toBeNull();
  });

  it('leaves out events of unknown eras, and drops empty eras when asked', () => {
    const events = TEST_EVENTS.filter((e) => e.era !== 'e2');
    expect(groupByEra(TEST_ERAS, events).map((g) => g.events.length)).toEqual([3, 0, 2]);
    expect(groupByEra(TEST_ERAS, events, { dropEmpty: true }).map((g) => g.era.id)).toEqual(['e1', 'e3']);
  });
});

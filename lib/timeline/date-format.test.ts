import { describe, expect, it } from 'vitest';
import { datePrecision, formatDateRange, formatEventDate } from './date-format';

describe('formatEventDate', () => {
  it.each([
    ['1954-07-21', 'vi', '21/7/1954'],
    ['1954-07', 'vi', '7/1954'],
    ['1954', 'vi', '1954'],
    ['1954-07-21', 'en', '21 July 1954'],
    ['1954-07', 'en', 'July 1954'],
    ['1954', 'en', '1954'],
    ['2007-01-01', 'vi', '1/1/2007'],
  ] as const)('%s in %s is %s', (iso, lang, want) => {
    expect(formatEventDate(iso, lang)).toBe(want);
  });

  it('tells the precision of a date', () => {
    expect(['1954', '1954-07', '1954-07-21'].map(datePrecision)).toEqual(['year', 'month', 'day']);
  });
});

describe('formatDateRange', () => {
  it.each([
    ['1946', '1954', 'vi', '1946 – 1954'],
    ['1945-03', '1954-07', 'vi', '3/1945 – 7/1954'],
    ['1945-03', '1954-07-21', 'en', 'March 1945 – 21 July 1954'],
    ['1954', '1954', 'en', '1954'],
    ['1946', undefined, 'vi', 'từ 1946'],
    ['1946', undefined, 'en', 'since 1946'],
    [undefined, '1954-07', 'vi', 'đến 7/1954'],
    [undefined, '1954', 'en', 'until 1954'],
    [undefined, undefined, 'en', ''],
  ] as const)('%s to %s in %s is "%s"', (start, end, lang, want) => {
    expect(formatDateRange(start, end, lang)).toBe(want);
  });
});

import { describe, expect, it } from 'vitest';
import { isTextbookLesson, lessonsOf, lessonsOfLocator } from './lessons';

describe('lessons', () => {
  it.each([
    ['Bài 12, mục 1', [12]],
    ['Bài 13', [13]],
    ['Bài 12 (tiêu đề)', [12]],
    ['Bài 14, mục 1 (viện trợ của hệ thống phát triển LHQ 1977 – 1986)', [14]],
    ['mục 2.1.2', []],
    ['bài “Vietnam War” (30/4/1975)', []],
    ['Bài 5, mục 1', []],
    ['Bài 120', []],
    ['Bài 13, mục 2; Bài 12, mục 1', [12, 13]],
    [undefined, []],
  ] as const)('reads %s as lessons %j', (locator, want) => {
    expect(lessonsOfLocator(locator)).toEqual(want);
  });

  it('collects an entry\'s lessons from all its sources', () => {
    const sources = [{ title: 'a', locator: 'Bài 14, mục 2' }, { title: 'b' }, { title: 'c', locator: 'Bài 12' }, { title: 'd', locator: 'Bài 14' }];
    expect(lessonsOf({ sources })).toEqual([12, 14]);
  });

  it('takes an event\'s own lesson over its locators, and ignores one that is not a lesson', () => {
    const sources = [{ title: 'a', locator: 'Bài 13, mục 2' }, { title: 'b', locator: 'Bài 14' }];
    expect(lessonsOf({ sources, lesson: 14 })).toEqual([14]);
    expect(lessonsOf({ sources, lesson: 9 })).toEqual([13, 14]);
  });

  it('knows which numbers are lessons', () => {
    expect([12, 13, 14, 15, '12', null].map(isTextbookLesson)).toEqual([true, true, true, false, false, false]);
  });
});

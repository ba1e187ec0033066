import { describe, expect, it } from 'vitest';
import { shortSourceTitle, sourceLabel, sourcesLessonFirst } from './sources';

describe('source labels', () => {
  it.each([
    ['Lịch sử 12, Chủ đề 5: Lịch sử đối ngoại của Việt Nam thời cận – hiện đại (Bài 12–14)', 'Lịch sử 12'],
    ['Cổng thông tin điện tử Chính phủ (chinhphu.vn)', 'Cổng thông tin điện tử Chính phủ'],
    ['World Trade Organization: Viet Nam – member information', 'World Trade Organization'],
    ['Encyclopaedia Britannica', 'Encyclopaedia Britannica'],
    ['Những thành tựu lịch sử trong công tác đối ngoại của Việt Nam (bài báo, 2023)', 'Những thành tựu lịch sử trong công tác…'],
  ])('shortens "%s" to "%s"', (title, want) => {
    expect(shortSourceTitle(title)).toBe(want);
  });

  it('cites the short title and the locator', () => {
    expect(sourceLabel({ title: 'Lịch sử 12, Chủ đề 5: Lịch sử đối ngoại', locator: 'Bài 12, mục 1' })).toBe('Lịch sử 12 · Bài 12, mục 1');
    expect(sourceLabel({ title: 'Encyclopaedia Britannica' })).toBe('Encyclopaedia Britannica');
  });
});

describe('sourcesLessonFirst', () => {
  it('puts the textbook lessons first and keeps the order otherwise', () => {
    const report = { title: 'Báo cáo công tác đối ngoại năm 2020', locator: 'mục II.2' };
    const wiki = { title: 'Wikipedia' };
    const lesson = { title: 'Lịch sử 12, Chủ đề 5: Lịch sử đối ngoại (Bài 12–14)', locator: 'Bài 13, mục 1' };
    expect(sourcesLessonFirst([report, wiki, lesson])).toEqual([lesson, report, wiki]);
    expect(sourceLabel(sourcesLessonFirst([report, lesson])[0]!)).toBe('Lịch sử 12 · Bài 13, mục 1');
  });
});

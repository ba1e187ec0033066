import { describe, expect, it } from 'vitest';
import { SeedRuns, wordsOf } from './own-words';

const seed = 'Ngày 6-3-1946, Chủ tịch Hồ Chí Minh đã kí với đại diện Chính phủ Pháp bản Hiệp định Sơ bộ tại Hà Nội.';

describe('own words', () => {
  it('reads words in canonical form, ignoring punctuation', () => {
    const words = wordsOf('Hoà bình, HÒA BÌNH!');
    expect(words).toHaveLength(4);
    expect(words[2]).toBe(words[0]);
  });

  it('finds a copied run of ten words whatever its case, tone placement and punctuation', () => {
    const runs = new SeedRuns([seed]);
    expect(runs.sharedRuns('Năm đó, chủ tịch Hồ Chí Minh đã kí với đại diện chính phủ Pháp — bản hiệp định.')).toEqual([
      'chủ tịch hồ chí minh đã kí với đại diện chính phủ pháp bản hiệp định',
    ]);
  });

  it('lets nine shared words pass: the terms of art and names a summary must keep', () => {
    const runs = new SeedRuns([seed]);
    expect(runs.sharedRuns('Ông đã kí với đại diện Chính phủ Pháp bản thoả thuận.')).toEqual([]);
  });

  it('counts a glossary name as one word: official names are written whole', () => {
    const name = 'Hội Liên hiệp các dân tộc bị áp bức ở Á Đông';
    const seedText = `Năm 1925, Nguyễn Ái Quốc cùng một số nhà yêu nước lập ${name} tại Quảng Châu.`;
    const summary = `Nguyễn Ái Quốc cùng một số nhà yêu nước lập ${name} tại Quảng Châu.`;
    expect(new SeedRuns([seedText]).sharedRuns(summary)).toHaveLength(1);
    expect(new SeedRuns([seedText], [name]).sharedRuns(`Năm 1925 ở Quảng Châu, ông lập ${name} cùng một số nhà yêu nước.`)).toEqual([]);
    expect(new SeedRuns([seedText], [name]).sharedRuns(summary)).toHaveLength(1); // still a copied sentence
  });

  it('reports two separate copied stretches separately', () => {
    const runs = new SeedRuns(['một hai ba bốn năm sáu bảy tám chín mười mười một', 'a b c d e f g h i j']);
    expect(runs.sharedRuns('x một hai ba bốn năm sáu bảy tám chín mười y a b c d e f g h i j z')).toHaveLength(2);
  });
});

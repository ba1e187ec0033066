import { describe, expect, it } from 'vitest';
import { dateInTitle, newestSourceDate } from './about';

describe('the glossary\'s newest source', () => {
  it('reads a full date, else the latest year, from a title', () => {
    expect(dateInTitle('Hoạt động đối ngoại cấp cao diễn ra sôi động (bài báo, 03/01/2026)')).toBe('2026-01-03');
    expect(dateInTitle('Báo cáo công tác đối ngoại năm 2020 và phương hướng năm 2021')).toBe('2021');
    expect(dateInTitle('Lịch sử 12, Chủ đề 5 (Bài 12–14)')).toBe(null);
  });

  it('takes the newest over every source, a full date beating an earlier year', () => {
    const entries = [
      { sources: [{ title: 'Bài báo, 2023' }, { title: 'Lịch sử 12' }] },
      { sources: [{ title: 'Tin (bài báo, 3/1/2026)' }] },
      { sources: [{ title: 'Báo cáo năm 2025' }] },
    ];
    expect(newestSourceDate(entries)).toBe('2026-01-03');
    expect(newestSourceDate([{ sources: [{ title: 'Lịch sử 12' }] }])).toBe(null);
  });
});

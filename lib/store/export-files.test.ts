import { describe, expect, it } from 'vitest';
import type { Term } from '../glossary/schema';
import { savedTermsAnki } from './anki';
import { savedTermsCsv, type SavedTermRow } from './csv';

const T0 = Date.UTC(2025, 0, 15, 3, 4, 5);
const geneva: Term = {
  id: 'hiep-dinh-gio-ne-vo-1954', type: 'treaty', name: { vi: 'Hiệp định Giơ-ne-vơ', en: 'Geneva Accords' }, aliases: [],
  summary: { vi: 'Hiệp định ký ngày 21/7/1954, "chấm dứt" chiến tranh, lập lại hòa bình ở Đông Dương.', en: 'Signed on 21 July 1954.' }, sources: [{ title: 't' }],
};
const rows: SavedTermRow[] = [
  {
    term: geneva,
    saved: {
      termId: geneva.id, savedAt: T0, updatedAt: T0, note: 'Dòng 1\nDòng 2\tcó tab',
      contexts: [{ url: 'https://vnexpress.net/a.html', title: '=HYPERLINK("http://evil")', sentence: 'Câu mới, có dấu phẩy.', seenAt: T0 }],
    },
  },
  { term: null, saved: { termId: 'term-removed-from-glossary', savedAt: T0, updatedAt: T0, note: '', contexts: [] } },
];

describe('CSV of saved terms', () => {
  const csv = savedTermsCsv(rows, 'vi');
  const lines = csv.split('\r\n');

  it('starts with a BOM and a Vietnamese header, CRLF line ends', () => {
    expect(csv.startsWith('\uFEFFMã thuật ngữ,Tên tiếng Việt,Tên tiếng Anh,Tóm tắt,Ghi chú,Ngày lưu,Câu gặp thuật ngữ,Địa chỉ trang,Tiêu đề trang\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(csv).toContain('hiep-dinh-gio-ne-vo-1954,Hiệp định Giơ-ne-vơ,Geneva Accords,"Hiệp định ký ngày 21/7/1954, ""chấm dứt"" chiến tranh, lập lại hòa bình ở Đông Dương.","Dòng 1\nDòng 2\tcó tab",2025-01-15T03:04:05.000Z,"Câu mới, có dấu phẩy.",https://vnexpress.net/a.html,"\'=HYPERLINK(""http://evil"")"\r\n');
  });

  it('keeps a term the glossary lost, with what is known', () => {
    expect(lines).toContain('term-removed-from-glossary,,,,,2025-01-15T03:04:05.000Z,,,');
  });
});

describe('Anki text file', () => {
  const anki = savedTermsAnki(rows, 'vi');
  const lines = anki.split('\n');

  it('has the file headers, with the term id as GUID in column 1', () => {
    expect(lines.slice(0, 7)).toEqual([
      '#separator:tab', '#html:false', '#columns:GUID\tFront\tBack\tNote\tContext\tSource\tTags', '#notetype:Basic', '#deck:Tre', '#guid column:1', '#tags column:7',
    ]);
  });

  it('writes one line of seven fields per known term, with no tab or line break inside a field', () => {
    const notes = lines.slice(7).filter((l) => l !== '');
    expect(notes).toHaveLength(1);
    const fields = notes[0]!.split('\t');
    expect(fields).toHaveLength(7);
    expect(fields[0]).toBe('hiep-dinh-gio-ne-vo-1954');
    expect(fields[1]).toBe('Hiệp định Giơ-ne-vơ (Geneva Accords)');
    expect(fields[2]).toBe('"Hiệp định ký ngày 21/7/1954, ""chấm dứt"" chiến tranh, lập lại hòa bình ở Đông Dương."');
    expect(fields[3]).toBe('Dòng 1 Dòng 2 có tab');
    expect(fields[6]).toBe('tre tre::treaty');
  });
});

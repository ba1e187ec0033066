import { describe, expect, it } from 'vitest';
import type { Term } from './schema';
import { shortSummary, splitSentences, withBrief } from './short-summary';

const geneva =
  'Hiệp định kí ngày 21/7/1954 tại Hội nghị quốc tế về Đông Dương ở Giơ-ne-vơ (Thuỵ Sĩ), khép lại cuộc kháng chiến chống Pháp. ' +
  'Đây là văn bản pháp lí quốc tế công nhận những quyền dân tộc cơ bản của nhân dân ba nước Đông Dương; sau đó, Việt Nam Dân chủ ' +
  'Cộng hoà đấu tranh đòi thi hành Hiệp định.';

describe('shortSummary', () => {
  it('keeps a short summary whole', () => {
    expect(shortSummary('Tổ chức hợp tác khu vực của các nước Đông Nam Á, ra đời ngày 8/8/1967.')).toBe(
      'Tổ chức hợp tác khu vực của các nước Đông Nam Á, ra đời ngày 8/8/1967.',
    );
  });

  it('takes the first sentence of a long summary (a date is no sentence end)', () => {
    expect(shortSummary(geneva)).toBe(
      'Hiệp định kí ngày 21/7/1954 tại Hội nghị quốc tế về Đông Dương ở Giơ-ne-vơ (Thuỵ Sĩ), khép lại cuộc kháng chiến chống Pháp.',
    );
  });

  it('takes a second sentence when the first says too little', () => {
    const text = 'Tổ chức quốc tế. Ra đời năm 1945 sau Chiến tranh thế giới thứ hai để giữ gìn hoà bình và an ninh quốc tế. Hiến chương ' + 'x'.repeat(200) + '.';
    expect(shortSummary(text)).toBe('Tổ chức quốc tế. Ra đời năm 1945 sau Chiến tranh thế giới thứ hai để giữ gìn hoà bình và an ninh quốc tế.');
  });

  it('cuts a sentence too long for a glance at a clause, with an ellipsis', () => {
    const clause = 'một vế câu khá dài nói về quan hệ đối ngoại của Việt Nam';
    const text = Array.from({ length: 8 }, () => clause).join(', ') + '.';
    const short = shortSummary(text);
    expect(short.length).toBeLessThanOrEqual(241);
    expect(short.endsWith(clause + '…')).toBe(true);
  });
});

describe('splitSentences', () => {
  it('does not split after an abbreviation or an initial', () => {
    expect(splitSentences('Ông sống ở TP. Hồ Chí Minh. Sau đó H. Kissinger đến. Hết')).toEqual([
      'Ông sống ở TP. Hồ Chí Minh.',
      'Sau đó H. Kissinger đến.',
      'Hết',
    ]);
  });
});

describe('withBrief (the build step)', () => {
  const term = (summary: Term['summary']): Term =>
    ({ id: 'x', type: 'treaty', name: { vi: 'X' }, aliases: [], summary, sources: [{ title: 't' }] });

  it('packages the hover summary of each language whose summary is too long to show whole', () => {
    const packaged = withBrief(term({ vi: geneva, en: 'Short enough.' }));
    expect(packaged.brief).toEqual({ vi: shortSummary(geneva) });
    expect(packaged.brief!.vi!.length).toBeLessThan(geneva.length);
  });

  it('leaves a term whose summaries are short as it was', () => {
    const t = term({ vi: 'Ngắn.', en: 'Short.' });
    expect(withBrief(t)).toBe(t);
  });
});

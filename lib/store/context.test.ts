import { describe, expect, it } from 'vitest';
import { cleanUrl, sentenceAround } from './context';

const around = (text: string, mention: string, max?: number) => {
  const start = text.indexOf(mention);
  if (start < 0) throw new Error(`no ${mention}`);
  return sentenceAround(text, start, start + mention.length, max);
};

describe('cleanUrl', () => {
  it('drops the query string and fragment', () => {
    expect(cleanUrl('https://vnexpress.net/bai-viet-123.html?utm_source=fb&fbclid=abc#comments')).toBe('https://vnexpress.net/bai-viet-123.html');
  });

  it('keeps the query when asked, but never tracking parameters', () => {
    expect(cleanUrl('https://baochinhphu.vn/news.aspx?id=42&utm_medium=social&gclid=x&fbclid=y#top', true)).toBe('https://baochinhphu.vn/news.aspx?id=42');
    expect(cleanUrl('https://app.example.vn/#/bai-viet/7?utm_source=z', true)).toBe('https://app.example.vn/#/bai-viet/7?utm_source=z');
    // Keys as a browser decodes them; the rest of the query kept to the letter; a query of trackers only goes.
    expect(cleanUrl('https://x.vn/a?utm%5Fsource=1&q=hi%E1%BB%87p+%C4%91%E1%BB%8Bnh&page=2', true)).toBe('https://x.vn/a?q=hi%E1%BB%87p+%C4%91%E1%BB%8Bnh&page=2');
    expect(cleanUrl('https://x.vn/a?fbclid=1&gclid=2', true)).toBe('https://x.vn/a');
    expect(cleanUrl('https://x.vn/a?%E0%A4%A=1&id=3', true)).toBe('https://x.vn/a?%E0%A4%A=1&id=3');
  });

  it('drops credentials and refuses other schemes or garbage', () => {
    expect(cleanUrl('https://user:secret@example.com/a')).toBe('https://example.com/a');
    expect(cleanUrl('file:///home/hs/Lịch sử 12.html')).toBe('file:///home/hs/L%E1%BB%8Bch%20s%E1%BB%AD%2012.html');
    for (const bad of ['javascript:alert(1)', 'data:text/html,hi', 'chrome-extension://abc/x.html', 'not a url', '']) expect(cleanUrl(bad)).toBeNull();
  });

  it('keeps a Vietnamese path readable as the URL standard encodes it', () => {
    expect(cleanUrl('https://vi.wikipedia.org/wiki/Hiệp_định_Genève?x=1')).toBe('https://vi.wikipedia.org/wiki/Hi%E1%BB%87p_%C4%91%E1%BB%8Bnh_Gen%C3%A8ve');
  });
});

describe('sentenceAround', () => {
  it('finds the Vietnamese sentence holding the mention', () => {
    const text = 'Năm 1954, chiến thắng Điện Biên Phủ vang dội. Hiệp định Giơ-ne-vơ được ký ngày 21/7/1954! Sau đó đất nước tạm chia cắt.';
    expect(around(text, 'Giơ-ne-vơ')).toBe('Hiệp định Giơ-ne-vơ được ký ngày 21/7/1954!');
    expect(around(text, 'chia cắt')).toBe('Sau đó đất nước tạm chia cắt.');
    expect(around(text, 'Năm 1954')).toBe('Năm 1954, chiến thắng Điện Biên Phủ vang dội.');
  });

  it('does not split at abbreviations, initials, decimals or a lower-case continuation', () => {
    expect(around('Hội nghị tại TP. Hồ Chí Minh có 1.000 đại biểu ASEAN tham dự. Câu khác.', 'ASEAN')).toBe('Hội nghị tại TP. Hồ Chí Minh có 1.000 đại biểu ASEAN tham dự.');
    expect(around('Tổng thống J. F. Kennedy nói về Việt Nam. Xong.', 'Việt Nam')).toBe('Tổng thống J. F. Kennedy nói về Việt Nam.');
    expect(around('Các nước ASEAN, EU, v.v. đều ủng hộ Liên hợp quốc. Hết.', 'Liên hợp quốc')).toBe('Các nước ASEAN, EU, v.v. đều ủng hộ Liên hợp quốc.');
    expect(around('GDP tăng 6.5 phần trăm? Không, WTO nói 5.8 phần trăm… Thật sao?', 'WTO')).toBe('Không, WTO nói 5.8 phần trăm…');
  });

  it('ends sentences at line breaks, and keeps closing quotes', () => {
    expect(around('Tiêu đề bài báo\nViệt Nam gia nhập WTO năm 2007\nĐoạn sau', 'WTO')).toBe('Việt Nam gia nhập WTO năm 2007');
    expect(around('Ông nói: “Ngoại giao cây tre.” Mọi người vỗ tay.', 'cây tre')).toBe('Ông nói: “Ngoại giao cây tre.”');
  });

  it('collapses white space and clamps odd offsets', () => {
    expect(around('Hiệp   định\t\tPa-ri  năm 1973.', 'Pa-ri')).toBe('Hiệp định Pa-ri năm 1973.');
    expect(sentenceAround('Một câu.', -5, 99)).toBe('Một câu.');
  });

  it('cuts a long sentence at word boundaries around the mention, with ellipses', () => {
    const words = Array.from({ length: 120 }, (_, i) => `từ${i}`);
    words.splice(60, 0, 'Liên hợp quốc');
    const text = words.join(' ') + '.';
    const s = around(text, 'Liên hợp quốc');
    expect(s.length).toBeLessThanOrEqual(300);
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s).toContain('từ59 Liên hợp quốc từ60');
    // Whole words only at both cuts.
    expect(s).toMatch(/^…từ\d+ /);
    expect(s).toMatch(/ từ\d+…$/);
    // Centred: about as many words each side.
    const [left, right] = s.split('Liên hợp quốc').map((p) => p.split(' ').length);
    expect(Math.abs(left! - right!)).toBeLessThanOrEqual(2);
  });

  it('keeps the mention whole near the start of a long sentence', () => {
    const text = 'ASEAN ' + 'rất '.repeat(200) + 'dài.';
    const s = around(text, 'ASEAN');
    expect(s.startsWith('ASEAN rất')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s.length).toBeLessThanOrEqual(300);
  });
});

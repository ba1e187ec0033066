import { describe, expect, it } from 'vitest';
import { houseSpellingProblems, textbookTone } from './house-spelling';

const house = {
  syllables: { ký: 'kí', kỳ: 'kì' },
  phrases: { Campuchia: 'Cam-pu-chia', 'Liên Hợp Quốc': 'Liên hợp quốc' },
};

describe('house spelling', () => {
  it('moves the tone of an open oa, oe, uy to the textbook position', () => {
    expect(textbookTone('hòa')).toBe('hoà');
    expect(textbookTone('Hòa')).toBe('Hoà');
    expect(textbookTone('hóa')).toBe('hoá');
    expect(textbookTone('khỏe')).toBe('khoẻ');
    expect(textbookTone('thủy')).toBe('thuỷ');
    expect(textbookTone('Ủy')).toBe('Uỷ');
  });

  it('leaves syllables that are right in both styles alone', () => {
    for (const s of ['hoà', 'hoàn', 'hoạch', 'quý', 'quỹ', 'thuyền', 'khuya', 'thuỷ', 'toán', 'Hoa', 'mùa', 'của']) {
      expect(textbookTone(s)).toBeNull();
    }
  });

  it('names each departure once, and only whole words', () => {
    expect(houseSpellingProblems('Ông ký hiệp định với Campuchia; ông ký lại. Thời kỳ hòa bình.', house)).toEqual([
      'Campuchia → Cam-pu-chia',
      'ký → kí',
      'kỳ → kì',
      'hòa → hoà',
    ]);
    expect(houseSpellingProblems('Hoa Kỳ và Cam-pu-chia, Campuchiaa', house)).toEqual([]);
  });

  it('tells case apart in phrases', () => {
    expect(houseSpellingProblems('Liên hợp quốc', house)).toEqual([]);
    expect(houseSpellingProblems('Liên Hợp Quốc', house)).toEqual(['Liên Hợp Quốc → Liên hợp quốc']);
  });
});

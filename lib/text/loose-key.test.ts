import { describe, expect, it } from 'vitest';
import { looseKey, originalRange } from './loose-key';
import { seededRandom } from '../review/random';

describe('looseKey', () => {
  it('folds case, marks and đ', () => {
    expect(looseKey('Hiệp định Giơ-ne-vơ').key).toBe('hiep dinh gio-ne-vo');
    expect(looseKey('ĐẢNG').key).toBe('dang');
  });

  it('drops invisible characters and collapses spaces and dashes', () => {
    expect(looseKey('Liên\u00a0\u00a0hợp\u00adquốc').key).toBe('lien hopquoc');
    expect(looseKey('Việt – Pháp').key).toBe('viet-phap');
    expect(looseKey('Việt  —  Pháp').key).toBe('viet-phap');
  });

  it('maps every key range back to the original text', () => {
    const text = 'Mở đầu: ' + 'Hiệp định Giơ-ne-vơ'.normalize('NFD') + ' và Liên\u00a0hợp\u00adquốc.';
    const lk = looseKey(text);
    const at = lk.key.indexOf('gio-ne-vo');
    const [s, e] = originalRange(lk, at, at + 'gio-ne-vo'.length);
    expect(text.slice(s, e)).toBe('Giơ-ne-vơ'.normalize('NFD'));
    const at2 = lk.key.indexOf('lien hopquoc');
    const [s2, e2] = originalRange(lk, at2, at2 + 'lien hopquoc'.length);
    expect(text.slice(s2, e2)).toBe('Liên\u00a0hợp\u00adquốc');
  });

  // Property: whatever mix of NFD marks, invisible characters and spaces a text has, each key character's
  // original range, folded again, gives back exactly that key character, and the ranges come in order.
  it('keeps an exact offset map on random noisy text', () => {
    const alphabet = ['a', 'ă', 'â', 'đ', 'ê', 'ơ', 'ư', 'H', 'Q', ' ', '\u00a0', '\u2009', '\u00ad', '\u200b',
      '\u0301', '\u0300', '\u0323', '\u031b', '-', '–', ' – ', 'x', '9', 'Ổ', 'ờ'.normalize('NFD')];
    const random = seededRandom(12345);
    for (let round = 0; round < 500; round++) {
      let text = '';
      const length = 1 + Math.floor(random() * 40);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      const lk = looseKey(text);
      let previousEnd = 0;
      for (let k = 0; k < lk.key.length; k++) {
        const [s, e] = originalRange(lk, k, k + 1);
        expect(s).toBeGreaterThanOrEqual(previousEnd);
        expect(e).toBeGreaterThan(s);
        expect(looseKey(text.slice(s, e)).key).toBe(lk.key[k]);
        previousEnd = e;
      }
      // Any key range maps to a slice whose own key is exactly that key range.
      if (lk.key.length > 2) {
        const a = Math.floor(random() * (lk.key.length - 1));
        const b = a + 1 + Math.floor(random() * (lk.key.length - a - 1));
        const [s, e] = originalRange(lk, a, b);
        expect(looseKey(text.slice(s, e)).key).toBe(lk.key.slice(a, b));
      }
    }
  });
});

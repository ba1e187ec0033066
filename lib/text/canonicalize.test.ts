import { describe, expect, it } from 'vitest';
import { canonicalize, isDiacriticFree, syllableCount } from './canonicalize';

describe('canonicalize', () => {
  it.each([
    ['hoà', 'hòa'],
    ['Hoà bình', 'hòa bình'],
    ['khoẻ', 'khỏe'],
    ['thuỷ', 'thủy'],
    ['Thuỵ Sĩ', 'Thụy Sĩ'],
    ['Uỷ ban', 'Ủy ban'],
    ['uỷ viên', 'ủy viên'],
    ['hoá', 'hóa'],
    ['Liên Hợp Quốc', 'Liên hợp quốc'],
    ['quý', 'qúy'],
  ])('puts the tone of %s and %s in one place', (a, b) => {
    expect(canonicalize(a)).toBe(canonicalize(b));
  });

  it('keeps tones on syllables where the two styles agree', () => {
    expect(canonicalize('hoàng')).toBe('hoàng');
    expect(canonicalize('thuyết')).toBe('thuyết');
    expect(canonicalize('người')).toBe('người');
    expect(canonicalize('mùa')).toBe('mùa');
    expect(canonicalize('giữ')).toBe('giữ');
  });

  it('tells different tones and vowels apart', () => {
    expect(canonicalize('hòa')).not.toBe(canonicalize('hóa'));
    expect(canonicalize('Pháp')).not.toBe(canonicalize('Phap'));
    expect(canonicalize('đa')).not.toBe(canonicalize('da'));
  });

  it('equates NFD and NFC', () => {
    expect(canonicalize('Hiệp định Giơ-ne-vơ'.normalize('NFD'))).toBe(canonicalize('Hiệp định Giơ-ne-vơ'));
  });

  it('drops soft hyphens and zero-width characters, and folds every kind of space', () => {
    expect(canonicalize('Liên\u00a0hợp\u00adquốc')).toBe(canonicalize('Liên hợpquốc'));
    expect(canonicalize('Liên\u2009\u2009hợp\u200bquốc')).toBe(canonicalize('Liên hợpquốc'));
    expect(canonicalize('Liên\u202fhợp quốc')).toBe('liên hợp quốc');
  });

  it('unifies dashes with or without spaces around them', () => {
    const want = canonicalize('Việt-Pháp');
    for (const s of ['Việt – Pháp', 'Việt — Pháp', 'Việt ‐ Pháp', 'Việt -Pháp', 'Việt\u00a0–\u00a0Pháp', 'Việt−Pháp']) {
      expect(canonicalize(s)).toBe(want);
    }
  });

  it('leaves foreign words with their accents', () => {
    expect(canonicalize('Genève')).toBe(canonicalize('GENÈVE'));
    expect(canonicalize('Genève')).not.toBe(canonicalize('Geneve'));
  });
});

describe('isDiacriticFree and syllableCount', () => {
  it('spots diacritics in NFC, NFD and đ', () => {
    expect(isDiacriticFree('Lien hop quoc')).toBe(true);
    expect(isDiacriticFree('Liên hop quoc')).toBe(false);
    expect(isDiacriticFree('Hiep dinh'.normalize('NFD'))).toBe(true);
    expect(isDiacriticFree('Đa')).toBe(false);
  });
  it('counts syllables across spaces and hyphens', () => {
    expect(syllableCount('Liên hợp quốc')).toBe(3);
    expect(syllableCount('Giơ-ne-vơ')).toBe(3);
    expect(syllableCount('Pháp')).toBe(1);
    expect(syllableCount('Pha\u0301p'.normalize('NFD'))).toBe(1);
  });
});

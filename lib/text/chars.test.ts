import { describe, expect, it } from 'vitest';
import { lowerCaseEquals } from './chars';

describe('lowerCaseEquals', () => {
  const text = 'Theo Hiệp định GIƠ-NE-VƠ năm 1954, ĐẢNG và Nhà nước';
  const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as const;

  it('agrees with toLowerCase on Vietnamese text in any case', () => {
    for (const [span, lower] of [['Hiệp định', 'hiệp định'], ['GIƠ-NE-VƠ', 'giơ-ne-vơ'], ['ĐẢNG', 'đảng'], ['1954', '1954']] as const) {
      const [start, end] = at(span);
      expect(lowerCaseEquals(text, start, end, lower)).toBe(true);
      expect(text.slice(start, end).toLowerCase()).toBe(lower);
    }
  });

  it('tells a different spelling or length', () => {
    const [start, end] = at('Hiệp định');
    expect(lowerCaseEquals(text, start, end, 'hiep dinh')).toBe(false);
    expect(lowerCaseEquals(text, start, end, 'hiệp định ')).toBe(false);
    expect(lowerCaseEquals(text, start, end - 1, 'hiệp định')).toBe(false);
  });

  it('does not decide where lower case depends on more than one code unit', () => {
    // İ lower-cases to two code units; Σ to ς or σ depending on what follows.
    expect(lowerCaseEquals('İstanbul', 0, 8, 'i̇stanbul')).toBeUndefined();
    expect(lowerCaseEquals('ΟΔΟΣ', 0, 4, 'οδος')).toBeUndefined();
    expect('ΟΔΟΣ'.toLowerCase()).toBe('οδος'.slice(0, 3) + 'ς');
  });
});

import { describe, expect, it } from 'vitest';
import { foldingKey, otherNames } from './other-names';

const geneva = {
  name: { vi: 'Hiệp định Giơ-ne-vơ', en: 'Geneva Accords' },
  aliases: [
    'Hiệp định Genève',
    'Hiệp định Giơnevơ',
    'Hiệp định Gionevo',
    'hiệp định giơ-ne-vơ',
    'Geneva Accords',
    'Geneva Agreements',
    'Accords de Genève',
  ],
};

describe('otherNames', () => {
  it('keeps names a reader learns from, in the data order', () => {
    expect(otherNames(geneva)).toEqual(['Hiệp định Genève', 'Geneva Agreements', 'Accords de Genève']);
  });

  it('leaves out the title in either language', () => {
    expect(otherNames(geneva)).not.toContain('Geneva Accords');
    expect(otherNames({ name: { vi: 'ASEAN' }, aliases: ['ASEAN', 'Asean', 'Hiệp hội các quốc gia Đông Nam Á'] }))
      .toEqual(['Hiệp hội các quốc gia Đông Nam Á']);
  });

  it('leaves out tone placement, joined, hyphenated, case and diacritic-free variants', () => {
    const names = otherNames({ name: { vi: 'Hoà bình' }, aliases: ['Hòa bình', 'hoa binh', 'Hoà-bình', 'HOÀBÌNH', 'Peace'] });
    expect(names).toEqual(['Peace']);
  });

  it('lists one of two aliases that are folding variants of each other', () => {
    expect(otherNames({ name: { vi: 'Liên hợp quốc' }, aliases: ['Liên Hiệp Quốc', 'Lien Hiep Quoc', 'LHQ'] }))
      .toEqual(['Liên Hiệp Quốc', 'LHQ']);
  });

  it('keeps an acronym and a fuller name, which fold to other letters', () => {
    expect(otherNames({ name: { vi: 'Liên minh châu Âu', en: 'European Union' }, aliases: ['EU', 'Liên minh châu Âu (EU)'] }))
      .toEqual(['EU', 'Liên minh châu Âu (EU)']);
  });
});

describe('foldingKey', () => {
  it('is one key for every folding of a name', () => {
    const key = foldingKey('Giơ-ne-vơ');
    for (const s of ['Giơnevơ', 'Gionevo', 'GIƠ NE VƠ', 'gio-ne-vo']) expect(foldingKey(s)).toBe(key);
    expect(foldingKey('Genève')).not.toBe(key);
  });
});

import { describe, expect, it } from 'vitest';
import { NameParts } from './name-parts';

const parts = new NameParts([
  ['Liên hợp quốc', 'Liên Hiệp Quốc'],
  ['Pa-ri', 'Paris', 'Ba Lê'],
  ['Liên Xô', 'Liên bang Xô viết'],
  ['Xô viết', 'Sô viết'],
]);

describe('name parts', () => {
  it('swaps a word inside a name for each of its equivalents', () => {
    expect(parts.variants('Đại hội đồng Liên hợp quốc')).toEqual(['đại hội đồng liên hiệp quốc']);
    expect(parts.variants('Hiệp định Pa-ri')).toEqual(['hiệp định paris', 'hiệp định ba lê']);
  });

  it('swaps whole words only, and the longest equivalent first', () => {
    expect(parts.variants('Parisian')).toEqual([]);
    expect(parts.variants('Liên bang Xô viết').sort()).toEqual(['liên bang sô viết', 'liên xô'].sort());
  });

  it('combines swaps of different groups and of repeated words', () => {
    expect(parts.variants('Hội nghị Pa-ri của Liên hợp quốc')).toHaveLength(5);
  });

  it('reads the spelling in canonical form (case and tone placement)', () => {
    expect(parts.variants('LIÊN HIỆP QUỐC')).toEqual(['liên hợp quốc']);
  });
});

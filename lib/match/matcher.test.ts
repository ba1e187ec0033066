import { describe, expect, it } from 'vitest';
import { compileMatchIndex } from '../glossary/compile';
import { canonicalize } from '../text/canonicalize';
import { TEST_BLOCKERS, TEST_TERMS } from '../../tests/unit/terms-fixture';
import { Matcher } from './matcher';
import { seededRandom } from '../review/random';

const matcher = Matcher.fromIndex(compileMatchIndex(TEST_TERMS, TEST_BLOCKERS));
const found = (text: string) => matcher.findMatches(text).map((m) => [m.id, text.slice(m.start, m.end)]);

describe('Matcher', () => {
  it('finds every spelling of a term', () => {
    for (const s of ['Hiệp định Giơ-ne-vơ', 'Hiệp định Giơ ne vơ', 'Hiệp định Giơnevơ', 'Hiệp định Genève',
      'HIỆP ĐỊNH GIƠ-NE-VƠ', 'Gionevo', 'Geneva Accords', 'Hiệp định Giơ – ne – vơ']) {
      expect(found(`Năm 1954, ${s} được ký.`), s).toEqual([['geneva', s]]);
    }
  });

  it('treats both tone placements, NFD, soft hyphens and NBSP as the same spelling', () => {
    // Soft hyphens and zero-width characters sit inside words (hyphenation points); spaces stay spaces.
    const text = 'Uỷ ban Giám sát quốc tế, Liên\u00a0hợp quố\u00adc và ' + 'Thuỵ Sĩ'.normalize('NFD');
    expect(found(text)).toEqual([
      ['committee', 'Uỷ ban Giám sát quốc tế'],
      ['un', 'Liên\u00a0hợp quố\u00adc'],
      ['swiss', 'Thuỵ Sĩ'.normalize('NFD')],
    ]);
  });

  it('matches acronyms only in capitals', () => {
    expect(found('LHQ, UN, EU và WHO')).toEqual([['un', 'LHQ'], ['un', 'UN'], ['eu', 'EU'], ['who', 'WHO']]);
    expect(found('lhq, un, eu, who, Who knows')).toEqual([]);
  });

  it('needs word boundaries, Vietnamese letters and combining marks included', () => {
    expect(found('EUR, UNESCO, ASEANs, HĐBAx')).toEqual([]);
    expect(found('(EU)-ASEAN')).toEqual([['eu', 'EU'], ['asean', 'ASEAN']]);
    expect(found('ASEAN' + '\u0301')).toEqual([]);
  });

  it('prefers the longest match at the leftmost position', () => {
    expect(found('Hiệp định Pa-ri về Cam-pu-chia (1991) khác Hiệp định Pa-ri (1973).')).toEqual([
      ['paris-1991', 'Hiệp định Pa-ri về Cam-pu-chia'],
      ['paris-1973', 'Hiệp định Pa-ri'],
    ]);
    expect(found('Hội đồng Bảo an Liên hợp quốc')).toEqual([['unsc', 'Hội đồng Bảo an Liên hợp quốc']]);
  });

  it('never marks lookup-only terms, and lets blockers hide shorter names', () => {
    expect(found('Pháp và Mỹ, Hoa Kỳ')).toEqual([]);
    expect(found('Lào Cai giáp Lào')).toEqual([['laos', 'Lào']]);
  });

  it('matches diacritic-free page text only for names of two or more syllables', () => {
    expect(found('Lien hop quoc and Hiep dinh Gio-ne-vo')).toEqual([['un', 'Lien hop quoc'], ['geneva', 'Hiep dinh Gio-ne-vo']]);
    expect(found('Lao is not Lào')).toEqual([['laos', 'Lào']]);
    // Partly accented spans are misspellings, not diacritic-free text.
    expect(found('Liên hop quoc')).toEqual([]);
  });

  it('keeps Vietnamese words apart from names that fold the same', () => {
    expect(found('Hồ Chí Minh, Hô Chi Minh')).toEqual([['hcm', 'Hồ Chí Minh']]);
    expect(found('đổi mới và Đổi mới, đối mới')).toEqual([['doi-moi', 'đổi mới'], ['doi-moi', 'Đổi mới']]);
  });

  it('unifies dashes with spaces around them', () => {
    for (const s of ['Tạm ước Việt – Pháp', 'Tạm ước Việt-Pháp', 'Tạm ước Việt — Pháp', 'Tạm ước Việt -  Pháp']) {
      expect(found(s), s).toEqual([['viet-phap', s]]);
    }
  });

  // Property: noise (NFD, zero-width characters, soft hyphens, odd spaces) around and inside known mentions
  // never shifts the offsets: each reported slice is exactly the noisy surface of a real alias.
  it('reports offsets whose slice is exactly the matched surface, on random noisy text', () => {
    const surfaces = ['Hiệp định Giơ-ne-vơ', 'Liên hợp quốc', 'Hồ Chí Minh', 'Uỷ ban Giám sát quốc tế', 'ASEAN'];
    const noise = ['\u200b', '\u00ad', '\u2060', '\ufeff'];
    const spaces = [' ', '\u00a0', '\u2009', '\u202f', '  '];
    const random = seededRandom(42);
    const pick = <T,>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
    for (let round = 0; round < 300; round++) {
      const planted: string[] = [];
      let text = '';
      for (let i = 0; i < 4; i++) {
        let surface = pick(surfaces);
        if (random() < 0.5) surface = surface.normalize('NFD');
        surface = [...surface].map((ch) => (ch === ' ' ? pick(spaces) : ch)).join('');
        if (random() < 0.5 && surface !== 'ASEAN') {
          const at = 1 + Math.floor(random() * (surface.length - 2));
          if (!/[\u0300-\u036f]/.test(surface[at]!)) surface = surface.slice(0, at) + pick(noise) + surface.slice(at);
        }
        planted.push(surface);
        text += pick(['. ', ', ', ' (', '; ']) + pick(noise.concat([''])) + surface;
      }
      const matches = matcher.findMatches(text);
      expect(matches.map((m) => text.slice(m.start, m.end))).toEqual(planted);
      for (const m of matches) expect(canonicalize(text.slice(m.start, m.end))).not.toBe('');
    }
  });
});

describe('case-sensitive names', () => {
  const terms = [
    { id: 'doi-moi', type: 'event' as const, name: { vi: 'Công cuộc Đổi mới' }, aliases: ['Đổi mới'], caseSensitive: ['Đổi mới'],
      summary: { vi: 's' }, sources: [{ title: 't' }] },
  ];
  const m = Matcher.fromIndex(compileMatchIndex(terms, []));
  const ids = (text: string) => m.findMatches(text).map((x) => text.slice(x.start, x.end));

  it('match a capitalised ordinary word only inside a sentence', () => {
    expect(ids('Sau 40 năm Đổi mới, đất nước phát triển.')).toEqual(['Đổi mới']);
    expect(ids('thời kỳ “Đổi mới” bắt đầu')).toEqual(['Đổi mới']);
    expect(ids('Đổi mới giáo dục là cần thiết. Đổi mới sáng tạo!')).toEqual([]);
    expect(ids('cần đổi mới tư duy; ĐỔI MỚI')).toEqual([]);
    expect(ids('công cuộc đổi mới')).toEqual(['công cuộc đổi mới']);
  });
});

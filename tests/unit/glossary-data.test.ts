import { describe, expect, it } from 'vitest';
import { compileMatchIndex } from '../../lib/glossary/compile';
import { Matcher } from '../../lib/match/matcher';
import { loadGlossary } from '../../scripts/load-glossary';

// Tests of the real glossary in data/: it is valid, and ordinary words that look like names stay unmarked.

const glossary = loadGlossary();
const matcher = Matcher.fromIndex(compileMatchIndex(glossary.terms, glossary.blockers));
const scan = (text: string) => matcher.findMatches(text).map((m) => `${m.id}:${text.slice(m.start, m.end)}`);

describe('the glossary in data/', () => {
  it('passes every check', () => {
    expect(glossary.problems).toEqual([]);
  });

  it('has every type of term, with sources', () => {
    const types = new Set(glossary.terms.map((t) => t.type));
    expect([...types].sort()).toEqual(['concept', 'event', 'organization', 'person', 'place', 'treaty']);
    for (const t of glossary.terms) expect(t.sources.length, t.id).toBeGreaterThan(0);
  });

  it.each([
    'Chúng ta phải tôn trọng pháp luật và pháp lý quốc tế.',
    'Phương pháp mới, biện pháp hợp pháp, nhà nước pháp quyền.',
    'Bảo tàng mỹ thuật có giá trị thẩm mỹ cao.',
    'Who is he? who knows. Anh ấy là bạn tôi; anh Đức là người Hà Nội.',
    'Giá 5 EUR một chiếc; euro tăng giá.',
    'Tỉnh Lào Cai giáp Trung Quốc; các nước Mỹ Latinh và Mỹ La-tinh.',
    'Ông Đức đi Pháp, Mỹ, Anh và Nga.',
    'Em Nam học giỏi; Việt ơi về nhà.',
    'un homme, eu sabe, who knows, it is us; imf-style adb loans in lower case',
  ])('marks nothing in ordinary words: %s', (sentence) => {
    expect(scan(sentence)).toEqual([]);
  });

  it.each([
    ['Hiệp định Giơ-ne-vơ', 'hiep-dinh-gio-ne-vo-1954'],
    ['Hiệp định Genève', 'hiep-dinh-gio-ne-vo-1954'],
    ['Hiệp định Giơnevơ', 'hiep-dinh-gio-ne-vo-1954'],
    ['Geneva Accords', 'hiep-dinh-gio-ne-vo-1954'],
    ['ASEAN', 'asean'],
    ['Liên hợp quốc', 'lien-hop-quoc'],
    ['Liên Hợp Quốc', 'lien-hop-quoc'],
    ['LHQ', 'lien-hop-quoc'],
    ['EVFTA', 'evfta'],
    ['Nguyễn Ái Quốc', 'ho-chi-minh'],
    ['Hiệp định Pa-ri về Cam-pu-chia', 'hiep-dinh-pa-ri-ve-cam-pu-chia-1991'],
    ['Uỷ ban Giám sát quốc tế', 'uy-ban-giam-sat-quoc-te'],
    ['Hội đồng Bảo an', 'hoi-dong-bao-an'],
  ])('recognises %s as %s', (surface, id) => {
    expect(scan(`Theo tài liệu, ${surface} được nhắc đến.`)).toEqual([`${id}:${surface}`]);
  });
});

describe('English press spellings', () => {
  it('finds the British-style Asean, Apec and Unesco as well as the capitals', () => {
    const text = 'The Asean summit in Hanoi, where Apec and ASEAN leaders met, and Unesco.';
    const found = matcher.findMatches(text).map((m) => `${m.id}:${text.slice(m.start, m.end)}`);
    expect(found).toEqual(['asean:Asean', 'apec:Apec', 'asean:ASEAN', 'unesco:Unesco']);
  });
});

import { describe, expect, it } from 'vitest';
import { compileMatchIndex } from '../glossary/compile';
import type { GlossaryContext, Term } from '../glossary/schema';
import { Matcher } from './matcher';

// The context rules of docs/decisions/009-context-rules.md, each pinned on a hand-made glossary and word lists
// (independent of data/, so these tests hold the rules, not the content).
const src = [{ title: 'test' }];
const term = (t: Partial<Term> & Pick<Term, 'id' | 'type' | 'name'>): Term => ({ aliases: [], summary: { vi: 's' }, sources: src, ...t });

const terms: Term[] = [
  term({ id: 'hcm', type: 'person', name: { vi: 'Hồ Chí Minh' }, aliases: ['Nguyễn Ái Quốc', 'Ho Chi Minh'] }),
  term({ id: 'pbc', type: 'person', name: { vi: 'Phan Bội Châu' } }),
  term({ id: 'dbp', type: 'event', name: { vi: 'Chiến dịch Điện Biên Phủ' }, aliases: ['Điện Biên Phủ'], dates: { start: '1954-03-13', end: '1954-05-07' } }),
  term({ id: 'paris-1973', type: 'treaty', name: { vi: 'Hiệp định Pa-ri' }, aliases: ['Paris Peace Accords'], dates: { signed: '1973-01-27' } }),
  term({ id: 'paris-2015', type: 'treaty', name: { vi: 'Hiệp định Pa-ri năm 2015' }, aliases: [], dates: { signed: '2015-12-12', inForce: '2016-11-04' } }),
  term({ id: 'asean', type: 'organization', name: { vi: 'ASEAN' }, dates: { founded: '1967-08-08' } }),
  term({ id: 'na', type: 'organization', name: { vi: 'Quốc hội Việt Nam' }, aliases: ['Quốc hội'], domesticBody: true }),
  term({ id: 'oss', type: 'organization', name: { vi: 'Cơ quan Tình báo chiến lược' }, aliases: ['OSS'], cued: ['OSS'] }),
  term({ id: 'nam', type: 'organization', name: { vi: 'Phong trào Không liên kết' }, aliases: ['NAM'] }),
  term({ id: 'sp', type: 'concept', name: { vi: 'Đối tác chiến lược' }, aliases: ['Strategic Partnership'] }),
  term({ id: 'usa', type: 'place', name: { vi: 'Mỹ' }, highlight: false }),
];
const context: GlossaryContext = {
  namedAfter: { before: ['đường', 'giải thưởng', 'Trường', 'TP.', 'lăng'], after: ['City', 'Trail'] },
  surnames: ['Nguyễn', 'Trần'],
  stateCues: ['hai nước', 'government'],
  domesticFollowers: ['Việt Nam', 'khoá'],
};
const matcher = Matcher.fromIndex(compileMatchIndex(terms, [], context));
const found = (text: string) => matcher.findMatches(text).map((m) => `${m.id}:${text.slice(m.start, m.end)}`);

describe('context rules', () => {
  it('named after: a street, prize, school or city bearing a name is not its bearer', () => {
    expect(found('Năm 2022, Giải thưởng Hồ Chí Minh được trao; nhà ở đường Phan Bội Châu.')).toEqual([]);
    expect(found('Trường Phan Bội Châu, TP. Hồ Chí Minh, đường Điện Biên Phủ')).toEqual([]);
    expect(found('Ho Chi Minh City and the Ho Chi Minh Trail; a visit to Lang Ho Chi Minh')).toEqual([]);
    // …but the bearer himself, and a word that only looks like a cue, stay marked.
    expect(found('Chủ tịch Hồ Chí Minh đọc bản tuyên ngôn; chiến trường Điện Biên Phủ')).toEqual(['hcm:Hồ Chí Minh', 'dbp:Điện Biên Phủ']);
  });

  it("a person's name may keep only some of its marks in foreign prose", () => {
    expect(found('In 1919 Nguyen Ái Quoc sent a petition; later Ho Chí Minh led the Viet Minh.')).toEqual(['hcm:Nguyen Ái Quoc', 'hcm:Ho Chí Minh']);
    expect(found('Nguyễn Ái Quốc')).toEqual(['hcm:Nguyễn Ái Quốc']);
  });

  it('a longer personal name: a surname before or a given name after', () => {
    expect(found('Ông Nguyễn Ái Quốc Tuấn, giám đốc công ty, cho biết.')).toEqual([]);
    expect(found('Anh Trần Hồ Chí Minh đoạt giải.')).toEqual([]);
    expect(found('Nguyễn Ái Quốc (Hồ Chí Minh) gửi bản yêu sách.')).toEqual(['hcm:Nguyễn Ái Quốc', 'hcm:Hồ Chí Minh']);
    expect(found('NGUYỄN ÁI QUỐC TẠI PHÁP')).toEqual(['hcm:NGUYỄN ÁI QUỐC']); // in capitals, case says nothing
  });

  it('a year next to a mention that its dates rule out names another thing', () => {
    expect(found('Hiệp định Pa-ri năm 1973 chấm dứt chiến tranh.')).toEqual(['paris-1973:Hiệp định Pa-ri']);
    expect(found('Hiệp định Pa-ri năm 2015 về khí hậu')).toEqual(['paris-2015:Hiệp định Pa-ri năm 2015']);
    expect(found('Hiệp định Pa-ri (2016) có hiệu lực')).toEqual([]);
    expect(found('the 2015 Paris Peace Accords')).toEqual([]);
    expect(found('ASEAN năm 2025 và ASEAN năm 1950')).toEqual(['asean:ASEAN']);
  });

  it('an event named for a country is not the first half of a pair of countries', () => {
    const pairTerms = [...terms, term({ id: 'us-war', type: 'event', name: { vi: 'Chiến tranh Việt Nam' } }), term({ id: 'china', type: 'place', name: { vi: 'Trung Quốc' }, highlight: false })];
    const pairs = Matcher.fromIndex(compileMatchIndex(pairTerms, [], context));
    const marks = (text: string) => pairs.findMatches(text).map((m) => m.id);
    expect(marks('Chiến tranh Việt Nam – Trung Quốc năm 1979')).toEqual([]);
    expect(marks('Chiến tranh Việt Nam kết thúc năm 1975; Trung Quốc')).toEqual(['us-war']);
  });

  it('an organisation written word-capitalised and followed by one more capitalised word is a longer name', () => {
    const more = [...terms, term({ id: 'rvn', type: 'organization', name: { vi: 'Việt Nam Cộng hoà' } })];
    const m = Matcher.fromIndex(compileMatchIndex(more, [], context));
    const marks = (text: string) => m.findMatches(text).map((x) => x.id);
    expect(marks('mục tiêu dựng nước Việt Nam Cộng Hòa Dân Quốc')).toEqual([]);
    expect(marks('chính quyền Việt Nam Cộng Hòa (VNCH) và Việt Nam Cộng hoà sụp đổ')).toEqual(['rvn', 'rvn']);
    expect(marks('Quốc hội Khoá XV họp')).toEqual(['na']);
  });

  it("a Vietnamese body named without its country yields to another country's name", () => {
    expect(found('Quốc hội Pháp và Quốc hội nước Anh; Bộ trưởng nói với Quốc hội nước này')).toEqual([]);
    expect(found('Quốc hội Việt Nam và Quốc hội khoá XV; Quốc hội thông qua luật')).toEqual(['na:Quốc hội Việt Nam', 'na:Quốc hội', 'na:Quốc hội']);
    expect(found('Phó Chủ tịch Quốc hội Trần Văn A phát biểu')).toEqual(['na:Quốc hội']);
  });

  it('a bare body after the same body of another country, in a paragraph that says nothing of Vietnam, is that country\'s', () => {
    const more = [...terms, term({ id: 'kr', type: 'place', name: { vi: 'Hàn Quốc' }, highlight: false })];
    const m = Matcher.fromIndex(compileMatchIndex(more, [], { ...context, vietnamCues: ['Việt Nam', 'Hà Nội'] }));
    const seen = (text: string) => m.findMatches(text).map((x) => `${x.id}:${text.slice(x.start, x.end)}`);
    // KBS's Vietnamese service on Korea's impeachment vote (made-up wording of the same shape).
    expect(seen('Quốc hội Hàn Quốc bỏ phiếu luận tội. Sau đó, Quốc hội gửi hồ sơ sang Tòa án Hiến pháp.')).toEqual([]);
    // Vietnam in the paragraph: the bare body may be Vietnam's own, as before.
    expect(seen('Quốc hội Hàn Quốc đón đoàn Việt Nam; Quốc hội hai nước kí thoả thuận.')).toEqual(['na:Quốc hội']);
    // Nothing foreign earlier: Vietnam's, as before.
    expect(seen('Quốc hội thông qua luật. Quốc hội Hàn Quốc chúc mừng.')).toEqual(['na:Quốc hội']);
  });

  it('an ambiguous acronym needs a cue in its paragraph, and says nothing inside capitals', () => {
    expect(found('Every company should write an OSS policy.')).toEqual([]);
    expect(found('Hồ Chí Minh làm việc với OSS năm 1945.')).toEqual(['hcm:Hồ Chí Minh', 'oss:OSS']);
    expect(found('Mỹ và OSS')).toEqual(['oss:OSS']); // a state's name is a cue
    expect(found('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toEqual([]);
    expect(found('Việt Nam gia nhập NAM năm 1976.')).toEqual(['nam:NAM']);
  });

  it('a concept written as an ordinary phrase needs a cue; written as a name it does not', () => {
    expect(found('Hai công ty thiết lập quan hệ đối tác chiến lược.')).toEqual([]);
    expect(found('a carmaker may form a strategic partnership with its suppliers')).toEqual([]);
    expect(found('Hai nước thiết lập quan hệ đối tác chiến lược.')).toEqual(['sp:đối tác chiến lược']);
    expect(found('quan hệ Đối tác Chiến lược với Mỹ')).toEqual(['sp:Đối tác Chiến lược']);
    expect(found('the government announced a Strategic Partnership')).toEqual(['sp:Strategic Partnership']);
  });
});

describe('context rules read from the paragraph', () => {
  const more: Term[] = [
    term({ id: 'vnca', type: 'organization', name: { vi: 'Quốc hội Việt Nam' }, aliases: ['National Assembly'], vietnamCued: ['National Assembly'] }),
    term({ id: 'pb', type: 'organization', name: { vi: 'Bộ Chính trị' }, aliases: ['Politburo'], vietnamCued: ['Politburo'] }),
    term({ id: 'trong', type: 'person', name: { vi: 'Nguyễn Phú Trọng', en: 'Nguyen Phu Trong' } }),
    term({ id: 'pbc', type: 'person', name: { vi: 'Phan Bội Châu', en: 'Phan Boi Chau' } }),
    term({ id: 'xi', type: 'person', name: { vi: 'Tập Cận Bình', en: 'Xi Jinping' }, aliases: ['Xi Jinping'] }),
    term({ id: 'cpv', type: 'organization', name: { vi: 'Đảng Cộng sản Việt Nam' }, aliases: ['Communist Party'], vietnamCued: ['Communist Party'] }),
    term({ id: 'un', type: 'organization', name: { vi: 'Liên hợp quốc' }, dates: { founded: '1945-10-24' } }),
    term({ id: 'coc', type: 'treaty', name: { vi: 'Bộ quy tắc ứng xử ở Biển Đông' }, aliases: ['Code of Conduct'], cued: ['Code of Conduct'], cueWords: ['South China Sea', 'ASEAN'] }),
    term({ id: 'rvn', type: 'organization', name: { vi: 'Việt Nam Cộng hoà' }, dates: { start: '1955', end: '1975' } }),
    term({ id: 'reform', type: 'event', name: { vi: 'Công cuộc Đổi mới' }, aliases: ['Đổi mới', 'đổi mới'], caseSensitive: ['Đổi mới'], ledBy: { 'đổi mới': ['năm'] }, cued: ['đổi mới'], cueWords: ['kinh tế', 'Đảng'] }),
    term({ id: 'prelim', type: 'treaty', name: { vi: 'Hiệp định sơ bộ' }, dates: { signed: '1946-03-06' } }),
    term({ id: 'cn', type: 'place', name: { vi: 'Trung Quốc' }, aliases: ['China'], highlight: false }),
    term({ id: 'kr', type: 'place', name: { vi: 'Hàn Quốc' }, aliases: ['South Korea', 'Korea'], highlight: false }),
  ];
  const ctx: GlossaryContext = {
    namedAfter: { before: ['đường', 'Hội', 'renamed'], after: ['City', 'is a city'], personBefore: ['trường'] },
    surnames: ['Nguyễn', 'Phan'],
    stateCues: [],
    domesticFollowers: ['Việt Nam'],
    vietnamCues: ['Vietnam', 'Hanoi'],
    domesticBefore: ["Vietnam's", 'Vietnamese', 'Party'],
    vietnamBefore: ["Vietnam's", 'Vietnamese'],
  };
  const m = Matcher.fromIndex(compileMatchIndex(more, [], ctx));
  const seen = (text: string) => m.findMatches(text).map((x) => `${x.id}:${text.slice(x.start, x.end)}`);

  it("a body named without its country is Vietnam's only in a paragraph about Vietnam, and not after or before another state", () => {
    expect(seen('The National Assembly ratified the deal, Hanoi said.')).toEqual(['vnca:National Assembly']);
    expect(seen('Nguyen Phu Trong told the Politburo.')).toEqual(['trong:Nguyen Phu Trong', 'pb:Politburo']); // a Vietnamese leader tells it
    expect(seen('The National Assembly passed the budget.')).toEqual([]); // whose?
    expect(seen("Hanoi watched as South Korea's National Assembly voted and China's Politburo met.")).toEqual([]);
    expect(seen('Vietnam noted that the Chinese Politburo met, and the National Assembly of Korea too.')).toEqual([]);
    expect(seen("Vietnam's Party Politburo met.")).toEqual(['pb:Politburo']);
  });

  it('a body named without its country is not taken for Vietnam\'s where the paragraph also names another state or a foreign leader', () => {
    // Made-up sentences of a common news pattern: the party or politburo is China's, in a paragraph about Vietnam.
    expect(seen('Xi Jinping, who heads the Communist Party, arrived in Hanoi.')).toEqual(['xi:Xi Jinping']);
    expect(seen('Vietnam and China are both run by a Communist Party, and a Politburo decides.')).toEqual([]);
    // Unless the paragraph says whose: "Vietnam's …", or a Vietnamese leader's post in it.
    expect(seen("China's envoy met Vietnam's Politburo in Hanoi.")).toEqual(['pb:Politburo']);
    expect(seen('Xi Jinping met Communist Party leader Nguyen Phu Trong in Hanoi.')).toEqual(['xi:Xi Jinping', 'cpv:Communist Party', 'trong:Nguyen Phu Trong']);
    // Without another state, the Vietnam cue alone still does (as above).
    expect(seen('In Hanoi the Communist Party met.')).toEqual(['cpv:Communist Party']);
  });

  it("a phrase with its own cue words needs one of them, not just any state", () => {
    expect(seen('The company updated its Code of Conduct for Vietnam.')).toEqual([]);
    expect(seen('ASEAN and China resumed talks on a code of conduct.')).toEqual(['coc:code of conduct']);
  });

  it('a spelling led by its words: lower-case "đổi mới" after "năm", beside words of the reform', () => {
    expect(seen('Sau 40 năm đổi mới, kinh tế tăng trưởng; cần đổi mới tư duy.')).toEqual(['reform:đổi mới']);
    expect(seen('Sau 5 năm đổi mới công nghệ, công ty lãi lớn.')).toEqual([]); // no word of the reform
    expect(seen('Đảng tổng kết 40 năm Đổi mới.')).toEqual(['reform:Đổi mới']);
  });

  it('a regime in a paragraph whose dates all come well before it began is an earlier namesake', () => {
    expect(seen('Hiệp định sơ bộ: Pháp công nhận nước Việt Nam Cộng hoà là quốc gia tự do.')).toEqual(['prelim:Hiệp định sơ bộ']);
    expect(seen('Ngày 6/3/1946 Pháp nhận nước Việt Nam Cộng hoà là nước tự do.')).toEqual([]);
    expect(seen('Sau năm 1954, Việt Nam Cộng hoà ra đời ở miền Nam.')).toEqual(['rvn:Việt Nam Cộng hoà']); // a year short: how it began
    expect(seen('Năm 1963 ở Việt Nam Cộng hoà; Việt Nam Cộng hoà.')).toEqual(['rvn:Việt Nam Cộng hoà', 'rvn:Việt Nam Cộng hoà']);
  });

  it('named after: a lower-case school before a person, an association, a renamed city', () => {
    expect(seen('Em học trường Phan Bội Châu; Hội Liên hợp quốc dân Nam Bộ họp.')).toEqual([]);
    expect(seen('The street, renamed Phan Boi Chau, says Phan Boi Chau is a city here; Phan Boi Chau wrote.')).toEqual(['pbc:Phan Boi Chau']);
    expect(seen('Phan Bội Châu viết; lập trường Liên hợp quốc.')).toEqual(['pbc:Phan Bội Châu', 'un:Liên hợp quốc']);
  });
});

import { describe, expect, it } from 'vitest';
import { checkGlossary, type RawGlossaryFiles } from './check';

const SOURCE = { title: 'Seed A', locator: 'mục 1' };
const term = (over: Record<string, unknown> = {}) => ({
  id: 'asean', type: 'organization', name: { vi: 'ASEAN' }, aliases: ['Hiệp hội các quốc gia Đông Nam Á'],
  summary: { vi: 'Tóm tắt.' }, sources: [SOURCE], ...over,
});
const files = (terms: unknown[], extra: Partial<RawGlossaryFiles> = {}): RawGlossaryFiles => ({
  termFiles: [{ path: 'data/terms/a.json', json: terms }],
  timeline: [],
  eras: [{ id: 'e1', name: { vi: 'Kỷ' }, start: '1900', end: '2000' }],
  sources: { seeds: [{ file: 'a.txt', title: 'Seed A' }], references: [{ title: 'Ref B', url: 'https://example.org' }] },
  blockers: [],
  houseSpelling: { syllables: {}, phrases: {} },
  context: { namedAfter: { before: [], after: [] }, surnames: [], stateCues: [], domesticFollowers: [] },
  nameParts: { groups: [] },
  ...extra,
});

describe('checkGlossary', () => {
  it('accepts a valid glossary', () => {
    const r = checkGlossary(files([term(), term({ id: 'eu', name: { vi: 'EU' }, aliases: [], related: ['asean'] })]));
    expect(r.problems).toEqual([]);
    expect(r.terms.map((t) => t.id)).toEqual(['asean', 'eu']);
  });

  it('reports schema problems with the file, index and field', () => {
    const r = checkGlossary(files([term({ type: 'country', id: 'Bad Id' })]));
    expect(r.problems.join('\n')).toMatch(/data\/terms\/a\.json\[0\].*type/);
    expect(r.problems.join('\n')).toMatch(/id must be an ASCII kebab-case slug/);
  });

  it('finds duplicate ids, dangling references and unknown sources', () => {
    const r = checkGlossary(files([
      term(),
      term({ aliases: ['ASEAN khác'] }),
      term({ id: 'eu', name: { vi: 'EU' }, aliases: [], related: ['nato'], sources: [{ title: 'Wikipedia' }] }),
    ], { timeline: [{ id: 'ev', date: '1995-07-28', era: 'e9', title: { vi: 'x' }, terms: ['wto'], sources: [SOURCE] }] }));
    expect(r.problems).toEqual(expect.arrayContaining([
      'term asean: id used twice',
      'term eu: related term "nato" does not exist',
      'term eu: unknown source "Wikipedia"',
      'event ev: unknown era "e9"',
      'event ev: refers to unknown term "wto"',
    ]));
  });

  it('finds a spelling claimed by two terms, whatever its case, tone placement or hyphenation', () => {
    const r = checkGlossary(files([
      term({ id: 'a', name: { vi: 'Hội nghị Hoà bình' }, aliases: ['Cam-pu-chia'] }),
      term({ id: 'b', name: { vi: 'hội nghị hòa bình' }, aliases: ['Campuchia'] }),
    ]));
    expect(r.problems).toEqual([
      'term b: spelling "hội nghị hòa bình" is also a spelling of a',
      'term b: spelling "Campuchia" is also a spelling of a',
    ]);
  });

  it('rejects dates that are not ISO or not on the calendar, and terms without sources', () => {
    const r = checkGlossary(files([
      term({ dates: { signed: '21/7/1954' } }),
      term({ id: 'b', name: { vi: 'B' }, aliases: [], dates: { signed: '1954-02-30' } }),
      term({ id: 'c', name: { vi: 'C' }, aliases: [], sources: [] }),
    ]));
    const text = r.problems.join('\n');
    expect(text).toMatch(/\(asean\).*dates\.signed must be an ISO date/);
    expect(text).toMatch(/\(b\).*dates\.signed is not a calendar date/);
    expect(text).toMatch(/\(c\).*sources needs at least one source/);
  });

  it('says which file is not an array', () => {
    expect(checkGlossary(files([], { timeline: {} })).problems).toContain('data/timeline.json: must be a JSON array of events');
  });
});

describe('house spelling in checkGlossary', () => {
  it("reports the house spelling of Tre's own Vietnamese text, never of aliases", () => {
    const house = { syllables: { ký: 'kí' }, phrases: { Campuchia: 'Cam-pu-chia' } };
    const r = checkGlossary(files([term({ aliases: ['Hiệp định ký với Campuchia'], summary: { vi: 'Ông ký với Campuchia năm hòa bình.' } })], { houseSpelling: house }));
    expect(r.spelling).toEqual([
      'term asean summary: Campuchia → Cam-pu-chia',
      'term asean summary: ký → kí',
      'term asean summary: hòa → hoà',
    ]);
  });

  it("asks English text to write a Vietnamese person's name with its diacritics", () => {
    const r = checkGlossary(files([
      term(),
      term({ id: 'npt', type: 'person', name: { vi: 'Nguyễn Phú Trọng', en: 'Nguyen Phu Trong' }, aliases: [], summary: { vi: 'x', en: 'Nguyen Phu Trong led the party.' } }),
    ]));
    expect(r.spelling).toEqual([
      'term npt name.en: Nguyen Phu Trong → Nguyễn Phú Trọng',
      'term npt summary.en: Nguyen Phu Trong → Nguyễn Phú Trọng',
    ]);
  });
});

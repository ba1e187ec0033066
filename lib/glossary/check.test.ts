import { describe, expect, it } from 'vitest';
import { checkGlossary, compareDates, type RawGlossaryFiles } from './check';

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

  it('finds an event dated outside its era and an era whose years are not years or run backwards', () => {
    const eras = [
      { id: 'e1', name: { vi: 'Một' }, start: '1945', end: '1954' },
      { id: 'e2', name: { vi: 'Hai' }, start: '1986', end: '' },
      { id: 'e3', name: { vi: 'Ba' }, start: '1990', end: '1980' },
      { id: 'e4', name: { vi: 'Bốn' }, start: 'đầu thế kỉ', end: 'nay' },
    ];
    const event = (id: string, date: string, era: string) => ({ id, date, era, title: { vi: id }, terms: [], sources: [SOURCE] });
    const r = checkGlossary(files([], { eras, timeline: [
      event('in', '1954-07-21', 'e1'), event('edge', '1945', 'e1'), event('today', '2025-10-09', 'e2'),
      event('late', '1955-01', 'e1'), event('early', '1944-12-31', 'e1'), event('before-open', '1985', 'e2'),
    ] }));
    expect(r.problems).toEqual([
      'era e3: ends (1980) before it starts (1990)',
      'era e4: start "đầu thế kỉ" must be a year',
      'era e4: end "nay" must be a year, or empty for "today"',
      'event late: dated 1955-01, after its era e1 ends (1954)',
      'event early: dated 1944-12-31, before its era e1 starts (1945)',
      'event before-open: dated 1985, before its era e2 starts (1986)',
    ]);
  });

  it('keeps an event\'s lesson to the textbook\'s Bài 12, 13 and 14', () => {
    const event = (id: string, lesson: unknown) => ({ id, date: '1954', era: 'e1', lesson, title: { vi: id }, terms: [], sources: [SOURCE] });
    const r = checkGlossary(files([], { timeline: [event('ok', 13), event('bad', 7), event('half', 12.5), event('text', '12')] }));
    expect(r.problems).toContain('event bad: lesson 7 is not a lesson of the textbook (12, 13, 14)');
    expect(r.problems.join('\n')).toMatch(/timeline\.json\[2\]: lesson must be a whole number/);
    expect(r.problems.join('\n')).toMatch(/timeline\.json\[3\]: lesson/);
    expect(r.problems.some((p) => p.startsWith('event ok'))).toBe(false);
  });

  it('accepts major as a boolean only', () => {
    const event = (id: string, major: unknown) => ({ id, date: '1954', era: 'e1', major, title: { vi: id }, terms: [], sources: [SOURCE] });
    const r = checkGlossary(files([], { timeline: [event('yes', true), event('no', false), event('bad', 'yes')] }));
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatch(/timeline\.json\[2\]: major/);
  });

  it('finds term dates in the wrong order: start/end, signed/inForce, born/died, founded/…', () => {
    const dated = (id: string, dates: Record<string, string>) => term({ id, name: { vi: id }, aliases: [], dates });
    const r = checkGlossary(files([
      dated('ok', { start: '1968-05-13', end: '1973-01-27', signed: '1999', inForce: '2000-07-06' }),
      dated('same-year', { signed: '1954-07-21', inForce: '1954' }),
      dated('period', { start: '1975', end: '1954' }),
      dated('treaty', { signed: '2019-06-30', inForce: '2019-06' }),
      dated('life', { born: '1890-05-19', died: '1869-09-02' }),
      dated('org', { founded: '1967-08-08', joined: '1966' }),
    ]));
    expect(r.problems).toEqual([
      'term period: dates.start (1975) is after dates.end (1954)',
      'term life: dates.born (1890-05-19) is after dates.died (1869-09-02)',
      'term org: dates.founded (1967-08-08) is after dates.joined (1966)',
    ]);
  });

  it('compares dates of different precision on the parts both have', () => {
    expect(compareDates('1954', '1954-07-21')).toBe(0);
    expect(compareDates('1954-07', '1954-07-21')).toBe(0);
    expect(compareDates('1954-07-22', '1954-07-21')).toBeGreaterThan(0);
    expect(compareDates('1953', '1954-01')).toBeLessThan(0);
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

import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../scripts/load-glossary';
import { GlossarySearch } from '../glossary/search';
import { groupByEra } from './eras';
import { filterEvents, termTypes } from './filters';
import { lessonsOf } from './lessons';

// The real timeline in data/: what the side panel shows from it holds together.

const glossary = loadGlossary();
const TEXTBOOK = 'Lịch sử 12, Chủ đề 5';

describe('the timeline in data/', () => {
  it('has a one-sentence summary in both languages for every era', () => {
    for (const era of glossary.eras) {
      expect(era.summary?.vi, era.id).toMatch(/^[^.;]+(;[^.;]+)*\.$/u);
      expect(era.summary?.en, era.id).toMatch(/\.$/);
    }
  });

  it('places every event in an era, none in an era that ends before its year', () => {
    const groups = groupByEra(glossary.eras, glossary.events);
    expect(groups.reduce((n, g) => n + g.events.length, 0)).toBe(glossary.events.length);
    for (const { era, events } of groups) {
      for (const e of events) if (era.end) expect(Number(e.date.slice(0, 4)), e.id).toBeLessThanOrEqual(Number(era.end));
    }
  });

  it('tags every event the textbook backs with the lesson that teaches its period', () => {
    const lessonOfEra: Record<string, number> = {};
    for (const era of glossary.eras) lessonOfEra[era.id] = Number(era.start) < 1945 ? 12 : Number(era.start) < 1975 ? 13 : 14;
    for (const event of glossary.events) {
      if (event.sources.some((s) => s.title.startsWith(TEXTBOOK))) expect(event.lesson, event.id).toBe(lessonOfEra[event.era]);
    }
  });

  it('marks some 35 to 50 turning points as major, in every era, so that recent years do not crowd out the rest', () => {
    const major = glossary.events.filter((e) => e.major);
    expect(major.length).toBeGreaterThanOrEqual(35);
    expect(major.length).toBeLessThanOrEqual(50);
    for (const era of glossary.eras) expect(major.some((e) => e.era === era.id), era.id).toBe(true);
    expect(major.filter((e) => e.date >= '2020').length).toBeLessThanOrEqual(major.length / 5);
  });

  it('names a lesson for every event the textbook backs', () => {
    for (const event of glossary.events) {
      if (event.sources.some((s) => s.title.startsWith(TEXTBOOK))) expect(lessonsOf(event).length, event.id).toBeGreaterThan(0);
    }
  });
});

describe('searching the real timeline', () => {
  const context = { termTypes: termTypes(glossary.terms), search: GlossarySearch.of(glossary.terms) };
  const found = (query: string) => filterEvents(glossary.events, { query }, context).map((e) => e.id);

  it('finds events by acronyms, diacritic-free names and foreign names of their terms', () => {
    const geneva = glossary.events.filter((e) => e.terms.includes('hiep-dinh-gio-ne-vo-1954')).map((e) => e.id);
    expect(geneva.length).toBeGreaterThan(0);
    expect(found('gionevo')).toEqual(expect.arrayContaining(geneva));
    expect(found('Geneva Accords')).toEqual(expect.arrayContaining(geneva));
    expect(found('hiep dinh gio ne vo')).toEqual(expect.arrayContaining(geneva));
    const un = glossary.events.filter((e) => e.terms.includes('lien-hop-quoc')).map((e) => e.id);
    expect(found('LHQ')).toEqual(expect.arrayContaining(un));
  });
});

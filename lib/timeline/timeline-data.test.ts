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

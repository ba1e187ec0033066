import { describe, expect, it } from 'vitest';
import { TEST_EVENTS } from '../../tests/unit/timeline-fixture';
import { pageTimeline } from './page-timeline';

describe('pageTimeline', () => {
  it('lists the events involving the page\'s terms, chronologically across eras, with the terms involved', () => {
    const found = pageTimeline(TEST_EVENTS, ['usa', 'laos', 'france', 'paris-1991']);
    expect(found.map((p) => [p.event.id, p.pageTerms])).toEqual([
      ['so-bo', ['france']],
      ['cuba', ['laos']],
      ['paris', ['usa']],
      ['paris-cpc', ['paris-1991']],
    ]);
  });

  it('lists an event\'s page terms in the page\'s order of first mention', () => {
    const found = pageTimeline(TEST_EVENTS, ['swiss', 'geneva', 'swiss']);
    expect(found).toEqual([{ event: TEST_EVENTS.find((e) => e.id === 'geneva'), pageTerms: ['swiss', 'geneva'] }]);
  });

  it('is empty for a page without terms', () => {
    expect(pageTimeline(TEST_EVENTS, [])).toEqual([]);
  });
});

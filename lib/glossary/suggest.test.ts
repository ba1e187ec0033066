import { describe, expect, it } from 'vitest';
import { TEST_TERMS } from '../../tests/unit/terms-fixture';
import { GlossarySearch } from './search';
import { suggestionsFor } from './suggest';

const search = GlossarySearch.of(TEST_TERMS);
const find = (q: string) => search.search(q);

describe('suggestionsFor', () => {
  it('suggests the terms the query starts like when its end went wrong', () => {
    expect(find('hiep dinh gio ne vo xyzzy')).toEqual([]);
    expect(suggestionsFor(find, 'hiep dinh gio ne vo xyzzy')[0]).toBe('geneva');
  });

  it('suggests by a word of the query when its start finds nothing', () => {
    expect(find('qqq asean')).toEqual([]);
    expect(suggestionsFor(find, 'qqq asean')).toContain('asean');
  });

  it('suggests at most a few terms, each once', () => {
    const ids = suggestionsFor(find, 'hiep dinh zzzzzz', 3);
    expect(ids.length).toBeLessThanOrEqual(3);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThan(0);
  });

  it('suggests nothing for a query with nothing near it', () => {
    expect(suggestionsFor(find, 'zzzz qqqq')).toEqual([]);
  });
});

import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_TERMS } from '../tests/unit/terms-fixture';
import { TEST_ERAS, TEST_EVENTS } from '../tests/unit/timeline-fixture';
import { GlossarySearch } from '../lib/glossary/search';
import { translator } from '../lib/i18n/i18n';
import { countEvents, filterTimeline, termTypes, type TimelineFilter } from '../lib/timeline/filters';
import { Timeline } from './Timeline';
import { TimelineFilters } from './TimelineFilters';

const t = translator('vi');
const terms = new Map(TEST_TERMS.map((term) => [term.id, term]));
const context = {
  termTypes: termTypes(TEST_TERMS),
  search: GlossarySearch.of(TEST_TERMS),
  pageTermIds: new Set(['usa', 'asean']),
  savedTermIds: new Set(['geneva']),
};

/** A minimal container: the filter in state, the filtered timeline under the form. */
function Harness({ savingEnabled = false, initial = {} }: { savingEnabled?: boolean; initial?: TimelineFilter }) {
  const [filter, setFilter] = useState<TimelineFilter>(initial);
  const groups = filterTimeline(TEST_ERAS, TEST_EVENTS, filter, context);
  return (
    <>
      <TimelineFilters filter={filter} onChange={setFilter} eras={TEST_ERAS} count={countEvents(groups)} lang="vi" t={t} savingEnabled={savingEnabled} />
      <Timeline groups={groups} terms={terms} lang="vi" t={t} onOpenTerm={() => {}} />
    </>
  );
}

const mount = (props: Parameters<typeof Harness>[0] = {}) => act(() => render(<Harness {...props} />, document.body));
const shown = () => [...document.querySelectorAll<HTMLElement>('[data-event]')].map((e) => e.dataset.event);
const count = () => document.querySelector('[role="status"]')!.textContent;
const byLabel = <T extends HTMLElement>(text: string): T => {
  const label = [...document.querySelectorAll('label')].find((l) => l.textContent!.trim() === text)!;
  return (label.htmlFor ? document.getElementById(label.htmlFor) : label.querySelector('input')) as T;
};
const choose = (select: HTMLSelectElement, value: string) => act(() => {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
});
const type = (input: HTMLInputElement, text: string) => act(() => {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
});

describe('TimelineFilters', () => {
  afterEach(() => act(() => render(null, document.body)));

  it('labels every control, and starts with every event and nothing to clear', () => {
    mount();
    for (const text of ['Tìm trong dòng thời gian', 'Giai đoạn', 'Loại thuật ngữ', 'Bài học', 'Chỉ thuật ngữ trên trang này']) {
      expect(byLabel(text), text).toBeTruthy();
    }
    expect(shown()).toHaveLength(7);
    expect(count()).toBe('7 sự kiện');
    expect(document.querySelector<HTMLButtonElement>('.tre-filter-clear')!.disabled).toBe(true);
    expect([...byLabel<HTMLSelectElement>('Bài học').options].map((o) => o.textContent)).toEqual(['Mọi bài', 'Bài 12', 'Bài 13', 'Bài 14']);
  });

  it('narrows the rendered events by era, type and lesson, together', () => {
    mount();
    choose(byLabel('Giai đoạn'), 'e1');
    expect(shown()).toEqual(['sac-lenh', 'so-bo', 'geneva']);
    choose(byLabel('Bài học'), '13');
    expect(shown()).toEqual(['geneva']);
    expect(count()).toBe('1 sự kiện');
    choose(byLabel('Giai đoạn'), '');
    choose(byLabel('Loại thuật ngữ'), 'place');
    expect(shown()).toEqual(['geneva', 'paris']);
  });

  it('narrows by the search box, and by the page\'s terms', () => {
    mount();
    type(byLabel('Tìm trong dòng thời gian'), 'hiep dinh');
    expect(shown()).toEqual(['so-bo', 'geneva', 'paris', 'paris-cpc']);
    act(() => byLabel<HTMLInputElement>('Chỉ thuật ngữ trên trang này').click());
    expect(shown()).toEqual(['paris']);
    act(() => document.querySelector<HTMLButtonElement>('.tre-filter-clear')!.click());
    expect(shown()).toHaveLength(7);
    expect(byLabel<HTMLInputElement>('Tìm trong dòng thời gian').value).toBe('');
  });

  it('offers "only saved terms" only where saving exists', () => {
    mount();
    expect(document.body.textContent).not.toContain('Chỉ thuật ngữ đã lưu');
    act(() => render(null, document.body));
    mount({ savingEnabled: true });
    act(() => byLabel<HTMLInputElement>('Chỉ thuật ngữ đã lưu').click());
    expect(shown()).toEqual(['geneva']);
  });

  it('shows a remembered filter in its controls', () => {
    mount({ initial: { era: 'e3', query: 'asean' } });
    expect(byLabel<HTMLSelectElement>('Giai đoạn').value).toBe('e3');
    expect(byLabel<HTMLInputElement>('Tìm trong dòng thời gian').value).toBe('asean');
    expect(shown()).toEqual(['asean']);
  });
});

import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_TERMS } from '../tests/unit/terms-fixture';
import { TEST_EVENTS } from '../tests/unit/timeline-fixture';
import { translator } from '../lib/i18n/i18n';
import { pageTimeline } from '../lib/timeline/page-timeline';
import { PageTerms, type PageTerm } from './PageTerms';
import { PageTimeline } from './PageTimeline';

const t = translator('vi');
const terms = new Map(TEST_TERMS.map((term) => [term.id, term]));
const onPage = (id: string, mentions: number): PageTerm => ({ ...terms.get(id)!, mentions });

describe('PageTerms', () => {
  afterEach(() => act(() => render(null, document.body)));

  it('groups the page\'s terms by type with counts, each group in the order of first mention', () => {
    const page = [onPage('usa', 3), onPage('geneva', 1), onPage('asean', 2), onPage('laos', 1), onPage('paris-1973', 4)];
    act(() => render(<PageTerms terms={page} lang="vi" t={t} onChooseTerm={() => {}} />, document.body));
    const groups = [...document.querySelectorAll('.tre-page-type')].map((g) => [
      g.querySelector('h3')!.textContent,
      [...g.querySelectorAll('button')].map((b) => b.dataset.term),
    ]);
    expect(groups).toEqual([
      ['Hiệp định – điều ước (2)', ['geneva', 'paris-1973']],
      ['Tổ chức – diễn đàn (1)', ['asean']],
      ['Quốc gia – địa danh (2)', ['usa', 'laos']],
    ]);
    const usa = document.querySelector<HTMLButtonElement>('[data-term="usa"]')!;
    // Its accessible name: the visible name and count, then what it does.
    expect(usa.textContent).toBe('Mỹ, 3 lần: đến lần nhắc tiếp theo trên trang');
  });

  it('calls back with the chosen term, each time it is chosen', () => {
    const chosen: string[] = [];
    act(() => render(<PageTerms terms={[onPage('un', 2)]} lang="en" t={translator('en')} onChooseTerm={(id) => chosen.push(id)} />, document.body));
    const button = document.querySelector<HTMLButtonElement>('[data-term="un"]')!;
    expect(button.textContent).toBe('United Nations, 2 mentions: go to the next mention on the page');
    act(() => button.click());
    act(() => button.click());
    expect(chosen).toEqual(['un', 'un']);
  });

  it('says when the page has no terms', () => {
    act(() => render(<PageTerms terms={[]} lang="vi" t={t} onChooseTerm={() => {}} />, document.body));
    expect(document.body.textContent).toContain('Trang này chưa nhắc đến thuật ngữ nào.');
  });
});

describe('PageTimeline', () => {
  afterEach(() => act(() => render(null, document.body)));

  it('lists the page\'s history chronologically, with the page terms each event involves as chips', () => {
    const opened: string[] = [];
    const items = pageTimeline(TEST_EVENTS, ['usa', 'france']);
    act(() => render(<PageTimeline items={items} terms={terms} lang="vi" t={t} onOpenTerm={(id) => opened.push(id)} />, document.body));
    expect(document.querySelector('h2')!.textContent).toBe('Lịch sử của trang này');
    const rows = [...document.querySelectorAll<HTMLElement>('ol > li')].map((li) => [li.querySelector('time')!.textContent, li.dataset.event]);
    expect(rows).toEqual([['6/3/1946', 'so-bo'], ['27/1/1973', 'paris']]);
    act(() => document.querySelector<HTMLButtonElement>('[data-event="paris"] [data-term="usa"]')!.click());
    expect(opened).toEqual(['usa']);
  });

  it('says when no event involves the page\'s terms', () => {
    act(() => render(<PageTimeline items={[]} terms={terms} lang="vi" t={t} onOpenTerm={() => {}} />, document.body));
    expect(document.querySelector('ol')).toBeNull();
    expect(document.body.textContent).toContain('Chưa có sự kiện nào');
  });

  it('moves between the terms with the arrow keys, across groups', () => {
    const page = [onPage('usa', 3), onPage('geneva', 1), onPage('asean', 2), onPage('laos', 1)];
    act(() => render(<PageTerms terms={page} lang="vi" t={t} onChooseTerm={() => {}} />, document.body));
    const buttons = [...document.querySelectorAll<HTMLButtonElement>('.tre-page-term')];
    buttons[0]!.focus();
    const key = (k: string) => act(() => { document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })); });
    key('ArrowDown');
    expect(document.activeElement).toBe(buttons[1]);
    key('End');
    expect(document.activeElement).toBe(buttons.at(-1));
    key('ArrowDown');
    expect(document.activeElement).toBe(buttons.at(-1));
    key('ArrowUp');
    expect(document.activeElement).toBe(buttons.at(-2));
    key('Home');
    expect(document.activeElement).toBe(buttons[0]);
  });
});

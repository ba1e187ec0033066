import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_TERMS } from '../tests/unit/terms-fixture';
import { TEST_ERAS, TEST_EVENTS } from '../tests/unit/timeline-fixture';
import { translator } from '../lib/i18n/i18n';
import { groupByEra } from '../lib/timeline/eras';
import { Timeline } from './Timeline';

const terms = new Map(TEST_TERMS.map((term) => [term.id, term]));
const groups = groupByEra(TEST_ERAS, TEST_EVENTS, { dropEmpty: true });

function mount(props: Partial<Parameters<typeof Timeline>[0]> = {}) {
  const opened: string[] = [];
  act(() => {
    render(
      <Timeline groups={groups} terms={terms} lang="vi" t={translator('vi')} onOpenTerm={(id) => opened.push(id)} {...props} />,
      document.body,
    );
  });
  return opened;
}

const events = () => [...document.querySelectorAll<HTMLElement>('[data-event]')];
const eventEl = (id: string) => document.querySelector<HTMLElement>(`[data-event="${id}"]`)!;
const press = (target: EventTarget, key: string) => act(() => {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
});
const focusedEvent = () => (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-event]')?.dataset.event;

describe('Timeline', () => {
  afterEach(() => act(() => render(null, document.body)));

  it('shows each era as a labelled section with its summary, events as an ordered list', () => {
    mount();
    const sections = [...document.querySelectorAll('section')];
    expect(sections.map((s) => document.getElementById(s.getAttribute('aria-labelledby')!)!.textContent)).toEqual([
      'Kháng chiến chống Pháp', 'Kháng chiến chống Mỹ', 'Đổi mới',
    ]);
    expect(sections[0]!.querySelector('.tre-era-summary')!.textContent).toBe('Tóm tắt một.');
    expect(sections[1]!.querySelector('.tre-era-summary')).toBeNull();
    expect(sections[0]!.querySelectorAll('ol > li')).toHaveLength(3);
    expect(events().map((e) => e.dataset.event)).toEqual(['sac-lenh', 'so-bo', 'geneva', 'cuba', 'paris', 'paris-cpc', 'asean']);
  });

  it('writes each date with its own precision in a <time>, and labels each event with date and title', () => {
    mount();
    const times = events().map((e) => [e.querySelector('time')!.getAttribute('datetime'), e.querySelector('time')!.textContent]);
    expect(times).toContainEqual(['1954-07-21', '21/7/1954']);
    expect(times).toContainEqual(['1991-10', '10/1991']);
    expect(times).toContainEqual(['1960', '1960']);
    expect(eventEl('geneva').getAttribute('aria-label')).toBe('21/7/1954: Ký Hiệp định Giơ-ne-vơ về Đông Dương');
    expect(eventEl('geneva').querySelector('.tre-event-source')!.textContent).toBe('Nguồn: Lịch sử 12 · Bài 13, mục 1');
  });

  it('shows English titles and dates to an English reader, Vietnamese where no English title exists', () => {
    mount({ lang: 'en', t: translator('en') });
    expect(eventEl('geneva').getAttribute('aria-label')).toBe('21 July 1954: Geneva Accords signed');
    const title = eventEl('paris-cpc').querySelector('.tre-event-title')!;
    expect([title.textContent, title.getAttribute('lang')]).toEqual(['Ký Hiệp định Pa-ri về Cam-pu-chia', 'vi']);
    expect(eventEl('geneva').querySelector('[data-term="swiss"]')!.textContent).toBe('Thụy Sĩ');
  });

  it('opens a term from its chip', () => {
    const opened = mount();
    const chips = [...eventEl('so-bo').querySelectorAll<HTMLButtonElement>('button.tre-chip')];
    expect(chips.map((c) => c.textContent)).toEqual(['Tạm ước Việt – Pháp', 'Pháp']);
    act(() => chips[1]!.click());
    expect(opened).toEqual(['france']);
  });

  it('marks the highlighted events with aria-current, and makes the first of them the Tab stop', () => {
    mount({ highlighted: new Set(['paris', 'paris-cpc']) });
    expect(events().filter((e) => e.getAttribute('aria-current') === 'true').map((e) => e.dataset.event)).toEqual(['paris', 'paris-cpc']);
    expect(eventEl('paris').classList.contains('tre-event-highlighted')).toBe(true);
    expect(eventEl('paris').textContent).toContain('Liên quan đến thuật ngữ đang mở');
    expect(events().filter((e) => e.tabIndex === 0).map((e) => e.dataset.event)).toEqual(['paris']);
  });

  it('is one Tab stop: arrow keys, Home and End move focus between events across eras', () => {
    mount();
    expect(events().filter((e) => e.tabIndex === 0).map((e) => e.dataset.event)).toEqual(['sac-lenh']);
    // Only the active event's chips are in the Tab order.
    expect(eventEl('sac-lenh').querySelector<HTMLButtonElement>('.tre-chip')!.tabIndex).toBe(0);
    expect(eventEl('so-bo').querySelector<HTMLButtonElement>('.tre-chip')!.tabIndex).toBe(-1);
    act(() => eventEl('sac-lenh').focus());
    press(document.activeElement!, 'ArrowDown');
    press(document.activeElement!, 'ArrowDown');
    press(document.activeElement!, 'ArrowDown');
    expect(focusedEvent()).toBe('cuba');
    expect(events().filter((e) => e.tabIndex === 0).map((e) => e.dataset.event)).toEqual(['cuba']);
    press(document.activeElement!, 'ArrowUp');
    expect(focusedEvent()).toBe('geneva');
    press(document.activeElement!, 'End');
    expect(focusedEvent()).toBe('asean');
    press(document.activeElement!, 'ArrowDown'); // stays on the last
    expect(focusedEvent()).toBe('asean');
    press(document.activeElement!, 'Home');
    expect(focusedEvent()).toBe('sac-lenh');
  });

  it('moves into the event\'s chips on Enter, and arrows from a chip move to the next event', () => {
    const opened = mount();
    act(() => eventEl('geneva').focus());
    press(eventEl('geneva'), 'Enter');
    expect(document.activeElement).toBe(eventEl('geneva').querySelector('.tre-chip'));
    expect(opened).toEqual([]); // Enter on an event opens nothing by itself
    press(document.activeElement!, 'ArrowDown');
    expect(document.activeElement).toBe(eventEl('cuba'));
  });

  it('says so when no event is left', () => {
    mount({ groups: [] });
    expect(document.body.textContent).toBe('Không có sự kiện nào khớp với bộ lọc.');
  });

  it('emphasises major events, says so to screen readers, and keeps every other event shown and reachable', () => {
    const withMajor = TEST_EVENTS.map((e) => (e.id === 'geneva' || e.id === 'paris' ? { ...e, major: true } : e));
    mount({ groups: groupByEra(TEST_ERAS, withMajor, { dropEmpty: true }) });
    expect(events().map((e) => e.dataset.event)).toEqual(['sac-lenh', 'so-bo', 'geneva', 'cuba', 'paris', 'paris-cpc', 'asean']);
    expect(events().filter((e) => e.classList.contains('tre-event-major')).map((e) => e.dataset.event)).toEqual(['geneva', 'paris']);
    expect(eventEl('geneva').dataset.major).toBe('true');
    expect(eventEl('cuba').dataset.major).toBeUndefined();
    expect(eventEl('geneva').getAttribute('aria-label')).toBe('21/7/1954, mốc quan trọng: Ký Hiệp định Giơ-ne-vơ về Đông Dương');
    expect(eventEl('cuba').getAttribute('aria-label')).toBe('1960: Việt Nam và Cu-ba thiết lập quan hệ ngoại giao');
    // The arrows walk every event, major or not, in order.
    act(() => eventEl('geneva').focus());
    press(document.activeElement!, 'ArrowDown');
    expect(focusedEvent()).toBe('cuba');
    press(document.activeElement!, 'ArrowDown');
    expect(focusedEvent()).toBe('paris');
    press(document.activeElement!, 'ArrowDown');
    expect(focusedEvent()).toBe('paris-cpc');
  });

  it('draws a major event\'s title bold and its dot larger (sidepanel.css)', async () => {
    const { readFileSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const css = readFileSync(resolve(process.cwd(), 'components/sidepanel.css'), 'utf8');
    expect(css).toMatch(/\.tre-event-major \.tre-event-title \{[^}]*font-weight: 700/);
    expect(css).toMatch(/\.tre-event-major::before \{[^}]*width: 14px[^}]*height: 14px/);
  });

  it('labels a major event for an English reader too', () => {
    const withMajor = TEST_EVENTS.map((e) => (e.id === 'geneva' ? { ...e, major: true } : e));
    mount({ groups: groupByEra(TEST_ERAS, withMajor, { dropEmpty: true }), lang: 'en', t: translator('en') });
    expect(eventEl('geneva').getAttribute('aria-label')).toBe('21 July 1954, turning point: Geneva Accords signed');
  });
});

import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_TERMS } from '../tests/unit/terms-fixture';
import { Catalog } from '../lib/glossary/catalog';
import { GlossarySearch } from '../lib/glossary/search';
import { translator } from '../lib/i18n/i18n';
import { LookupPanel } from './LookupPanel';
import { ShortcutList } from './ShortcutList';

const search = GlossarySearch.of(TEST_TERMS);
const catalog = new Catalog(TEST_TERMS);

function mount(props: Partial<Parameters<typeof LookupPanel>[0]> = {}, lang: 'vi' | 'en' = 'vi') {
  act(() => {
    render(
      <LookupPanel search={(q) => search.search(q)} details={(id) => catalog.details(id)} lang={lang} t={translator(lang)} {...props} />,
      document.body,
    );
  });
  return document.querySelector<HTMLInputElement>('[role="combobox"]')!;
}
const type = (box: HTMLInputElement, text: string) => act(() => {
  box.value = text;
  box.dispatchEvent(new Event('input', { bubbles: true }));
});
const click = (el: Element) => act(() => (el as HTMLElement).click());
const cardName = () => document.querySelector('h2.tre-name')?.textContent;

describe('the popup under an empty box', () => {
  afterEach(() => act(() => render(null, document.body)));

  it('lists the page terms first mentioned first, with type and count, each opening its card', () => {
    const opened: string[] = [];
    mount({ pageTerms: [{ id: 'geneva', count: 3 }, { id: 'asean', count: 1 }, { id: 'unknown-id', count: 2 }], onOpened: (id) => opened.push(id) });
    const rows = [...document.querySelectorAll('.tre-home-page .tre-home-term')];
    expect(rows.map((r) => r.getAttribute('data-term'))).toEqual(['geneva', 'asean']);
    expect(rows[0]!.textContent).toBe('Hiệp địnhHiệp định Giơ-ne-vơ3 lần');
    expect(rows[1]!.textContent).toContain('Tổ chức');
    expect(rows[1]!.textContent).toContain('1 lần');
    click(rows[0]!);
    expect(cardName()).toBe('Hiệp định Giơ-ne-vơ');
    expect(opened).toEqual(['geneva']);
    // Back is the first control of the card view.
    expect(document.querySelector('button')!.classList.contains('tre-back')).toBe(true);
    expect(document.querySelector('.tre-back')!.textContent).toBe('← Quay lại'); // no results to go back to
  });

  it('shows recent lookups, opens them and clears them', () => {
    let cleared = false;
    mount({ recent: ['un', 'asean'], onClearRecent: () => (cleared = true) });
    const chips = [...document.querySelectorAll('.tre-home-recent .tre-home-chip')];
    expect(chips.map((c) => c.textContent)).toEqual(['Liên hợp quốc', 'ASEAN']);
    click(document.querySelector('.tre-home-recent .tre-link-button')!);
    expect(cleared).toBe(true);
    click(chips[1]!);
    expect(cardName()).toBe('ASEAN');
  });

  it('fills the box with an example query when one is clicked', () => {
    const box = mount();
    const example = [...document.querySelectorAll<HTMLButtonElement>('.tre-home-example')].find((b) => b.textContent === 'LHQ')!;
    click(example);
    expect(box.value).toBe('LHQ');
    expect(document.querySelector('[role="option"]')!.getAttribute('data-term')).toBe('un');
  });

  it('says what the glossary covers and suggests the closest terms when nothing matches', () => {
    const box = mount({}, 'en');
    type(box, 'hiep dinh gio ne vo xyzzy');
    expect(document.querySelectorAll('[role="option"]')).toHaveLength(0);
    const noResults = document.querySelector('.tre-no-results')!;
    expect(noResults.textContent).toContain('Nothing found for “hiep dinh gio ne vo xyzzy”.');
    expect(noResults.textContent).toContain("Vietnam's foreign relations");
    const first = noResults.querySelector('.tre-home-chip')!;
    expect(first.getAttribute('data-term')).toBe('geneva');
    click(first);
    expect(cardName()).toBe('Geneva Accords');
  });

  it('opens at a term given to it (the popover\'s "Open in Tre")', () => {
    mount({ initialTerm: 'asean' });
    expect(cardName()).toBe('ASEAN');
  });
});

describe('ShortcutList', () => {
  afterEach(() => act(() => render(null, document.body)));

  it('lists the commands with their keys in the reader\'s language, unbound ones said so', () => {
    let asked = false;
    act(() => render(
      <ShortcutList
        t={translator('en')}
        shortcuts={[
          { name: '_execute_action', description: 'Mở Tre', shortcut: 'Alt+Shift+L' },
          { name: 'next-mention', description: 'Đến thuật ngữ tiếp theo', shortcut: '' },
          { name: 'a-future-command', description: 'As the browser names it', shortcut: 'Alt+Shift+Y' },
        ]}
        onChange={() => (asked = true)}
      />,
      document.body,
    ));
    const rows = [...document.querySelectorAll('.tre-shortcut')].map((r) => r.textContent);
    // Tre's own words in the reader's language; the browser's description only for a command Tre has no words for.
    expect(rows).toEqual([
      'Alt+Shift+LOpen the lookup',
      'not setGo to the next term on the page and open its explanation',
      'Alt+Shift+YAs the browser names it',
    ]);
    click(document.querySelector('.tre-link-button')!);
    expect(asked).toBe(true);
  });
});

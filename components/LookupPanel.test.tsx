import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_TERMS } from '../tests/unit/terms-fixture';
import { Catalog } from '../lib/glossary/catalog';
import { GlossarySearch } from '../lib/glossary/search';
import { translator } from '../lib/i18n/i18n';
import { LookupPanel } from './LookupPanel';

const search = GlossarySearch.of(TEST_TERMS);
const catalog = new Catalog(TEST_TERMS);
const t = translator('vi');

function mount(props: Partial<Parameters<typeof LookupPanel>[0]> = {}) {
  act(() => {
    render(
      <LookupPanel search={(q) => search.search(q)} details={(id) => catalog.details(id)} lang="vi" t={t} {...props} />,
      document.body,
    );
  });
  return document.querySelector<HTMLInputElement>('[role="combobox"]')!;
}

const type = (box: HTMLInputElement, text: string) => act(() => {
  box.value = text;
  box.dispatchEvent(new Event('input', { bubbles: true }));
});
const press = (target: EventTarget, key: string) => act(() => {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
});
const options = () => [...document.querySelectorAll('[role="option"]')].map((o) => o.getAttribute('data-term'));
const activeOption = () => document.querySelector('[role="option"][aria-selected="true"]')?.getAttribute('data-term');

describe('LookupPanel', () => {
  afterEach(() => act(() => render(null, document.body)));

  it('focuses the box and shows results as the reader types', () => {
    const box = mount();
    expect(document.activeElement).toBe(box);
    type(box, 'hiep dinh pa');
    expect(options()).toEqual(['paris-1973', 'paris-1991']);
    expect(activeOption()).toBe('paris-1973');
  });

  it('moves with the arrow keys (wrapping around), opens the card on Enter and comes back on Escape', () => {
    const box = mount({ initialQuery: 'hiep dinh pa' });
    press(box, 'ArrowDown');
    expect(activeOption()).toBe('paris-1991');
    expect(box.getAttribute('aria-activedescendant')).toBe('tre-lookup-result-1');
    press(box, 'ArrowDown');
    expect(activeOption()).toBe('paris-1973');
    press(box, 'ArrowUp');
    press(box, 'Enter');
    expect(document.querySelector('h2')!.textContent).toBe('Hiệp định Pa-ri về Cam-pu-chia');
    expect(document.querySelector('.tre-card-actions')).toBeNull(); // no Save until saving exists
    press(document.activeElement ?? document.body, 'Escape');
    expect(document.querySelector('h2')).toBeNull();
    expect(document.activeElement).toBe(document.querySelector('[role="combobox"]'));
  });

  it('goes back on an Escape pressed as soon as the card is on screen', async () => {
    const box = mount({ initialQuery: 'hiep dinh pa' });
    // No act(): Preact renders in a microtask and runs passive effects only after the next paint, as in the popup.
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    const settle = async () => {
      for (let i = 0; i < 20; i++) await Promise.resolve();
    };
    await settle();
    expect(document.querySelector('h2')?.textContent).toBe('Hiệp định Pa-ri');
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    await settle();
    expect(document.querySelector('h2')).toBeNull();
  });

  it('clears the box on the first Escape and dismisses the lookup on the next', () => {
    let dismissed = 0;
    const box = mount({ initialQuery: 'lhq', onDismiss: () => dismissed++ });
    press(box, 'Escape');
    expect(box.value).toBe('');
    expect(options()).toEqual([]);
    expect(dismissed).toBe(0);
    press(box, 'Escape');
    expect(dismissed).toBe(1);
  });

  it('shows Save and the timeline button only when they are wired', () => {
    const saved: string[] = [];
    const box = mount({ initialQuery: 'lhq', onToggleSave: (id) => saved.push(id) });
    press(box, 'Enter');
    const buttons = [...document.querySelectorAll('.tre-card-actions button')].map((b) => b.textContent);
    expect(buttons).toEqual(['Lưu']);
    act(() => (document.querySelector('.tre-card-actions button') as HTMLButtonElement).click());
    expect(saved).toEqual(['un']);
  });

  it('shows a saved term as saved, with the button pressed', () => {
    const box = mount({ initialQuery: 'lhq', onToggleSave: () => undefined, isSaved: (id) => id === 'un', onShowTimeline: () => undefined });
    press(box, 'Enter');
    const save = document.querySelector('.tre-card-actions button') as HTMLButtonElement;
    expect(save.textContent).toBe('Đã lưu');
    expect(save.getAttribute('aria-pressed')).toBe('true');
    expect([...document.querySelectorAll('.tre-card-actions button')].map((b) => b.textContent)).toEqual(['Đã lưu', 'Xem trên dòng thời gian']);
  });
});

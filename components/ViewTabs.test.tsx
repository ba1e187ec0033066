import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { translator } from '../lib/i18n/i18n';
import type { SidepanelView } from '../lib/timeline/view-state';
import { ViewTabs } from './ViewTabs';

function Harness({ savingEnabled = false, initial = 'timeline' as SidepanelView }) {
  const [view, setView] = useState<SidepanelView>(initial);
  return (
    <ViewTabs active={view} onChange={setView} savingEnabled={savingEnabled} t={translator('vi')}>
      <p class="content">{view}</p>
    </ViewTabs>
  );
}

const mount = (props: Parameters<typeof Harness>[0] = {}) => act(() => render(<Harness {...props} />, document.body));
const tabs = () => [...document.querySelectorAll<HTMLElement>('[role="tab"]')];
const selected = () => tabs().find((tab) => tab.getAttribute('aria-selected') === 'true')!;
const press = (target: EventTarget, key: string) => act(() => {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
});

describe('ViewTabs', () => {
  afterEach(() => act(() => render(null, document.body)));

  it('is a labelled tablist whose tabs control their panels', () => {
    mount();
    const list = document.querySelector('[role="tablist"]')!;
    expect(list.getAttribute('aria-label')).toBe('Các mục của bảng bên');
    expect(tabs().map((tab) => tab.textContent)).toEqual(['Dòng thời gian', 'Trên trang này']);
    for (const tab of tabs()) {
      const panel = document.getElementById(tab.getAttribute('aria-controls')!)!;
      expect(panel.getAttribute('role')).toBe('tabpanel');
      expect(panel.getAttribute('aria-labelledby')).toBe(tab.id);
      expect(panel.hidden).toBe(tab !== selected());
    }
    expect(selected().textContent).toBe('Dòng thời gian');
    expect(tabs().map((tab) => tab.tabIndex)).toEqual([0, -1]);
    expect(document.querySelector('[role="tabpanel"]:not([hidden]) .content')!.textContent).toBe('timeline');
  });

  it('shows the Saved tab only when saving exists, and falls back from a remembered Saved view without it', () => {
    mount({ initial: 'saved' });
    expect(tabs().map((tab) => tab.textContent)).not.toContain('Đã lưu');
    expect(selected().textContent).toBe('Dòng thời gian');
    act(() => render(null, document.body));
    mount({ savingEnabled: true, initial: 'saved' });
    expect(tabs().map((tab) => tab.textContent)).toEqual(['Dòng thời gian', 'Trên trang này', 'Đã lưu']);
    expect(selected().textContent).toBe('Đã lưu');
  });

  it('moves and selects with the arrow keys (wrapping), Home and End; clicking selects too', () => {
    mount({ savingEnabled: true });
    act(() => tabs()[0]!.focus());
    press(document.activeElement!, 'ArrowRight');
    expect(selected().id).toBe('tre-tab-page');
    expect(document.activeElement).toBe(selected());
    expect(document.querySelector('[role="tabpanel"]:not([hidden]) .content')!.textContent).toBe('page');
    press(document.activeElement!, 'ArrowRight');
    press(document.activeElement!, 'ArrowRight');
    expect(selected().id).toBe('tre-tab-timeline');
    press(document.activeElement!, 'ArrowLeft');
    expect(selected().id).toBe('tre-tab-saved');
    press(document.activeElement!, 'Home');
    expect(selected().id).toBe('tre-tab-timeline');
    press(document.activeElement!, 'End');
    expect(selected().id).toBe('tre-tab-saved');
    act(() => tabs()[1]!.click());
    expect(selected().id).toBe('tre-tab-page');
    expect(tabs().map((tab) => tab.tabIndex)).toEqual([-1, 0, -1]);
  });
});

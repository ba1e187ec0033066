import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { translator } from '../lib/i18n/i18n';
import { DEFAULT_SETTINGS, type Settings } from '../lib/settings/schema';
import { SettingsForm } from './SettingsForm';

const t = translator('vi');

function mount(settings: Settings = DEFAULT_SETTINGS) {
  const changes: Partial<Settings>[] = [];
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<SettingsForm settings={settings} t={t} onChange={(c) => changes.push(c)} />, root));
  return { root, changes };
}

function type(input: HTMLInputElement, value: string) {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the review settings', () => {
  it('saves a whole number within bounds, and the retention as a fraction', () => {
    const { root, changes } = mount();
    type(root.querySelector<HTMLInputElement>('#opt-new-cards')!, '35');
    type(root.querySelector<HTMLInputElement>('#opt-retention')!, '85');
    expect(changes).toEqual([{ newCardsPerDay: 35 }, { targetRetention: 0.85 }]);
  });

  it('never saves an empty, fractional or out-of-range entry, keeps it shown, and says what is allowed', () => {
    const { root, changes } = mount();
    const box = root.querySelector<HTMLInputElement>('#opt-new-cards')!;
    for (const bad of ['', '500', '-1', '2.5']) {
      type(box, bad);
      expect(box.value).toBe(bad);
      expect(box.getAttribute('aria-invalid')).toBe('true');
      expect(root.querySelector('[role="alert"]')!.textContent).toBe('Hãy nhập một số nguyên từ 0 đến 200. Chưa lưu thay đổi này.');
    }
    expect(changes).toEqual([]);
    type(box, '0');
    expect(changes).toEqual([{ newCardsPerDay: 0 }]);
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });

  it('keeps page queries off by default and turns them on', () => {
    const { root, changes } = mount();
    const box = root.querySelector<HTMLInputElement>('#opt-keep-query')!;
    expect(box.checked).toBe(false);
    act(() => box.click());
    expect(changes).toEqual([{ keepUrlQuery: true }]);
  });
});

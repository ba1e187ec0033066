import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatIsoDate } from '../lib/i18n/dates';
import { DEFAULT_SETTINGS, type Settings } from '../lib/settings/schema';
import { readSettings } from '../lib/settings/store';
import { OptionsApp, type OptionsEnv } from './OptionsApp';

beforeEach(() => {
  fakeBrowser.reset();
  // "Same as the browser" (the default) asks the browser's language: a Vietnamese browser here.
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('vi');
});
afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

const flush = () => act(() => new Promise((r) => setTimeout(r, 20)));

async function mount(settings: Settings = DEFAULT_SETTINGS, env: Partial<OptionsEnv> = {}) {
  const root = document.createElement('div');
  document.body.append(root);
  const full: OptionsEnv = {
    version: '1.2.3',
    firefox: false,
    loadAbout: async () => ({ terms: 1234, newestSource: '2026-01-03' }),
    loadShortcuts: async () => [{ name: 'next-mention', shortcut: 'Alt+Shift+N' }, { name: 'explain-selection', shortcut: '' }],
    openShortcutSettings: vi.fn(),
    confirm: () => true,
    ...env,
  };
  act(() => render(<OptionsApp settings={settings} env={full} />, root));
  await flush();
  return { root, env: full };
}

const marks = (root: Element) => [...root.querySelectorAll('.tre-preview mark')].map((m) => `${m.textContent}:${m.className}`);

describe('the options page', () => {
  it('previews the marking style on a sample sentence, following every choice at once', async () => {
    const { root } = await mount();
    expect(marks(root)).toEqual(['Hiệp định Pa-ri:tre-mark', 'ASEAN:tre-mark', 'ASEAN:tre-mark tre-mark-light']);
    act(() => root.querySelector<HTMLInputElement>('input[name="highlightStyle"][value="underline"]')!.click());
    await flush();
    expect(marks(root)).toEqual(['Hiệp định Pa-ri:tre-mark tre-mark-underline', 'ASEAN:tre-mark tre-mark-underline', 'ASEAN:tre-mark tre-mark-underline tre-mark-light']);
    act(() => root.querySelector<HTMLInputElement>('input[name="theme"][value="dark"]')!.click());
    await flush();
    expect(marks(root)[0]).toBe('Hiệp định Pa-ri:tre-mark tre-mark-underline tre-mark-on-dark');
  });

  it('says "Saved" beside what changed, and names it for screen readers', async () => {
    const { root } = await mount();
    expect(root.querySelector('.tre-saved-note')).toBe(null);
    act(() => root.querySelector<HTMLInputElement>('input[name="mentionMarking"][value="every"]')!.click());
    await flush();
    const notes = [...root.querySelectorAll('.tre-saved-note')];
    expect(notes.length).toBe(1);
    expect(notes[0]!.closest('fieldset')!.querySelector('legend')!.textContent).toContain('Đánh dấu những lần nhắc đến');
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Đã lưu: Đánh dấu những lần nhắc đến.');
    expect((await readSettings()).mentionMarking).toBe('every');
    act(() => root.querySelector<HTMLInputElement>('#opt-mark-everywhere')!.click());
    await flush();
    expect(root.querySelector('.tre-saved-note')!.parentElement!.textContent).toContain('Đánh dấu ở mọi phần của trang');
  });

  it('sets the hover delay in seconds on a slider bounded 0.1–2 s, and says the bounds', async () => {
    const { root } = await mount();
    const slider = root.querySelector<HTMLInputElement>('#opt-hover-delay')!;
    expect([slider.type, slider.min, slider.max, slider.step, slider.value]).toEqual(['range', '100', '2000', '50', '350']);
    expect(root.querySelector('output')!.textContent).toBe('0,35 giây');
    expect(root.querySelector('#opt-hover-delay-help')!.textContent).toContain('Từ 0,1 đến 2 giây');
    act(() => {
      slider.value = '800';
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      slider.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    expect((await readSettings()).hoverDelayMs).toBe(800);
    expect(slider.getAttribute('aria-valuetext')).toBe('0,8 giây');
  });

  it('lists every shortcut with its keys ("not set" where none) and opens the browser\'s shortcut settings', async () => {
    const { root, env } = await mount();
    const rows = [...root.querySelectorAll('.tre-shortcuts tr')].map((r) => r.textContent);
    expect(rows[0]).toBe('Đến thuật ngữ tiếp theo trên trang và mở giải thíchAlt+Shift+N');
    expect(rows).toContain('Giải thích thuật ngữ đang chọnchưa đặt');
    expect(rows.length).toBe(7); // six commands and Escape
    act(() => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Mở trang phím tắt của trình duyệt')!.click());
    expect(env.openShortcutSettings).toHaveBeenCalled();
    expect(root.textContent).toContain('chrome://extensions/shortcuts');
  });

  it('tells the version, the glossary size and the date of its newest source', async () => {
    const { root } = await mount();
    const values = [...root.querySelectorAll('.tre-about dd')].map((d) => d.textContent);
    expect(values).toEqual(['1.2.3', '1.234', formatIsoDate('2026-01-03', 'vi')]);
    expect(values[2]).toMatch(/2026/);
  });

  it('resets every setting to its default after asking, and not when the reader declines', async () => {
    const changed = { ...DEFAULT_SETTINGS, highlightStyle: 'underline', hoverDelayMs: 900, disabledSites: ['a.vn'] } as Settings;
    await fakeBrowser.storage.local.set({ settings: changed });
    let answer = false;
    const { root } = await mount(changed, { confirm: () => answer });
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Khôi phục cài đặt mặc định')!;
    act(() => button.click());
    await flush();
    expect((await readSettings()).hoverDelayMs).toBe(900);
    answer = true;
    act(() => button.click());
    await flush();
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    expect(root.querySelector<HTMLInputElement>('input[name="highlightStyle"][value="background"]')!.checked).toBe(true);
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Đã khôi phục cài đặt mặc định.');
  });
});

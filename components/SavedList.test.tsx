import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../lib/i18n/i18n';
import type { SavedTermView } from '../lib/messaging/store-protocol';
import { SavedList } from './SavedList';

const t = translator('vi');
const DAY = 86_400_000;
const NOW = Date.UTC(2025, 2, 5);

const place = (n: number) => ({ url: `https://example.org/p${n}`, title: `Trang ${n}`, sentence: `Câu ${n}.`, seenAt: NOW - n * DAY });
const ITEMS: SavedTermView[] = [
  { termId: 'asean', savedAt: NOW - 5 * DAY, updatedAt: NOW - 5 * DAY, note: '', contexts: [place(3), place(1), place(2)],
    term: { name: { vi: 'ASEAN', en: 'ASEAN' }, type: 'organization' } },
  { termId: 'old-term', savedAt: NOW - DAY, updatedAt: NOW - DAY, note: 'ghi chú cũ', contexts: [], term: null },
];

function mount(props: Partial<Parameters<typeof SavedList>[0]> = {}) {
  const handlers = { onOpenTerm: vi.fn(), onUnsave: vi.fn(async () => undefined), onSaveNote: vi.fn(async () => undefined) };
  act(() => {
    render(<SavedList items={ITEMS} lang="vi" t={t} {...handlers} {...props} />, document.body);
  });
  return handlers;
}
const flush = () => act(async () => {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0));
});
const item = (id: string) => document.querySelector<HTMLElement>(`[data-term="${id}"]`)!;
const button = (root: ParentNode, name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);

describe('SavedList', () => {
  afterEach(() => act(() => render(null, document.body)));

  it('lists newest saved first and keeps a term the glossary lost, under its id', () => {
    const { onOpenTerm } = mount();
    expect([...document.querySelectorAll('[data-term]')].map((e) => e.getAttribute('data-term'))).toEqual(['old-term', 'asean']);
    const lost = item('old-term');
    expect(lost.querySelector('h3')!.textContent).toBe('old-term (thuật ngữ không còn trong từ điển)');
    expect(lost.querySelector('h3 button')).toBeNull();
    expect(lost.textContent).toContain('Chưa ghi lại nơi gặp');
    expect(lost.querySelector('textarea')!.value).toBe('ghi chú cũ');
    expect(document.body.textContent).toContain('2 thuật ngữ đã lưu');
    act(() => item('asean').querySelector<HTMLButtonElement>('h3 button')!.click());
    expect(onOpenTerm).toHaveBeenCalledWith('asean');
    expect(item('asean').textContent).toContain('Tổ chức – diễn đàn');
  });

  it('shows the newest place first and the others on demand', () => {
    mount();
    const asean = item('asean');
    const links = () => [...asean.querySelectorAll<HTMLAnchorElement>('.tre-context a')];
    expect(links().map((a) => a.textContent)).toEqual(['Trang 1']);
    expect(links()[0]!.rel).toBe('noreferrer');
    expect(asean.querySelector('blockquote')!.textContent).toBe('Câu 1.');
    const more = button(asean, '+2 nơi khác')!;
    expect(more.getAttribute('aria-expanded')).toBe('false');
    act(() => more.click());
    expect(links().map((a) => a.textContent)).toEqual(['Trang 1', 'Trang 2', 'Trang 3']);
    expect(button(asean, 'Thu gọn')!.getAttribute('aria-expanded')).toBe('true');
  });

  it('saves a note on blur, once, and says so', async () => {
    const { onSaveNote } = mount();
    const box = item('asean').querySelector('textarea')!;
    expect(box.maxLength).toBe(2000);
    expect(box.getAttribute('aria-label')).toBe('Ghi chú cho ASEAN');
    act(() => {
      box.focus();
      box.value = 'Thành lập 1967';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => {
      box.blur();
      box.dispatchEvent(new FocusEvent('blur'));
    });
    await flush();
    expect(onSaveNote).toHaveBeenCalledOnce();
    expect(onSaveNote).toHaveBeenCalledWith('asean', 'Thành lập 1967');
    expect(item('asean').textContent).toContain('Đã lưu ghi chú.');
    expect(button(item('asean'), 'Lưu ghi chú')!.disabled).toBe(true);
  });

  it('says when a note was not saved', async () => {
    mount({ onSaveNote: vi.fn(() => Promise.reject(new Error('quota'))) });
    const box = item('old-term').querySelector('textarea')!;
    act(() => {
      box.value = 'mới';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => button(item('old-term'), 'Lưu ghi chú')!.click());
    await flush();
    expect(item('old-term').textContent).toContain('Chưa lưu được ghi chú.');
  });

  it('unsaves only after the reader confirms', async () => {
    const { onUnsave } = mount();
    const unsave = item('asean').querySelector<HTMLButtonElement>('[aria-label="Bỏ lưu ASEAN"]')!;
    act(() => unsave.click());
    expect(item('asean').querySelector('.tre-confirm')!.textContent).toContain('Bỏ lưu “ASEAN”?');
    expect(document.activeElement?.textContent).toBe('Giữ lại');
    act(() => button(item('asean'), 'Giữ lại')!.click());
    expect(item('asean').querySelector('.tre-confirm')).toBeNull();
    expect(onUnsave).not.toHaveBeenCalled();
    act(() => item('asean').querySelector<HTMLButtonElement>('[aria-label="Bỏ lưu ASEAN"]')!.click());
    act(() => button(item('asean').querySelector('.tre-confirm')!, 'Bỏ lưu')!.click());
    await flush();
    expect(onUnsave).toHaveBeenCalledWith('asean');
    expect(document.querySelector('[role="status"]')!.textContent).toBe('Đã bỏ lưu “ASEAN”.');
  });

  it('explains how to save when the list is empty', () => {
    mount({ items: [] });
    expect(document.body.textContent).toContain('Chưa lưu thuật ngữ nào.');
  });
});

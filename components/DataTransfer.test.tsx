import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../lib/i18n/i18n';
import { StoreRequestError } from '../lib/messaging/client';
import type { ExportedFile } from '../lib/messaging/store-protocol';
import type { ImportResult } from '../lib/store/backup';
import { DataTransfer } from './DataTransfer';
import { REVOKE_AFTER_MS, downloadFile } from './download';

const t = translator('vi');
const FILE: ExportedFile = { text: '{"format":{}}', fileName: 'tre-backup-2025-03-05.json', mimeType: 'application/json' };

function mount(props: Partial<Parameters<typeof DataTransfer>[0]> = {}) {
  const handlers = {
    onExport: vi.fn(async () => FILE),
    onImport: vi.fn(async (): Promise<ImportResult> => ({ ok: false, problems: [], more: 0 })),
    download: vi.fn(),
  };
  act(() => {
    render(<DataTransfer lang="vi" t={t} {...handlers} {...props} />, document.body);
  });
  return handlers;
}
const flush = () => act(async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
});
const button = (name: string) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);

async function choose(text: string) {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  expect(input.accept).toContain('.json');
  Object.defineProperty(input, 'files', { value: [new File([text], 'backup.json', { type: 'application/json' })], configurable: true });
  act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await flush();
}

describe('DataTransfer', () => {
  afterEach(() => act(() => render(null, document.body)));

  it('exports each format and downloads the file', async () => {
    const { onExport, download } = mount();
    for (const [name, format] of [['Sao lưu (JSON)', 'backup'], ['CSV', 'csv'], ['Anki', 'anki']] as const) {
      act(() => button(name)!.click());
      await flush();
      expect(onExport).toHaveBeenLastCalledWith(format);
    }
    expect(download).toHaveBeenCalledTimes(3);
    expect(download).toHaveBeenCalledWith(FILE);
    expect(document.querySelector('[role="status"]')!.textContent).toContain('Đã tạo tệp tre-backup-2025-03-05.json.');
  });

  it('shows a failed export as the store’s sentence', async () => {
    mount({ onExport: vi.fn(() => Promise.reject(new StoreRequestError('blocked', 'x'))) });
    act(() => button('CSV')!.click());
    await flush();
    expect(document.querySelector('[role="alert"]')!.textContent).toBe(t('store_error_blocked'));
  });

  it('lists a failed import’s problems with their paths and says nothing changed', async () => {
    const onImport = vi.fn(async (): Promise<ImportResult> => ({
      ok: false,
      problems: [
        { path: '$.savedTerms[3].termId', code: 'duplicate', detail: '$.savedTerms[1]' },
        { path: '$.reviewCards[0].rating', code: 'invalid', detail: 'expected 1 | 2 | 3 | 4, got 5' },
      ],
      more: 4,
    }));
    mount({ onImport });
    await choose('{"broken": true}');
    expect(onImport).toHaveBeenCalledWith('{"broken": true}');
    const alert = document.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('Không nhập được tệp này. Không có gì thay đổi.');
    expect([...alert.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '$.savedTerms[3].termId: Trùng mã với $.savedTerms[1].',
      '$.reviewCards[0].rating: Giá trị không hợp lệ: expected 1 | 2 | 3 | 4, got 5.',
    ]);
    expect(alert.textContent).toContain('…và 4 lỗi khác.');
  });

  it('says nothing changed when the store fails during an import', async () => {
    mount({ onImport: vi.fn(() => Promise.reject(new StoreRequestError('quota', 'x'))) });
    await choose('{}');
    expect(document.querySelector('[role="alert"]')!.textContent).toBe(`${t('store_error_quota')} Không nhập được tệp này. Không có gì thay đổi.`);
  });

  it('reports what a good import added and its warnings', async () => {
    mount({
      onImport: vi.fn(async (): Promise<ImportResult> => ({
        ok: true, settings: {}, savedTerms: { added: 2, updated: 1 }, reviewCards: { added: 6, updated: 0 }, reviewLog: { added: 9 },
        warnings: [{ path: '$.savedTerms[1].termId', code: 'unknownTerm', detail: 'old-term' }],
      })),
    });
    await choose('{}');
    const status = document.querySelector('[role="status"]')!.textContent;
    expect(status).toContain('Đã nhập xong.');
    expect(status).toContain('Thuật ngữ: 2 mới, 1 được cập nhật.');
    expect(status).toContain('Thẻ ôn tập: 6 mới, 0 được cập nhật.');
    expect(status).toContain('Lịch sử ôn: 9 lượt mới.');
    expect(status).toContain('$.savedTerms[1].termId: Thuật ngữ “old-term” không còn trong từ điển hiện tại; vẫn được giữ lại.');
    expect(document.querySelector('[role="alert"]')).toBeNull();
  });

  it('offers review with the due count', () => {
    const onOpenReview = vi.fn();
    mount({ due: { review: 3, new: 2, total: 5 }, onOpenReview });
    act(() => button('Ôn tập (5 thẻ đến hạn)')!.click());
    expect(onOpenReview).toHaveBeenCalledOnce();
  });
});

describe('downloadFile', () => {
  it('clicks an <a download> on an object URL and frees it afterwards', () => {
    vi.useFakeTimers();
    const create = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:tre/1');
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: HTMLAnchorElement[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    try {
      downloadFile(FILE);
      expect(create.mock.calls[0]![0]).toBeInstanceOf(Blob);
      expect(clicked[0]!.download).toBe(FILE.fileName);
      expect(clicked[0]!.getAttribute('href')).toBe('blob:tre/1');
      expect(document.querySelector('a[download]')).toBeNull();
      expect(revoke).not.toHaveBeenCalled();
      vi.advanceTimersByTime(REVOKE_AFTER_MS);
      expect(revoke).toHaveBeenCalledWith('blob:tre/1');
    } finally {
      create.mockRestore();
      revoke.mockRestore();
      click.mockRestore();
      vi.useRealTimers();
    }
  });
});

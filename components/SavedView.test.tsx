import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../lib/i18n/i18n';
import { StoreRequestError } from '../lib/messaging/client';
import type { SavedTermView, StoreRequest } from '../lib/messaging/store-protocol';
import type { AskStore } from './ReviewApp';
import { SavedView } from './SavedView';

const t = translator('vi');
const flush = () => act(async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
});

function fake(saved: SavedTermView[], failUnsave = false) {
  const requests: StoreRequest[] = [];
  const ask = vi.fn(async (request: StoreRequest): Promise<unknown> => {
    requests.push(request);
    switch (request.type) {
      case 'store/list': return saved;
      case 'store/due-count': return { review: 1, new: 2, total: 3 };
      case 'store/unsave':
        if (failUnsave) throw new StoreRequestError('quota', 'full');
        saved = saved.filter((s) => s.termId !== request.termId);
        return true;
      default: throw new Error(request.type);
    }
  });
  return { ask: ask as unknown as AskStore, requests };
}

const ITEM: SavedTermView = { termId: 'asean', savedAt: 1, updatedAt: 1, note: '', contexts: [], term: { name: { vi: 'ASEAN' }, type: 'organization' } };

describe('SavedView', () => {
  afterEach(() => act(() => render(null, document.body)));

  async function mount(ask: AskStore) {
    act(() => {
      render(<SavedView ask={ask} lang="vi" t={t} onOpenTerm={() => undefined} onOpenReview={() => undefined} />, document.body);
    });
    await flush();
  }
  const unsave = async () => {
    act(() => document.querySelector<HTMLButtonElement>('[aria-label="Bỏ lưu ASEAN"]')!.click());
    act(() => [...document.querySelectorAll<HTMLButtonElement>('.tre-confirm button')][0]!.click());
    await flush();
  };

  it('lists the saved terms with the due count, and reloads after an unsave', async () => {
    const { ask, requests } = fake([ITEM]);
    await mount(ask);
    expect(document.body.textContent).toContain('Ôn tập (3 thẻ đến hạn)');
    await unsave();
    expect(requests).toContainEqual({ type: 'store/unsave', termId: 'asean' });
    expect(document.querySelector('[data-term="asean"]')).toBeNull();
    expect(document.body.textContent).toContain('Chưa lưu thuật ngữ nào.');
  });

  it('shows why an unsave failed and keeps the term', async () => {
    const { ask } = fake([ITEM], true);
    await mount(ask);
    await unsave();
    expect([...document.querySelectorAll('[role="alert"]')].map((a) => a.textContent)).toEqual([
      t('store_error_quota'), 'Chưa bỏ lưu được “ASEAN”.',
    ]);
    expect(document.querySelector('[data-term="asean"]')).not.toBeNull();
  });
});

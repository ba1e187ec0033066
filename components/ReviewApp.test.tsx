import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadGlossary } from '../scripts/load-glossary';
import { StoreRequestError } from '../lib/messaging/client';
import type { StoreRequest, SavedTermView, NextReview } from '../lib/messaging/store-protocol';
import { cardKindsFor } from '../lib/review/cards';
import { glossaryView } from '../lib/review/glossary-view';
import { buildQuestion } from '../lib/review/questions';
import { quizForPage } from '../lib/review/quiz';
import { seededRandom } from '../lib/review/random';
import { newCard } from '../lib/review/scheduler';
import type { ReviewCard } from '../lib/review/types';
import { DEFAULT_SETTINGS } from '../lib/settings/schema';
import { ReviewApp, type AskStore } from './ReviewApp';
import type { ReviewPageMode } from '../lib/review/review-page';

const glossary = loadGlossary();
const view = glossaryView(glossary.terms, glossary.events);
const NOW = Date.UTC(2025, 2, 5, 9, 0);
const DAY = 86_400_000;
const settings = { ...DEFAULT_SETTINGS, uiLanguage: 'vi' as const };

const GENEVA = 'hiep-dinh-gio-ne-vo-1954';
const ASEAN = 'asean';

function savedView(termId: string, contexts: SavedTermView['contexts'] = []): SavedTermView {
  const term = view.terms.get(termId);
  return { termId, savedAt: NOW - DAY, updatedAt: NOW - DAY, note: '', contexts, term: term ? { name: term.name, type: term.type } : null };
}

/** A fake background: a queue of due cards answered in order, a saved list, and every request it got. */
function fakeStore({ cards = [] as ReviewCard[], saved = [] as SavedTermView[], savedIds = new Set<string>(), fail = {} as Partial<Record<StoreRequest['type'], string>> } = {}) {
  const requests: StoreRequest[] = [];
  const queue = [...cards];
  const next = (): NextReview => {
    const card = queue[0];
    if (!card) return null;
    const question = buildQuestion(card.termId, card.kind, view, { lang: 'vi', random: seededRandom(1), choices: false })!;
    return { card, question, due: { review: 0, new: queue.length, total: queue.length } };
  };
  const ask = vi.fn(async (request: StoreRequest): Promise<unknown> => {
    requests.push(request);
    const code = fail[request.type];
    if (code) throw new StoreRequestError(code as 'quota', 'test failure');
    switch (request.type) {
      case 'store/list': return saved;
      case 'store/next-card': return next();
      case 'store/rate': {
        const card = queue.shift()!;
        return { card: { ...card, reps: card.reps + 1, due: NOW + 3 * DAY }, next: next() };
      }
      case 'store/is-saved': return request.termIds.filter((id) => savedIds.has(id));
      case 'store/save':
        savedIds.add(request.termId);
        return { termId: request.termId, savedAt: NOW, updatedAt: NOW, note: '', contexts: [] };
      default: throw new Error(`unexpected ${request.type}`);
    }
  });
  return { ask: ask as unknown as AskStore, requests };
}

const flush = () => act(async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
});

async function mount(ask: AskStore, mode: ReviewPageMode = { kind: 'review' }, pageTerms = (_tab: number) => Promise.resolve({ site: 'example.org', terms: [] as { id: string; count: number }[] })) {
  const onLeave = vi.fn();
  act(() => {
    render(<ReviewApp ask={ask} pageTerms={pageTerms} glossary={glossary} settings={settings} mode={mode} onLeave={onLeave} now={() => NOW} />, document.body);
  });
  await flush();
  return { onLeave };
}

const press = async (key: string, target: EventTarget = document.body) => {
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
  await flush();
};
const text = () => document.body.textContent ?? '';
const buttonNamed = (name: string) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim().startsWith(name));
const alert = () => document.querySelector('[role="alert"]')?.textContent;
const status = () => document.querySelector('[role="status"]')?.textContent;

function expectNamedButtons() {
  for (const b of document.querySelectorAll('button')) expect((b.getAttribute('aria-label') ?? b.textContent ?? '').trim()).not.toBe('');
}

describe('review', () => {
  afterEach(() => act(() => render(null, document.body)));

  const geneva = newCard(GENEVA, 'name-to-summary', NOW - DAY);
  const asean = newCard(ASEAN, 'summary-to-name', NOW - DAY);
  const context = { url: 'https://example.org/bai-13', title: 'Bài 13', sentence: 'Hiệp định Giơ-ne-vơ được ký năm 1954.', seenAt: NOW - DAY };

  it('shows the question as a heading, reveals on Space with the card and where it was met, rates Good on 3', async () => {
    const { ask, requests } = fakeStore({ cards: [geneva, asean], saved: [savedView(GENEVA, [context]), savedView(ASEAN)] });
    await mount(ask);
    expect(text()).toContain('2 thẻ đến hạn');
    const heading = document.querySelector('h2#tre-question-prompt')!;
    expect(heading.textContent).toBe('Hiệp định Giơ-ne-vơ là gì?');
    expect(document.querySelector('.tre-answer')).toBeNull();
    expect(buttonNamed('Hiện đáp án')).toBeDefined();
    expectNamedButtons();

    await press('3'); // not before the answer is shown
    expect(requests.some((r) => r.type === 'store/rate')).toBe(false);

    await press(' ');
    expect(document.querySelector('.tre-answer-text')!.textContent).toBe(view.terms.get(GENEVA)!.summary.vi);
    expect(document.querySelector('.tre-answer .tre-card .tre-name')!.textContent).toBe('Hiệp định Giơ-ne-vơ');
    expect(document.querySelector('.tre-context-sentence')!.textContent).toBe(context.sentence);
    const link = document.querySelector<HTMLAnchorElement>('.tre-context a')!;
    expect(link.textContent).toBe('Bài 13');
    expect(link.getAttribute('href')).toBe(context.url);
    expect(link.rel).toBe('noreferrer');
    expect(['Lại', 'Khó', 'Được', 'Dễ'].every((name) => buttonNamed(name))).toBe(true);
    expectNamedButtons();

    await press('3');
    expect(requests.filter((r) => r.type === 'store/rate')).toEqual([
      { type: 'store/rate', cardId: geneva.id, rating: 3, reps: geneva.reps, lang: 'vi' },
    ]);
    expect(status()).toContain('Đã ghi “Được”');
    expect(status()).toContain('3 ngày');
    expect(document.querySelector('h2#tre-question-prompt')!.textContent).toBe(buildQuestion(ASEAN, 'summary-to-name', view, { lang: 'vi', random: seededRandom(1), choices: false })!.prompt);
    expect(document.querySelector('.tre-answer')).toBeNull();
    expect(text()).toContain('Đã ôn 1 · còn 1');
  });

  it('reveals and rates with the buttons too, then is done for today with when cards come back', async () => {
    const { ask, requests } = fakeStore({ cards: [asean], saved: [savedView(ASEAN)] });
    await mount(ask);
    act(() => buttonNamed('Hiện đáp án')!.click());
    await flush();
    act(() => buttonNamed('Dễ')!.click());
    await flush();
    expect(requests.at(-1)).toMatchObject({ type: 'store/rate', rating: 4, reps: 0 });
    expect(text()).toContain('Xong phần ôn hôm nay!');
    expect(text()).toContain('Bạn đã ôn 1 thẻ');
    expect(text()).toContain('quay lại lúc');
  });

  it('ignores its keys while the reader types in a field', async () => {
    const { ask, requests } = fakeStore({ cards: [geneva], saved: [savedView(GENEVA)] });
    const { onLeave } = await mount(ask);
    const field = document.createElement('textarea');
    document.body.append(field);
    await press(' ', field);
    expect(document.querySelector('.tre-answer')).toBeNull();
    await press(' ');
    expect(document.querySelector('.tre-answer')).not.toBeNull();
    await press('3', field);
    const input = document.createElement('input');
    document.body.append(input);
    await press('Escape', input);
    expect(requests.some((r) => r.type === 'store/rate')).toBe(false);
    expect(onLeave).not.toHaveBeenCalled();
    field.remove();
    input.remove();
  });

  it('leaves on Esc, keeping a summary in case the tab stays open', async () => {
    const { ask } = fakeStore({ cards: [geneva], saved: [savedView(GENEVA)] });
    const { onLeave } = await mount(ask);
    await press('Escape');
    expect(onLeave).toHaveBeenCalledOnce();
    expect(text()).toContain('Đã dừng ôn tập');
    act(() => buttonNamed('Ôn tiếp')!.click());
    await flush();
    expect(document.querySelector('h2#tre-question-prompt')).not.toBeNull();
  });

  it('offers an order question’s two events as buttons; picking one reveals the answer', async () => {
    const termId = [...view.terms.keys()].find((id) => cardKindsFor(view.terms.get(id)!, view).includes('order'))!;
    const { ask } = fakeStore({ cards: [newCard(termId, 'order', NOW - DAY)], saved: [savedView(termId)] });
    await mount(ask);
    expect(document.querySelector('h2#tre-question-prompt')!.textContent).toBe('Điều gì xảy ra trước?');
    const choices = document.querySelectorAll<HTMLButtonElement>('.tre-choice');
    expect(choices).toHaveLength(2);
    await press('1');
    expect(document.querySelector('.tre-answer')).not.toBeNull();
    expect(status()).toMatch(/^(Đúng!|Chưa đúng\. Đáp án: .+)$/);
    expect(document.querySelectorAll('.tre-choice-right')).toHaveLength(1);
  });

  it('explains how to save terms when nothing is saved', async () => {
    const { ask } = fakeStore();
    await mount(ask);
    expect(text()).toContain('Chưa lưu thuật ngữ nào');
    expect(text()).toContain('“Lưu”');
  });

  it('is done (not empty) when terms are saved but nothing is due', async () => {
    const { ask } = fakeStore({ saved: [savedView(ASEAN)] });
    await mount(ask);
    expect(text()).toContain('Hiện chưa có thẻ nào đến hạn.');
  });

  it('shows a store failure as its sentence in an alert', async () => {
    const { ask } = fakeStore({ cards: [geneva], fail: { 'store/next-card': 'quota' } });
    await mount(ask);
    expect(alert()).toBe('Không đủ dung lượng lưu trữ. Hãy giải phóng dung lượng trên máy rồi thử lại.');
    expect(buttonNamed('Thử lại')).toBeDefined();
  });

  it('keeps reviewing when only the saved list fails, and says so', async () => {
    const { ask, requests } = fakeStore({ cards: [geneva], fail: { 'store/list': 'failed' } });
    await mount(ask);
    expect(alert()).toBe('Không đọc hoặc ghi được dữ liệu đã lưu. Hãy thử lại.');
    await press(' ');
    await press('2');
    expect(requests.at(-1)).toMatchObject({ type: 'store/rate', rating: 2 });
  });
});

describe('quiz this page', () => {
  afterEach(() => act(() => render(null, document.body)));

  const PAGE = [GENEVA, 'hiep-dinh-pa-ri-1973', ASEAN, 'ho-chi-minh', 'lien-hop-quoc'].filter((id) => view.terms.has(id));
  const report = { site: 'example.org', terms: PAGE.map((id) => ({ id, count: 2 })) };
  const quiz = quizForPage(PAGE, view, { seed: NOW, lang: 'vi' });

  it('asks the page’s questions, scores right and wrong answers, and shows the score', async () => {
    const { ask } = fakeStore({ savedIds: new Set(PAGE) });
    const pageTerms = vi.fn(() => Promise.resolve(report));
    await mount(ask, { kind: 'quiz', tabId: 7 }, pageTerms);
    expect(pageTerms).toHaveBeenCalledWith(7);
    expect(quiz.length).toBeGreaterThan(1);
    expect(text()).toContain(`Câu 1/${quiz.length}`);
    expect(document.querySelector('h2#tre-question-prompt')!.textContent).toBe(quiz[0]!.prompt);
    expectNamedButtons();

    await press(String(quiz[0]!.answerIndex + 1));
    expect(status()).toBe('Đúng!');
    expect(document.querySelector('.tre-answer .tre-card')).not.toBeNull();
    for (let i = 1; i < quiz.length; i++) {
      act(() => buttonNamed('Câu tiếp theo')!.click());
      await flush();
      const q = quiz[i]!;
      expect(document.querySelector('h2#tre-question-prompt')!.textContent).toBe(q.prompt);
      const wrong = q.choices.findIndex((_, j) => j !== q.answerIndex);
      act(() => document.querySelectorAll<HTMLButtonElement>('.tre-choice')[wrong]!.click());
      await flush();
      expect(status()).toBe(`Chưa đúng. Đáp án: ${q.answer}`);
      expect(document.querySelector('.tre-choice-right')!.textContent).toContain(q.answer);
      if (i === quiz.length - 1) {
        expect(buttonNamed('Xem kết quả')).toBeDefined();
        await press('Enter');
      }
    }
    expect(text()).toContain(`Bạn trả lời đúng 1/${quiz.length} câu.`);
  });

  it('offers to save only terms not saved yet, and saves without a context', async () => {
    const unsaved = quiz[0]!.termId;
    const { ask, requests } = fakeStore({ savedIds: new Set(PAGE.filter((id) => id !== unsaved)) });
    await mount(ask, { kind: 'quiz', tabId: 7 }, () => Promise.resolve(report));
    await press('1');
    const offer = buttonNamed('Lưu thuật ngữ này')!;
    expect(offer).toBeDefined();
    act(() => offer.click());
    await flush();
    expect(requests.at(-1)).toEqual({ type: 'store/save', termId: unsaved });
    expect(buttonNamed('Lưu thuật ngữ này')).toBeUndefined();
    expect(status()).toContain('Đã lưu “');

    const savedQuestion = quiz.findIndex((q) => q.termId !== unsaved);
    for (let i = 1; i <= savedQuestion; i++) {
      await press('Enter');
      await press('1');
    }
    expect(document.querySelector('h2#tre-question-prompt')!.textContent).toBe(quiz[savedQuestion]!.prompt);
    expect(buttonNamed('Lưu thuật ngữ này')).toBeUndefined();
  });

  it('works without the store, saying that saving is unavailable', async () => {
    const { ask } = fakeStore({ fail: { 'store/is-saved': 'failed' } });
    await mount(ask, { kind: 'quiz', tabId: 7 }, () => Promise.resolve(report));
    expect(document.querySelector('h2#tre-question-prompt')!.textContent).toBe(quiz[0]!.prompt);
    expect(alert()).toBe('Không đọc hoặc ghi được dữ liệu đã lưu. Hãy thử lại.');
    await press('1');
    expect(buttonNamed('Lưu thuật ngữ này')).toBeUndefined();
  });

  it('says so when the tab cannot be asked, has no terms, or is not given', async () => {
    const { ask } = fakeStore();
    await mount(ask, { kind: 'quiz', tabId: 7 }, () => Promise.reject(new Error('no content script')));
    expect(text()).toContain('Tre không đọc được trang trong thẻ đó');
    act(() => render(null, document.body));
    await mount(ask, { kind: 'quiz', tabId: 7 }, () => Promise.resolve({ site: 'x.org', terms: [{ id: 'not-in-glossary', count: 1 }] }));
    expect(text()).toContain('Trang này không có thuật ngữ nào');
    act(() => render(null, document.body));
    await mount(ask, { kind: 'quiz', tabId: null });
    expect(text()).toContain('Không rõ trang nào cần kiểm tra');
  });
});

import { describe, expect, it } from 'vitest';
import { gapParts, previewGaps, reviewPageModeOf, reviewPagePath } from './review-page';
import { newCard } from './scheduler';

describe('review page address', () => {
  it('round-trips review and the page quiz', () => {
    expect(reviewPagePath()).toBe('/review.html');
    expect(reviewPagePath({ kind: 'quiz', tabId: 12 })).toBe('/review.html?quiz=1&tab=12');
    expect(reviewPageModeOf('?quiz=1&tab=12')).toEqual({ kind: 'quiz', tabId: 12 });
    expect(reviewPageModeOf('?quiz=1')).toEqual({ kind: 'quiz', tabId: null });
    expect(reviewPageModeOf('?quiz=1&tab=abc')).toEqual({ kind: 'quiz', tabId: null });
    expect(reviewPageModeOf('')).toEqual({ kind: 'review' });
  });
});

describe('rating previews', () => {
  it('give a longer gap for an easier rating', () => {
    const now = Date.UTC(2025, 0, 1);
    const gaps = previewGaps(newCard('asean', 'date', now), now, { targetRetention: 0.9 });
    expect(gaps[1]).toBeLessThanOrEqual(gaps[3]);
    expect(gaps[3]).toBeLessThan(gaps[4]);
  });

  it('round gaps to words', () => {
    expect(gapParts(20_000)).toEqual({ unit: 'soon', n: 0 });
    expect(gapParts(10 * 60_000)).toEqual({ unit: 'minute', n: 10 });
    expect(gapParts(3 * 86_400_000)).toEqual({ unit: 'day', n: 3 });
    expect(gapParts(60 * 86_400_000)).toEqual({ unit: 'month', n: 2 });
    expect(gapParts(730 * 86_400_000)).toEqual({ unit: 'year', n: 2 });
  });
});

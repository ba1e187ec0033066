import type { Era, Event } from '../../lib/glossary/schema';

// Small hand-made timeline for the unit tests of lib/timeline and the side panel's components: independent of
// data/, so the tests pin the rules, not the content.

const textbook = 'Lịch sử 12, Chủ đề 5: Lịch sử đối ngoại của Việt Nam thời cận – hiện đại (Bài 12–14)';

export function testEvent(id: string, date: string, era: string, terms: string[], locator?: string, vi = id, en?: string): Event {
  return {
    id, date, era, terms,
    title: en ? { vi, en } : { vi },
    sources: [{ title: textbook, ...(locator ? { locator } : {}) }],
  };
}

export const TEST_ERAS: Era[] = [
  { id: 'e1', name: { vi: 'Kháng chiến chống Pháp', en: 'Against France' }, start: '1945', end: '1954',
    summary: { vi: 'Tóm tắt một.', en: 'Summary one.' } },
  { id: 'e2', name: { vi: 'Kháng chiến chống Mỹ', en: 'Against the US' }, start: '1954', end: '1975' },
  { id: 'e3', name: { vi: 'Đổi mới', en: 'Renovation' }, start: '1986', end: '2010' },
];

export const TEST_EVENTS: Event[] = [
  testEvent('sac-lenh', '1945-08-28', 'e1', ['hcm'], 'Bài 12, mục 2a', 'Thành lập ngành ngoại giao', 'Diplomatic service founded'),
  testEvent('so-bo', '1946-03-06', 'e1', ['viet-phap', 'france'], 'Bài 12, mục 2a', 'Ký Hiệp định Sơ bộ', 'Preliminary Agreement signed'),
  testEvent('geneva', '1954-07-21', 'e1', ['geneva', 'swiss'], 'Bài 13, mục 1', 'Ký Hiệp định Giơ-ne-vơ về Đông Dương', 'Geneva Accords signed'),
  testEvent('paris', '1973-01-27', 'e2', ['paris-1973', 'usa'], 'Bài 13, mục 2', 'Ký Hiệp định Pa-ri', 'Paris Peace Accords signed'),
  testEvent('cuba', '1960', 'e2', ['laos'], undefined, 'Việt Nam và Cu-ba thiết lập quan hệ ngoại giao', 'Vietnam and Cuba establish relations'),
  testEvent('un', '1977-09-20', 'e9', ['un'], 'Bài 14, mục 1', 'Gia nhập Liên hợp quốc'),
  testEvent('asean', '1995', 'e3', ['asean'], 'Bài 14, mục 2', 'Việt Nam gia nhập ASEAN', 'Vietnam joins ASEAN'),
  testEvent('paris-cpc', '1991-10', 'e3', ['paris-1991'], 'Bài 14, mục 2', 'Ký Hiệp định Pa-ri về Cam-pu-chia'),
];

import { describe, expect, it } from 'vitest';
import type { Event, Term } from '../glossary/schema';
import { loadGlossary } from '../../scripts/load-glossary';
import { askableDate, cardKindsFor, compareDates, createCardsForTerm, keyDate, nameWithoutDate } from './cards';
import { glossaryView } from './glossary-view';
import { buildQuestion, maskNames } from './questions';
import { seededRandom } from './random';

const src = [{ title: 't' }];
const term = (id: string, extra: Partial<Term> = {}): Term => ({
  id, type: 'treaty', name: { vi: `Tên ${id}`, en: `Name ${id}` }, aliases: [], summary: { vi: `Tóm tắt ${id}`, en: `Summary ${id}` }, sources: src, ...extra,
});
const event = (id: string, date: string, terms: string[], era = 'e1'): Event => ({
  id, date, era, terms, title: { vi: `Sự kiện ${id}`, en: `Event ${id}` }, sources: src,
});

describe('card kinds', () => {
  it('picks the most important date and asks at its precision', () => {
    expect(keyDate(term('a', { dates: { end: '1990', signed: '1954-07-21', founded: '1950' } }))).toEqual({ key: 'signed', iso: '1954-07-21', precision: 'day' });
    expect(keyDate(term('a', { dates: { died: '1969-09-02', born: '1890' } }))?.key).toBe('born');
    expect(keyDate(term('a', { dates: { held: '1945-08' } }))?.precision).toBe('month');
    expect(keyDate(term('a', { dates: { weird: '1945' } }))).toBeNull();
    expect(keyDate(term('a'))).toBeNull();
  });

  it('never asks a date that the name gives away', () => {
    expect(nameWithoutDate('Bình thường hóa quan hệ Việt Nam – Hoa Kỳ (1995)')).toBe('Bình thường hóa quan hệ Việt Nam – Hoa Kỳ');
    expect(nameWithoutDate('Kháng chiến chống Pháp (1945–1954)')).toBe('Kháng chiến chống Pháp');
    expect(askableDate(term('a', { name: { vi: 'Quan hệ (1995)' }, dates: { established: '1995' } }))).not.toBeNull();
    expect(askableDate(term('a', { name: { vi: 'Cách mạng tháng Tám năm 1945' }, dates: { held: '1945-08' } }))).toBeNull();
    expect(askableDate(term('a', { name: { vi: 'X', en: 'APEC 2006' }, dates: { held: '2006' } }))).toBeNull();
  });

  it('compares dates only at the precision both have', () => {
    expect(compareDates('1954', '1954-07-21')).toBe(0);
    expect(compareDates('1954-07', '1954-07-21')).toBe(0);
    expect(compareDates('1954-06', '1954-07-01')).toBe(-1);
    expect(compareDates('1955', '1954-12-31')).toBe(1);
  });

  it('gives each term the cards its glossary entry can answer', () => {
    const events = [event('e1', '1954-07-21', ['a']), event('e2', '1973-01-27', ['b']), event('e3', '1954', ['c'])];
    const a = term('a', { dates: { signed: '1954-07-21' } });
    const view = glossaryView([a, term('b'), term('c')], events);
    expect(cardKindsFor(a, view)).toEqual(['name-to-summary', 'summary-to-name', 'date', 'order']);
    expect(cardKindsFor(term('b'), view)).toEqual(['name-to-summary', 'summary-to-name', 'order']);
    // Its only event is dated "1954": nothing is surely before or after it except 1973.
    expect(cardKindsFor(term('c'), view)).toContain('order');
    const lone = glossaryView([term('c')], [event('e3', '1954', ['c']), event('e4', '1954-05-07', [])]);
    expect(cardKindsFor(term('c'), lone)).toEqual(['name-to-summary', 'summary-to-name']);
    expect(createCardsForTerm(a, view, 5).map((c) => [c.id, c.due])).toEqual([
      ['a|name-to-summary', 5], ['a|summary-to-name', 5], ['a|date', 5], ['a|order', 5],
    ]);
  });
});

describe('questions from the real glossary', () => {
  const glossary = loadGlossary();
  const view = glossaryView(glossary.terms, glossary.events);
  const random = seededRandom(1);

  it('asks the Geneva Accords date in Vietnamese first, at day precision', () => {
    const vi = buildQuestion('hiep-dinh-gio-ne-vo-1954', 'date', view, { lang: 'vi', random, choices: true })!;
    expect(vi.prompt).toBe('Hiệp định Giơ-ne-vơ: ký kết vào ngày nào?');
    expect(vi.answer).toBe('21/7/1954');
    expect(vi.choices).toHaveLength(4);
    expect(new Set(vi.choices).size).toBe(4);
    expect(vi.choices[vi.answerIndex]).toBe('21/7/1954');
    for (const c of vi.choices) expect(c).toMatch(/^\d{1,2}\/\d{1,2}\/\d{4}$/);
    const en = buildQuestion('hiep-dinh-gio-ne-vo-1954', 'date', view, { lang: 'en', random, choices: false })!;
    expect(en.prompt).toBe('Geneva Accords: signed on which date?');
    expect(en.answer).toBe('21 July 1954');
    expect(en.choices).toEqual([]);
  });

  it('builds an order question from two events surely apart, answered by the earlier', () => {
    for (let seed = 0; seed < 30; seed++) {
      const q = buildQuestion('hiep-dinh-gio-ne-vo-1954', 'order', view, { lang: 'vi', random: seededRandom(seed), choices: false })!;
      expect(q.prompt).toBe('Điều gì xảy ra trước?');
      expect(q.choices).toHaveLength(2);
      const [a, b] = q.choices.map((title) => glossary.events.find((e) => e.title.vi === title)!);
      expect(compareDates(a!.date, b!.date)).not.toBe(0);
      const first = compareDates(a!.date, b!.date) < 0 ? a! : b!;
      expect(q.answer).toBe(first.title.vi);
      expect(q.choices[q.answerIndex]).toBe(q.answer);
    }
  });

  it('masks the term’s own names in a summary', () => {
    const t = glossary.terms.find((x) => x.id === 'gia-nhap-asean-1995')!;
    const masked = maskNames('Việt Nam gia nhập ASEAN năm 1995; asean là viết thường.', { ...t, aliases: ['ASEAN'] }, '…');
    expect(masked).toBe('… năm 1995; asean là viết thường.');
    const q = buildQuestion('asean', 'summary-to-name', view, { lang: 'vi', random, choices: true });
    if (q) expect(q.detail).not.toMatch(/\bASEAN\b/);
  });

  it('makes a question of every card of every term, or none when the answer is missing', () => {
    for (const t of glossary.terms) {
      for (const kind of cardKindsFor(t, view)) {
        const q = buildQuestion(t.id, kind, view, { lang: 'vi', random, choices: true });
        expect(q, `${t.id} ${kind}`).not.toBeNull();
        expect(q!.answer.trim()).not.toBe('');
        expect(q!.choices[q!.answerIndex]).toBe(q!.answer);
      }
    }
    expect(buildQuestion('no-such-term', 'name-to-summary', view, { lang: 'vi', random, choices: true })).toBeNull();
    // Every card of 339 terms: about 2 s alone, over vitest's 5 s default on a loaded 2-core machine.
  }, 30_000);
});

import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { TermDetails } from '../lib/glossary/catalog';
import { TermCard } from './TermCard';

const details: TermDetails = {
  term: {
    id: 'hiep-dinh-gio-ne-vo-1954', type: 'treaty',
    name: { vi: 'Hiệp định Giơ-ne-vơ', en: 'Geneva Accords' },
    aliases: ['Hiệp định Genève', 'Geneva Accords', 'Accords de Genève'],
    summary: { vi: 'Văn bản pháp lí quốc tế.', en: 'An international legal document.' },
    dates: { signed: '1954-07-21', inForce: '1954-07' },
    sources: [{ title: 'SGK' }],
  },
  related: [{ id: 'hoi-nghi-gio-ne-vo-1954', type: 'event', name: { vi: 'Hội nghị Giơ-ne-vơ', en: 'Geneva Conference' } }],
};
const t = (key: string) => ({ type_treaty: 'Hiệp định', date_signed: 'Ký kết', date_other: 'Mốc', popover_otherNames: 'Tên khác', popover_related: 'Liên quan' })[key] ?? key;

describe('TermCard', () => {
  afterEach(() => render(null, document.body));

  it('shows a term in Vietnamese: name, type, dates as read in Vietnam, summary, other names, related', () => {
    render(<TermCard details={details} lang="vi" t={t} />, document.body);
    const text = document.body.textContent!;
    expect(document.querySelector('h2')!.textContent).toBe('Hiệp định Giơ-ne-vơ');
    expect(text).toContain('Geneva Accords');
    expect(text).toContain('Hiệp định');
    expect(text).toContain('Ký kết21/7/1954');
    expect(text).toContain('Mốctháng 7/1954'); // an unknown date key still gets a label
    expect(text).toContain('Văn bản pháp lí quốc tế.');
    expect(text).toContain('Hiệp định Genève · Accords de Genève');
    expect(document.querySelector('[data-term="hoi-nghi-gio-ne-vo-1954"]')!.textContent).toBe('Hội nghị Giơ-ne-vơ');
  });

  it('shows English content and dates to an English reader', () => {
    render(<TermCard details={details} lang="en" t={t} />, document.body);
    expect(document.querySelector('h2')!.textContent).toBe('Geneva Accords');
    expect(document.body.textContent).toContain('21 July 1954');
    expect(document.body.textContent).toContain('An international legal document.');
    expect(document.body.textContent).toContain('Geneva Conference');
  });

  it('cuts long lists of other names when asked', () => {
    render(<TermCard details={details} lang="vi" t={t} maxAliases={1} />, document.body);
    expect(document.querySelector('.tre-aliases p')!.textContent).toBe('Hiệp định Genève …');
  });

  it('makes related terms links and lists sources in the full card', () => {
    const opened: string[] = [];
    render(<TermCard details={details} lang="vi" t={t} showSources onOpenRelated={(id) => opened.push(id)} />, document.body);
    const link = document.querySelector<HTMLButtonElement>('[data-term="hoi-nghi-gio-ne-vo-1954"] button')!;
    link.click();
    expect(opened).toEqual(['hoi-nghi-gio-ne-vo-1954']);
    expect(document.querySelector('.tre-sources')!.textContent).toContain('SGK');
  });

  it('shows neither links nor sources unless asked', () => {
    render(<TermCard details={details} lang="vi" t={t} />, document.body);
    expect(document.querySelector('.tre-related button')).toBeNull();
    expect(document.querySelector('.tre-sources')).toBeNull();
  });

  it('lists no folding variant of the title and not the title itself under other names, in either language', () => {
    const variants: TermDetails = {
      ...details,
      term: { ...details.term, aliases: ['Hiệp định Giơnevơ', 'Hiệp định Gionevo', 'hiệp định giơ-ne-vơ', 'Geneva Accords', 'GENEVA ACCORDS', 'Accords de Genève'] },
    };
    for (const lang of ['vi', 'en'] as const) {
      render(<TermCard details={variants} lang={lang} t={t} />, document.body);
      expect(document.querySelector('.tre-aliases p')!.textContent, lang).toBe('Accords de Genève');
      render(null, document.body);
    }
  });

  it('shows the short summary first in the hover card and the full one a click away', async () => {
    const long = 'Hiệp định kí ngày 21/7/1954 tại Hội nghị quốc tế về Đông Dương ở Giơ-ne-vơ (Thuỵ Sĩ), khép lại cuộc kháng chiến chống Pháp. ' +
      'Đây là văn bản pháp lí quốc tế công nhận những quyền dân tộc cơ bản của nhân dân ba nước Đông Dương, do các nước tham dự hội nghị cam kết tôn trọng.';
    const withLong: TermDetails = { ...details, term: { ...details.term, summary: { vi: long } } };
    render(<TermCard details={withLong} lang="vi" t={t} brief />, document.body);
    const summary = () => document.querySelector('.tre-summary')!.textContent!;
    expect(summary()).not.toContain('Đây là văn bản');
    const toggle = document.querySelector<HTMLButtonElement>('.tre-summary-toggle')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(summary()).toContain('Đây là văn bản');
    expect(document.querySelector('.tre-summary-toggle')!.getAttribute('aria-expanded')).toBe('true');
  });

  it('shows the hover summary packaged with the term (worked out at build time) in the card\'s language', () => {
    const long = 'Câu đầu nói hiệp định là gì. Câu sau kể thêm mọi chi tiết cho người đọc muốn biết nhiều hơn nữa về nó.';
    const packaged: TermDetails = {
      ...details,
      term: { ...details.term, summary: { vi: long, en: 'The whole English summary. And more.' }, brief: { vi: 'Bản ngắn đã đóng gói.', en: 'The packaged brief.' } },
    };
    render(<TermCard details={packaged} lang="vi" t={t} brief />, document.body);
    expect(document.querySelector('.tre-summary')!.textContent).toContain('Bản ngắn đã đóng gói.');
    render(null, document.body);
    render(<TermCard details={packaged} lang="en" t={t} brief />, document.body);
    expect(document.querySelector('.tre-summary')!.textContent).toContain('The packaged brief.');
    expect(document.querySelector('.tre-summary-toggle')).not.toBeNull();
  });

  it('has no "read in full" control when the summary is already short', () => {
    render(<TermCard details={details} lang="vi" t={t} brief />, document.body);
    expect(document.querySelector('.tre-summary-toggle')).toBeNull();
  });

  it('lists the textbook lesson first among the sources, with its locator', () => {
    const sourced: TermDetails = {
      ...details,
      term: { ...details.term, sources: [{ title: 'Báo cáo công tác đối ngoại năm 2020', locator: 'mục II.2' },
        { title: 'Lịch sử 12, Chủ đề 5: Lịch sử đối ngoại của Việt Nam (Bài 12–14)', locator: 'Bài 13, mục 1' }] },
    };
    render(<TermCard details={sourced} lang="vi" t={t} showSources />, document.body);
    expect([...document.querySelectorAll('.tre-sources li')].map((li) => li.textContent)).toEqual([
      'Lịch sử 12 · Bài 13, mục 1',
      'Báo cáo công tác đối ngoại năm 2020 · mục II.2',
    ]);
  });
});

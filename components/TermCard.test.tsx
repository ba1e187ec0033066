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
    const link = document.querySelector<HTMLAnchorElement>('[data-term="hoi-nghi-gio-ne-vo-1954"] a')!;
    link.click();
    expect(opened).toEqual(['hoi-nghi-gio-ne-vo-1954']);
    expect(document.querySelector('.tre-sources')!.textContent).toContain('SGK');
  });

  it('shows neither links nor sources in the popover', () => {
    render(<TermCard details={details} lang="vi" t={t} />, document.body);
    expect(document.querySelector('.tre-related a')).toBeNull();
    expect(document.querySelector('.tre-sources')).toBeNull();
  });
});

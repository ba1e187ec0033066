import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TermDetails } from '../lib/glossary/catalog';
import { translator } from '../lib/i18n/i18n';
import { TermPopover } from './TermPopover';

const details: TermDetails = {
  term: {
    id: 'hiep-dinh-gio-ne-vo-1954', type: 'treaty',
    name: { vi: 'Hiệp định Giơ-ne-vơ', en: 'Geneva Accords' },
    aliases: ['Hiệp định Gionevo', 'Accords de Genève'],
    summary: { vi: 'Văn bản pháp lí quốc tế.', en: 'An international legal document.' },
    sources: [{ title: 'SGK' }],
  },
  related: [{ id: 'hoi-nghi-gio-ne-vo-1954', type: 'event', name: { vi: 'Hội nghị Giơ-ne-vơ', en: 'Geneva Conference' } }],
};
const anchor = { top: 10, bottom: 30, left: 10, right: 60, width: 50, height: 20, x: 10, y: 10 } as DOMRect;

beforeAll(() => {
  // happy-dom lays nothing out and may lack the Popover API: enough of it for the component to run.
  const proto = HTMLElement.prototype as unknown as Record<string, unknown>;
  if (!('showPopover' in proto)) {
    proto.showPopover = function (this: HTMLElement) { this.dataset.testOpen = 'true'; };
    proto.hidePopover = function (this: HTMLElement) { delete this.dataset.testOpen; };
  }
  (globalThis as Record<string, unknown>).ResizeObserver ??= class { observe() {} disconnect() {} };
});

function mount(props: Partial<Parameters<typeof TermPopover>[0]> = {}, lang: 'vi' | 'en' = 'vi') {
  act(() => render(<TermPopover state={{ status: 'ready', anchor, details }} lang={lang} t={translator(lang)} onClose={() => undefined} {...props} />, document.body));
  return document.querySelector<HTMLElement>('.tre-popover')!;
}

describe('TermPopover', () => {
  afterEach(() => act(() => render(null, document.body)));

  it('names the dialog after its term, in the reader\'s language', () => {
    expect(mount().getAttribute('aria-label')).toBe('Hiệp định Giơ-ne-vơ — giải thích');
    act(() => render(null, document.body));
    expect(mount({}, 'en').getAttribute('aria-label')).toBe('Geneva Accords — explanation');
  });

  it('has a generic name while loading', () => {
    act(() => render(<TermPopover state={{ status: 'loading', anchor }} lang="vi" t={translator('vi')} onClose={() => undefined} />, document.body));
    expect(document.querySelector('.tre-popover')!.getAttribute('aria-label')).toBe('Giải thích thuật ngữ');
  });

  it('opens a related term through its button, and shows Back to the card before when given one', () => {
    const opened: string[] = [];
    let back = 0;
    mount({ onOpenRelated: (id) => opened.push(id), back: { name: 'Hiệp định Pa-ri', onBack: () => back++ } });
    act(() => document.querySelector<HTMLButtonElement>('.tre-related [data-term="hoi-nghi-gio-ne-vo-1954"] button')!.click());
    expect(opened).toEqual(['hoi-nghi-gio-ne-vo-1954']);
    const backButton = document.querySelector<HTMLButtonElement>('.tre-popover-back')!;
    expect(backButton.textContent).toBe('← Quay lại: Hiệp định Pa-ri');
    act(() => backButton.click());
    expect(back).toBe(1);
  });

  it('has no Back on the first card, and lists other names without the folding variant', () => {
    mount();
    expect(document.querySelector('.tre-popover-back')).toBeNull();
    expect(document.querySelector('.tre-aliases p')!.textContent).toBe('Accords de Genève');
  });
});

import { describe, expect, it } from 'vitest';
import { compileMatchIndex } from '../glossary/compile';
import type { GlossaryContext, Term } from '../glossary/schema';
import { Matcher } from './matcher';
import { ShortNames } from './short-names';

// People's short names (docs/decisions/009-context-rules.md, "Short names"): kept only after the full name on
// the same page, standing alone as a name, and never for two people at once. A hand-made glossary, so these
// tests hold the rule, not the content of data/.
const src = [{ title: 'test' }];
const person = (id: string, vi: string, more: Partial<Term> = {}): Term =>
  ({ id, type: 'person', name: { vi, en: vi.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D') }, aliases: [], summary: { vi: 's' }, sources: src, ...more });

const terms: Term[] = [
  person('trong', 'Nguyễn Phú Trọng', { aliases: ['Nguyen Phu Trong'] }),
  person('to-lam', 'Tô Lâm', { aliases: ['To Lam'] }),
  person('phuc', 'Nguyễn Xuân Phúc'),
  person('thach', 'Nguyễn Cơ Thạch'),
  person('xi', 'Tập Cận Bình', { name: { vi: 'Tập Cận Bình', en: 'Xi Jinping' }, aliases: ['Xi Jinping'], shortNames: ['Tập', 'Xi'] }),
  person('hcm', 'Hồ Chí Minh', { shortNames: [] }),
  // Two people who share a given name.
  person('ndt', 'Nguyễn Duy Trinh'),
  person('pct', 'Phan Châu Trinh'),
  { id: 'xi-congress', type: 'event', name: { vi: 'Đại hội XI' }, aliases: [], summary: { vi: 's' }, sources: src },
];
const context: GlossaryContext = {
  namedAfter: { before: ['đường'], after: ['City'] },
  surnames: ['Nguyễn', 'Tô', 'Phan', 'Hồ', 'Lâm'],
  stateCues: [],
  domesticFollowers: ['Việt Nam'],
  titles: ['ông', 'bà', 'Tổng Bí thư', 'Mr.', 'President', 'General Secretary'],
};
const matcher = Matcher.fromIndex(compileMatchIndex(terms, [], context));

/** Scans the blocks of one page in order, with one memory; returns "id:text" per mention. */
function page(...blocks: string[]): string[] {
  const names = new ShortNames();
  return blocks.flatMap((b) => matcher.findMatches(b, names).map((m) => `${m.id}:${b.slice(m.start, m.end)}${m.short ? '*' : ''}`));
}

describe('short names', () => {
  it('are kept after the full name, in the same block or a later one of the same page', () => {
    expect(page('Tổng Bí thư Nguyễn Phú Trọng tiếp khách. Ông Trọng nói rằng…')).toEqual(['trong:Nguyễn Phú Trọng', 'trong:Trọng*']);
    expect(page('Xi Jinping landed in Hanoi.', 'Xi announced a shared future; President Xi left.'))
      .toEqual(['xi:Xi Jinping', 'xi:Xi*', 'xi:Xi*']);
    expect(page('Nguyen Phu Trong met Biden. Mr. Trong hosted the ceremony.')).toEqual(['trong:Nguyen Phu Trong', 'trong:Trong*']);
    expect(page('To Lam went to Beijing. Lam had just been chosen.')).toEqual(['to-lam:To Lam', 'to-lam:Lam*']);
  });

  it('are never marked without the full name first on that page', () => {
    expect(page('Ông Trọng nói rằng…', 'Nguyễn Phú Trọng')).toEqual(['trong:Nguyễn Phú Trọng']);
    expect(page('Xi announced it.')).toEqual([]);
    // A new page (a new memory) forgets the last one's names.
    page('Nguyễn Phú Trọng');
    expect(page('Ông Trọng nói.')).toEqual([]);
    // Without a memory (a caller that keeps none), no short name is offered at all.
    expect(matcher.findMatches('Nguyễn Phú Trọng. Ông Trọng nói.').map((m) => m.id)).toEqual(['trong']);
  });

  it('are not part of a longer capitalised name, nor a numeral in capitals', () => {
    expect(page('To Lam visited.', 'An orchid was named Papilionanda To Lam Linh Ly; Henry Lam Tran spoke.')).toEqual(['to-lam:To Lam']);
    expect(page('Tô Lâm đến.', 'Ông Lâm Đồng và tỉnh Lâm Đồng.')).toEqual(['to-lam:Tô Lâm']);
    expect(page('Xi Jinping came.', 'Đại hội XI; Chapter XI says so.')).toEqual(['xi:Xi Jinping', 'xi-congress:Đại hội XI']);
  });

  it('with Vietnamese marks, need a title: the syllable is also an ordinary word', () => {
    expect(page('Nguyễn Xuân Phúc đến. Phúc lợi xã hội và hạnh Phúc.')).toEqual(['phuc:Nguyễn Xuân Phúc']);
    expect(page('Nguyễn Cơ Thạch gặp Baker. Hai ông Baker và Thạch thống nhất.')).toEqual(['thach:Nguyễn Cơ Thạch', 'thach:Thạch*']);
    expect(page('Tập Cận Bình đến. Ông Tập nhận lời; tập hai của sách.')).toEqual(['xi:Tập Cận Bình', 'xi:Tập*']);
  });

  it('in Vietnamese text need a title even without marks: "Trong đó" is not Mr. Trong', () => {
    expect(page('Tổng Bí thư Nguyễn Phú Trọng phát biểu.', 'Trong đó, các nước láng giềng được ưu tiên.', 'Trong công tác đối ngoại nhân dân')).toEqual(['trong:Nguyễn Phú Trọng']);
    expect(page('Nguyen Phu Trong spoke. Trong said the ties were deep.')).toEqual(['trong:Nguyen Phu Trong', 'trong:Trong*']);
  });

  it('name the one person named on the page, and nobody when two people named there share them', () => {
    expect(page('Phan Châu Trinh sang Pháp. Ông Trinh viết thư.')).toEqual(['pct:Phan Châu Trinh', 'pct:Trinh*']);
    expect(page('Nguyễn Duy Trinh và Phan Châu Trinh. Ông Trinh viết thư.')).toEqual(['ndt:Nguyễn Duy Trinh', 'pct:Phan Châu Trinh']);
    // A person with no short name (shortNames: []) lends his last syllable to nobody.
    expect(page('Hồ Chí Minh. Ông Minh đến.')).toEqual(['hcm:Hồ Chí Minh']);
  });
});

describe('short names in the background (one page session per connection, lib/page-matching)', () => {
  it('remembers what one page named across its chunks, and nothing across pages', async () => {
    const { createPageSession } = await import('../page-matching/page-session');
    const indexOf = new Map(terms.map((t, i) => [t.id, i]));
    const first = createPageSession(matcher, indexOf);
    const ids = (flat: number[][]) => flat.map((b) => b.filter((_, i) => i % 3 === 2).map((i) => terms[i]!.id));
    expect(ids(first.matchBlocks(['Xi Jinping arrived in Hanoi.']))).toEqual([['xi']]);
    // A later chunk of the same page: "Xi" is Xi Jinping now.
    expect(ids(first.matchBlocks(['Then Xi met the press.']))).toEqual([['xi']]);
    // Another page (another connection) has named nobody.
    expect(ids(createPageSession(matcher, indexOf).matchBlocks(['Then Xi met the press.']))).toEqual([[]]);
  });
});

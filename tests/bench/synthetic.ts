import type { Term } from '../../lib/glossary/schema';
import { seededRandom } from '../../lib/review/random';

// Synthetic glossaries for the scaling figures: the real terms plus made-up names built from syllables of the
// page texts and the heads real names start with ("Hiệp định …", "Hội nghị …"), so they share prefixes with
// real text and make the automaton work, not just grow.

const HEADS = ['Hiệp định', 'Hội nghị', 'Tổ chức', 'Liên minh', 'Đảng', 'Hội đồng', 'Ủy ban', 'Chính phủ', 'Diễn đàn', 'Công ước'];

export function syntheticTerms(real: Term[], aliasCount: number, corpus: string): Term[] {
  const syllables = [...new Set(corpus.toLowerCase().match(/[\p{L}]{2,7}/gu) ?? [])].slice(0, 3000);
  const random = seededRandom(7);
  const pick = <T,>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
  const realAliases = real.reduce((n, t) => n + (t.highlight === false ? 0 : 1 + t.aliases.length), 0);
  const extra: Term[] = [];
  const seen = new Set<string>();
  for (let made = realAliases; made < aliasCount; ) {
    const n = 1 + Math.floor(random() * 3);
    const name = `${pick(HEADS)} ${Array.from({ length: n }, () => pick(syllables)).join(' ')} ${1900 + Math.floor(random() * 125)}`;
    if (seen.has(name)) continue;
    seen.add(name);
    extra.push({
      id: `synthetic-${extra.length}`, type: 'concept', name: { vi: name }, aliases: [],
      summary: { vi: 'synthetic' }, sources: [{ title: 'synthetic' }],
    });
    made++;
  }
  return [...real, ...extra];
}

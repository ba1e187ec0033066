import type { Term } from '../../lib/glossary/schema';

// A small hand-made glossary for unit tests of the matcher and search: independent of data/, so these tests
// pin the rules, not the content.
const src = [{ title: 'test' }];

export const TEST_TERMS: Term[] = [
  { id: 'geneva', type: 'treaty', name: { vi: 'Hiệp định Giơ-ne-vơ', en: 'Geneva Accords' },
    aliases: ['Hiệp định Genève', 'Gionevo', 'Geneva Accords'], summary: { vi: 's' }, sources: src },
  { id: 'paris-1973', type: 'treaty', name: { vi: 'Hiệp định Pa-ri' }, aliases: ['Paris Peace Accords'], summary: { vi: 's' }, sources: src },
  { id: 'paris-1991', type: 'treaty', name: { vi: 'Hiệp định Pa-ri về Cam-pu-chia' }, aliases: [], summary: { vi: 's' }, sources: src },
  { id: 'un', type: 'organization', name: { vi: 'Liên hợp quốc', en: 'United Nations' }, aliases: ['LHQ', 'UN', 'United Nations'], summary: { vi: 's' }, sources: src },
  { id: 'unsc', type: 'organization', name: { vi: 'Hội đồng Bảo an Liên hợp quốc' }, aliases: ['HĐBA', 'Hội đồng Bảo an'], summary: { vi: 's' }, sources: src },
  { id: 'asean', type: 'organization', name: { vi: 'ASEAN' }, aliases: ['Hiệp hội các quốc gia Đông Nam Á'], summary: { vi: 's' }, sources: src },
  { id: 'eu', type: 'organization', name: { vi: 'Liên minh châu Âu' }, aliases: ['EU'], summary: { vi: 's' }, sources: src },
  { id: 'who', type: 'organization', name: { vi: 'Tổ chức Y tế Thế giới' }, aliases: ['WHO'], summary: { vi: 's' }, sources: src },
  { id: 'swiss', type: 'place', name: { vi: 'Thụy Sĩ' }, aliases: [], summary: { vi: 's' }, sources: src },
  { id: 'hcm', type: 'person', name: { vi: 'Hồ Chí Minh' }, aliases: ['Nguyễn Ái Quốc'], summary: { vi: 's' }, sources: src },
  { id: 'committee', type: 'organization', name: { vi: 'Ủy ban Giám sát quốc tế' }, aliases: [], summary: { vi: 's' }, sources: src },
  { id: 'france', type: 'place', name: { vi: 'Pháp' }, aliases: [], summary: { vi: 's' }, sources: src, highlight: false },
  { id: 'usa', type: 'place', name: { vi: 'Mỹ' }, aliases: ['Hoa Kỳ'], summary: { vi: 's' }, sources: src, highlight: false },
  { id: 'viet-phap', type: 'treaty', name: { vi: 'Tạm ước Việt – Pháp' }, aliases: [], summary: { vi: 's' }, sources: src },
  { id: 'doi-moi', type: 'event', name: { vi: 'Đổi mới' }, aliases: [], summary: { vi: 's' }, sources: src },
  { id: 'laos', type: 'place', name: { vi: 'Lào' }, aliases: [], summary: { vi: 's' }, sources: src },
];

export const TEST_BLOCKERS = ['Lào Cai', 'Mỹ Latinh'];

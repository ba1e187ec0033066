import { afterEach, describe, expect, it } from 'vitest';
import { compileMatchIndex } from '../glossary/compile';
import { Matcher } from '../match/matcher';
import { TEST_BLOCKERS, TEST_TERMS } from '../../tests/unit/terms-fixture';
import { FilteredSurface } from './filtered-surface';
import { PageScanner } from './page-scanner';
import { WrappingSurface } from './wrapping-surface';

// The reader's marking choices on the wrapping fallback (happy-dom has no Highlight API; the Highlight path
// is checked in Chromium by tests/e2e/lookup.e2e.ts).
const matcher = Matcher.fromIndex(compileMatchIndex(TEST_TERMS, TEST_BLOCKERS));
const TYPES = new Map(TEST_TERMS.map((t) => [t.id, t.type]));
const marks = () =>
  [...document.querySelectorAll('mark.tre-mark')].map(
    (m) => `${m.textContent}${m.classList.contains('tre-mark-light') ? ' (light)' : ''}${m.classList.contains('tre-mark-underline') ? ' _' : ''}`,
  );

let scanner: PageScanner | null = null;
afterEach(() => {
  scanner?.stop();
  document.body.innerHTML = '';
});

async function scan(html: string, accepts = (_id: string) => true) {
  document.body.innerHTML = html;
  const wrapping = new WrappingSurface(document);
  const surface = new FilteredSurface(wrapping, (m) => accepts(m.id));
  scanner = new PageScanner(document, matcher, surface);
  await scanner.start();
  return surface;
}

describe('mention looks', () => {
  it('marks only the first mention of each term strongly when asked, and every mention again when not', async () => {
    const surface = await scan('<p>LHQ và ASEAN.</p><p>Lại LHQ, rồi Liên hợp quốc và ASEAN.</p>');
    expect(marks()).toEqual(['LHQ', 'ASEAN', 'LHQ', 'Liên hợp quốc', 'ASEAN']);
    surface.setLook({ style: 'background', emphasis: 'first' });
    expect(marks()).toEqual(['LHQ', 'ASEAN', 'LHQ (light)', 'Liên hợp quốc (light)', 'ASEAN (light)']);
    surface.setLook({ style: 'underline', emphasis: 'first' });
    expect(marks()).toEqual(['LHQ _', 'ASEAN _', 'LHQ (light) _', 'Liên hợp quốc (light) _', 'ASEAN (light) _']);
    surface.setLook({ style: 'background', emphasis: 'every' });
    expect(marks()).toEqual(['LHQ', 'ASEAN', 'LHQ', 'Liên hợp quốc', 'ASEAN']);
  });

  it('promotes the next mention when the first one leaves the page', async () => {
    const surface = await scan('<p id="a">LHQ</p><p>Liên hợp quốc</p><p>LHQ</p>');
    surface.setLook({ style: 'background', emphasis: 'first' });
    document.getElementById('a')!.remove();
    // The scanner sweeps removed blocks on its next pass; a removed block alone does not start one (yet).
    document.body.append(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 30));
    await scanner!.idle();
    expect(marks()).toEqual(['Liên hợp quốc', 'LHQ (light)']);
  });

  it('shows only the chosen term types, and the others again when the choice changes', async () => {
    let allowed = new Set(['organization']);
    const surface = await scan('<p>Hồ Chí Minh tại LHQ; Hiệp định Giơ-ne-vơ. Lại LHQ.</p>', (id) => allowed.has(TYPES.get(id)!));
    expect(marks()).toEqual(['LHQ', 'LHQ']);
    // What the badge and the popup count: the mentions shown, not the ones of types switched off.
    expect([surface.shownCount, [...surface.shownTerms()]]).toEqual([2, ['un']]);
    expect(scanner!.mentionCount).toBe(4);
    allowed = new Set(['person', 'treaty']);
    await scanner!.start(); // what the content script does when the choice changes
    expect(marks()).toEqual(['Hồ Chí Minh', 'Hiệp định Giơ-ne-vơ']);
    expect([surface.shownCount, [...surface.shownTerms()].sort()]).toEqual([2, ['geneva', 'hcm']]);
    allowed = new Set(['person', 'treaty', 'organization']);
    await scanner!.start();
    expect(marks()).toEqual(['Hồ Chí Minh', 'LHQ', 'Hiệp định Giơ-ne-vơ', 'LHQ']);
  });
});

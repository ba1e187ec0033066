import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileMatchIndex } from '../glossary/compile';
import type { Match } from '../match/match-index';
import { Matcher } from '../match/matcher';
import { TEST_BLOCKERS, TEST_TERMS } from '../../tests/unit/terms-fixture';
import { CHUNK_CHARS, FIRST_SCREEN_CHARS, PageScanner, type BatchMatcher } from './page-scanner';
import { WrappingSurface } from './wrapping-surface';

// The scanner with a batch matcher (matching in the background): the same marks as matching in the page,
// chunks of bounded size with the first screen's first, and answers for blocks changed meanwhile dropped.
const matcher = Matcher.fromIndex(compileMatchIndex(TEST_TERMS, TEST_BLOCKERS));
const marked = () => [...document.querySelectorAll('mark.tre-mark')].map((m) => `${(m as HTMLElement).dataset.treTerm}:${m.textContent}`);

/** Answers in a later task, like a Port; `hold` keeps answers until released. */
function batchMatcher(hold = false) {
  const chunks: string[][] = [];
  const held: (() => void)[] = [];
  const m: BatchMatcher = {
    matchBlocks: (texts) => {
      chunks.push(texts);
      return new Promise<Match[][]>((resolve) => {
        const answer = () => setTimeout(() => resolve(texts.map((t) => matcher.findMatches(t))), 0);
        if (hold) held.push(answer);
        else answer();
      });
    },
  };
  return { m, chunks, release: () => held.splice(0).forEach((f) => f()) };
}

let scanner: PageScanner | null = null;
afterEach(() => {
  scanner?.stop();
  document.body.innerHTML = '';
});
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

const PAGE = `<div>Liên hợp quốc <p>Năm 1954, <b>Hiệp định</b> Giơ-ne-vơ</p> và ASEAN <p>EU <code>WHO</code> và <i>LHQ</i></p>
  <p><span>Thụy Sĩ</span><script>"Hồ Chí Minh"</script> và Lào</p></div><p>Hội đồng <!-- bình luận -->Bảo an</p><p>LHQ<br>và UN</p>`;

describe('PageScanner with a batch matcher', () => {
  it('marks exactly what matching in the page marks', async () => {
    document.body.innerHTML = PAGE;
    const inPage = new PageScanner(document, matcher, new WrappingSurface(document));
    await inPage.start();
    const expected = marked();
    const count = inPage.mentionCount;
    inPage.stop();
    document.body.innerHTML = PAGE;
    const { m } = batchMatcher();
    scanner = new PageScanner(document, m, new WrappingSurface(document));
    await scanner.start();
    expect(marked()).toEqual(expected);
    expect(scanner.mentionCount).toBe(count);
  });

  it('sends the first screen in a chunk of its own and the rest in bounded chunks', async () => {
    const paragraph = '<p>ASEAN họp. ' + 'Không có gì ở đây cả. '.repeat(50) + '</p>'; // 1,111 characters
    document.body.innerHTML = paragraph.repeat(300); // ~330,000 characters
    const { m, chunks } = batchMatcher();
    const firstScreen = vi.fn();
    scanner = new PageScanner(document, m, new WrappingSurface(document), { onFirstScreen: firstScreen });
    await scanner.start();
    const sizes = chunks.map((c) => c.reduce((n, t) => n + t.length, 0));
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(300 * 1111);
    expect(sizes[0]).toBeLessThanOrEqual(FIRST_SCREEN_CHARS + 1111);
    expect(sizes[0]).toBeGreaterThanOrEqual(FIRST_SCREEN_CHARS);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(CHUNK_CHARS + 1111);
    expect(chunks.length).toBeGreaterThan(5);
    expect(firstScreen).toHaveBeenCalledTimes(1);
    expect(scanner.mentionCount).toBe(300);
  });

  it('drops the answer for a block that changed meanwhile, and marks the block as it is now', async () => {
    document.body.innerHTML = '<p id="a">Liên hợp quốc</p><p id="b">ASEAN</p>';
    const { m, chunks, release } = batchMatcher(true);
    scanner = new PageScanner(document, m, new WrappingSurface(document));
    const done = scanner.start();
    await settle();
    expect(chunks).toEqual([['Liên hợp quốc', 'ASEAN']]);
    document.getElementById('a')!.firstChild!.textContent = 'Hiệp định Giơ-ne-vơ'; // before the answer comes
    await settle();
    release(); // the first answer: "Liên hợp quốc" in #a is stale now
    await settle();
    release(); // the rescan of #a
    await done;
    await scanner.idle();
    expect(chunks.slice(1)).toEqual([['Hiệp định Giơ-ne-vơ']]);
    expect(marked()).toEqual(['geneva:Hiệp định Giơ-ne-vơ', 'asean:ASEAN']);
  });

  it('leaves the page unmarked, and throws nothing, when the matcher refuses', async () => {
    document.body.innerHTML = PAGE;
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const refusing: BatchMatcher = { matchBlocks: () => Promise.reject(new Error('the background is gone')) };
    scanner = new PageScanner(document, refusing, new WrappingSurface(document));
    await expect(scanner.start()).resolves.toBeUndefined();
    document.body.insertAdjacentHTML('beforeend', '<p>ASEAN</p>');
    await settle();
    await scanner.idle();
    expect(marked()).toEqual([]);
    expect(scanner.mentionCount).toBe(0);
    debug.mockRestore();
  });
});

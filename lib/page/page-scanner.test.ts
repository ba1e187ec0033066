import { afterEach, describe, expect, it } from 'vitest';
import { compileMatchIndex } from '../glossary/compile';
import { Matcher } from '../match/matcher';
import { TEST_BLOCKERS, TEST_TERMS } from '../../tests/unit/terms-fixture';
import { PageScanner } from './page-scanner';
import { WrappingSurface } from './wrapping-surface';

// happy-dom has no CSS Custom Highlight API, so these tests run the wrapping fallback; the Highlight API path
// is covered end to end in Chromium (tests/e2e).
const matcher = Matcher.fromIndex(compileMatchIndex(TEST_TERMS, TEST_BLOCKERS));
const marked = () => [...document.querySelectorAll('mark.tre-mark')].map((m) => `${(m as HTMLElement).dataset.treTerm}:${m.textContent}`);

let scanner: PageScanner | null = null;

async function scan(html: string) {
  document.body.innerHTML = html;
  scanner = new PageScanner(document, matcher, new WrappingSurface(document));
  await scanner.start();
  return scanner;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

afterEach(() => {
  scanner?.stop();
  document.body.innerHTML = '';
});

describe('PageScanner', () => {
  it("keeps one memory of the names met per page scan: a short name counts after the full name in an earlier block", async () => {
    const people = Matcher.fromIndex(compileMatchIndex([
      { id: 'trong', type: 'person', name: { vi: 'Nguyễn Phú Trọng' }, aliases: [], summary: { vi: 's' }, sources: [{ title: 't' }] },
    ], [], { namedAfter: { before: [], after: [] }, surnames: ['Nguyễn'], stateCues: [], domesticFollowers: [], titles: ['ông'] }));
    document.body.innerHTML = '<p>Ông Trọng đến trước.</p><p>Tổng Bí thư Nguyễn Phú Trọng phát biểu.</p><p>Sau đó ông Trọng tiếp khách.</p>';
    scanner = new PageScanner(document, people, new WrappingSurface(document));
    await scanner.start();
    expect(marked()).toEqual(['trong:Nguyễn Phú Trọng', 'trong:Trọng']);
  });

  it('marks mentions, across inline markup but not across blocks', async () => {
    await scan('<p>Năm 1954, <b>Hiệp định</b> Giơ-ne-vơ được ký.</p><p>Hiệp định</p><p>Giơ-ne-vơ</p><p>LHQ<br>và UN</p>');
    expect(marked()).toEqual(['geneva:Hiệp định', 'geneva: Giơ-ne-vơ', 'un:LHQ', 'un:UN']);
  });

  it('reads a paragraph whole, and the text around nested blocks and skipped content piece by piece', async () => {
    await scan(`<div>Liên hợp quốc <p>Năm 1954, <b>Hiệp định</b> Giơ-ne-vơ</p> và ASEAN <p>EU <code>WHO</code> và <i>LHQ</i></p>
      <p><span>Thụy Sĩ</span><script>"Hồ Chí Minh"</script> và Lào</p></div><p>Hội đồng <!-- bình luận -->Bảo an</p>`);
    expect(marked()).toEqual([
      'un:Liên hợp quốc', 'geneva:Hiệp định', 'geneva: Giơ-ne-vơ', 'asean:ASEAN', 'eu:EU', 'un:LHQ', 'swiss:Thụy Sĩ', 'laos:Lào',
      'unsc:Hội đồng ', 'unsc:Bảo an',
    ]);
  });

  it('wraps every mention of a paragraph read whole, back to front, in the fallback', async () => {
    await scan('<p>LHQ và <b>ASEAN</b> cùng <i>E</i>U họp; LHQ lại họp.</p>');
    expect(marked()).toEqual(['un:LHQ', 'asean:ASEAN', 'eu:E', 'eu:U', 'un:LHQ']);
    expect(document.body.textContent).toBe('LHQ và ASEAN cùng EU họp; LHQ lại họp.');
  });

  it('ends a sentence at a line break, even one inside inline markup', async () => {
    await scan('<p>Hiệp định<b><br></b>Giơ-ne-vơ</p><p><i>LHQ<br></i>và UN</p>');
    expect(marked()).toEqual(['un:LHQ', 'un:UN']);
  });

  it('walks on to the end when the page removes the node the walk stands on while it is paused', async () => {
    document.body.innerHTML = '<p id="a">LHQ</p><p id="b">ASEAN</p><p id="c">EU</p>';
    let removed = false;
    // The walk hands out the first paragraph when it has reached the second: removing that one then is what
    // a page's own script may do between two slices.
    const removing = {
      findMatches(text: string) {
        if (!removed) {
          removed = true;
          document.getElementById('b')!.remove();
        }
        return matcher.findMatches(text);
      },
    };
    scanner = new PageScanner(document, removing, new WrappingSurface(document));
    await scanner.start();
    await settle();
    await scanner.idle();
    expect(marked()).toEqual(['un:LHQ', 'eu:EU']);
  });

  it('leaves form fields, code, scripts and editable regions alone', async () => {
    await scan(`<textarea>ASEAN</textarea><input value="ASEAN"><pre>ASEAN</pre><code>ASEAN</code>
      <script>var a = "ASEAN"</script><style>/* ASEAN */</style><div contenteditable="true">ASEAN <b>EU</b></div>
      <svg><text>ASEAN</text></svg><p>ASEAN</p>`);
    expect(marked()).toEqual(['asean:ASEAN']);
  });

  it('follows content added and changed after the first scan', async () => {
    const scanner = await scan('<main><p>Không có gì.</p></main>');
    expect(marked()).toEqual([]);
    const p = document.createElement('p');
    p.textContent = 'Hồ Chí Minh và Liên hợp quốc';
    document.querySelector('main')!.append(p);
    await settle();
    await scanner.idle();
    expect(marked()).toEqual(['hcm:Hồ Chí Minh', 'un:Liên hợp quốc']);
    document.querySelector('main p')!.firstChild!.textContent = 'Nay nói về ASEAN.';
    await settle();
    await scanner.idle();
    expect(marked()).toEqual(['asean:ASEAN', 'hcm:Hồ Chí Minh', 'un:Liên hợp quốc']);
    expect(scanner.mentionCount).toBe(3);
  });

  it('counts mentions by term', async () => {
    const scanner = await scan('<p>ASEAN, ASEAN và EU.</p>');
    expect(Object.fromEntries(scanner.mentionedTerms())).toEqual({ asean: 2, eu: 1 });
  });
});

describe('PageScanner batches', () => {
  it('rescans every block changed in one task, not only the first', async () => {
    const s = await scan('<main><p>Một.</p><table><tr><td id="t1">Gia nhập EU</td></tr></table></main>');
    const p = document.createElement('p');
    p.textContent = 'Hồ Chí Minh';
    document.querySelector('main')!.append(p);
    document.getElementById('t1')!.textContent = 'Gia nhập EU và ASEAN';
    await settle();
    await s.idle();
    expect(marked()).toEqual(['eu:EU', 'asean:ASEAN', 'hcm:Hồ Chí Minh']);
  });
});

describe('PageScanner removals', () => {
  it('forgets the mentions of a removed block at once', async () => {
    const s = await scan('<main><p id="a">ASEAN và EU</p><p id="b">Hồ Chí Minh</p></main>');
    expect(s.mentionCount).toBe(3);
    document.getElementById('a')!.remove();
    await settle();
    await s.idle();
    expect(s.mentionCount).toBe(1);
    expect(Object.fromEntries(s.mentionedTerms())).toEqual({ hcm: 1 });
  });
});

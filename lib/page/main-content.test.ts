import { afterEach, describe, expect, it } from 'vitest';
import { compileMatchIndex } from '../glossary/compile';
import { Matcher } from '../match/matcher';
import { TEST_BLOCKERS, TEST_TERMS } from '../../tests/unit/terms-fixture';
import { ContentScope, isBoilerplate, mainContentOf } from './main-content';
import { PageScanner } from './page-scanner';
import { WrappingSurface } from './wrapping-surface';

afterEach(() => {
  document.body.innerHTML = '';
});

const prose = (n: number) => Array.from({ length: n }, () => 'Một câu văn bình thường của bài báo, đủ dài để được tính.').join(' ');

describe('mainContentOf', () => {
  it('takes <main>, narrowed to its one article', () => {
    document.body.innerHTML = `<nav>menu</nav><main id="m"><article id="a"><p>${prose(4)}</p></article><aside>x</aside></main>`;
    expect(mainContentOf(document)?.id).toBe('a');
    document.body.innerHTML = `<main id="m"><p>${prose(4)}</p></main>`;
    expect(mainContentOf(document)?.id).toBe('m');
    document.body.innerHTML = `<div role="main" id="r"><p>${prose(2)}</p></div>`;
    expect(mainContentOf(document)?.id).toBe('r');
  });

  it('keeps <main> when its only <article> is a small teaser inside a longer text', () => {
    document.body.innerHTML = `<main id="m"><p>${prose(10)}</p><article id="t"><p>teaser</p></article></main>`;
    expect(mainContentOf(document)?.id).toBe('m');
  });

  it('takes the article holding most text, and none on a page of like-sized teasers', () => {
    document.body.innerHTML = `<article id="big"><p>${prose(10)}</p></article><article><p>${prose(1)}</p></article>`;
    expect(mainContentOf(document)?.id).toBe('big');
    document.body.innerHTML = `<article><p>${prose(2)}</p></article><article><p>${prose(2)}</p></article><article><p>${prose(2)}</p></article>`;
    expect(mainContentOf(document)).toBe(null);
  });

  it('guesses by text density when there is no landmark, and gives up on a short page', () => {
    document.body.innerHTML = `<div id="menu"><p><a href="#">${prose(3)}</a></p></div>
      <div id="wrap"><div id="story"><p>${prose(3)}</p><p>${prose(3)}</p><p>${prose(2)}</p></div><div class="x"><p>${prose(1)}</p></div></div>`;
    expect(mainContentOf(document)?.id).toBe('story');
    document.body.innerHTML = '<div><p>Chỉ một câu ngắn.</p></div>';
    expect(mainContentOf(document)).toBe(null);
  });
});

describe('isBoilerplate', () => {
  const el = (html: string) => {
    document.body.innerHTML = html;
    return document.body.firstElementChild!.querySelector('#t') ?? document.body.firstElementChild!;
  };
  it('knows landmarks, captions, related lists and share bars', () => {
    for (const html of [
      '<nav>x</nav>', '<aside>x</aside>', '<footer>x</footer>', '<figcaption>x</figcaption>', '<header>site</header>',
      '<div role="navigation">x</div>', '<div role="complementary">x</div>', '<div class="box tin-lien-quan">x</div>',
      '<section class="related-news">x</section>', '<div id="read-more">x</div>', '<p class="image-caption">x</p>',
      '<ul><li><a href="#">Bài một</a></li><li><a href="#">Bài hai</a></li></ul>',
      '<section><h3>Tin liên quan</h3><p>x</p></section>', '<section><h2>Related stories</h2></section>',
    ]) expect(isBoilerplate(el(html)), html).toBe(true);
  });
  it('leaves prose, an article\'s own header and lists of sentences alone', () => {
    for (const html of [
      '<p>Một đoạn văn.</p>', '<article><header id="t"><h1>Tiêu đề</h1></header></article>', '<div class="article-body">x</div>',
      '<ul><li>Câu thứ nhất có một <a href="#">liên kết</a> ngắn ở giữa.</li><li>Câu thứ hai.</li></ul>',
      '<div class="header-wrapper-reading">x</div>', '<section><h2>Bối cảnh</h2><p>x</p></section>',
    ]) expect(isBoilerplate(el(html)), html).toBe(false);
  });
});

describe('ContentScope in the scanner', () => {
  const matcher = Matcher.fromIndex(compileMatchIndex(TEST_TERMS, TEST_BLOCKERS));
  const marks = () => [...document.querySelectorAll('mark.tre-mark')].map((m) => `${m.closest('[id]')?.id}:${m.textContent}`);
  let scanner: PageScanner | null = null;
  afterEach(() => scanner?.stop());

  async function scan(everywhere: boolean) {
    const scope = new ContentScope(document);
    scanner = new PageScanner(document, matcher, new WrappingSurface(document), { accepts: (b) => everywhere || scope.accepts(b) });
    await scanner.start();
  }

  const page = `<header id="h"><nav id="nav"><a href="#">ASEAN</a> <a href="#">LHQ</a></nav></header>
    <main><article id="art"><h1 id="title">Việt Nam và ASEAN</h1>
      <p id="p1">Năm 1995, Việt Nam gia nhập ASEAN. ${prose(3)}</p>
      <figure><figcaption id="cap">Hội nghị ASEAN</figcaption></figure>
      <p id="p2">LHQ ghi nhận vai trò của ASEAN. ${prose(3)}</p>
      <aside id="side"><p>ASEAN</p></aside>
      <h3>Tin liên quan</h3><ul id="rel"><li><a href="#">LHQ họp</a></li><li><a href="#">ASEAN họp</a></li></ul>
    </article></main><footer id="foot">LHQ</footer>`;

  it('marks only the article by default, its title included', async () => {
    document.body.innerHTML = page;
    await scan(false);
    expect(marks()).toEqual(['title:ASEAN', 'p1:ASEAN', 'p2:LHQ', 'p2:ASEAN']);
  });

  it('marks everywhere when asked', async () => {
    document.body.innerHTML = page;
    await scan(true);
    expect(marks()).toEqual(['nav:ASEAN', 'nav:LHQ', 'title:ASEAN', 'p1:ASEAN', 'cap:ASEAN', 'p2:LHQ', 'p2:ASEAN', 'side:ASEAN', 'rel:LHQ', 'rel:ASEAN', 'foot:LHQ']);
  });

  it('without a main area, marks all but the landmarks', async () => {
    document.body.innerHTML = '<nav id="nav">ASEAN</nav><div id="d"><p id="p">LHQ và ASEAN.</p></div><footer id="f">LHQ</footer>';
    await scan(false);
    expect(marks()).toEqual(['p:LHQ', 'p:ASEAN']);
  });
});

// Which part of a page is what the reader came to read. A news page repeats the glossary's names in its menus,
// sidebars, photo captions and "related articles" lists; marking them there turns a calm article into a wall
// of marks (issue 17: 42 marks on a 7-paragraph article). Decided from the DOM alone, without changing it.

/** Landmarks and elements that are never the text being read, wherever they sit. */
const BOILERPLATE_TAGS = new Set(['nav', 'aside', 'figcaption', 'footer', 'menu', 'dialog']);
const BOILERPLATE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search', 'menu', 'menubar', 'dialog']);
/** Class or id words of related-article lists, share bars, breadcrumbs, comments (English and Vietnamese sites). */
const BOILERPLATE_NAMES =
  /(^|[\s_-])(related|relate|tin-?lien-?quan|lien-?quan|tinlienquan|see-?also|read-?more|more-?news|recommend\w*|suggest\w*|xem-?them|doc-?them|breadcrumbs?|share|social|comments?|binh-?luan|sidebar|widget|caption|credit|tags?|newsletter|promo|advert\w*|ads?)($|[\s_-])/i;
/** Headings that introduce a list of other articles. */
const RELATED_HEADING = /^\s*(tin|bài( viết)?|đọc|xem)\s+(liên quan|thêm|khác|cùng chuyên mục|nhiều nhất)|^\s*(related|read more|more (from|on|stories|news)|see also|recommended|you may also like|most read)/i;

/** Least text a guessed content area must hold to be believed (a short page is marked everywhere). */
const MIN_GUESS_CHARS = 400;

/**
 * The element holding the page's main text, or null when the page has none to tell apart (then everything is
 * marked, as on a page that is all text): `<main>` / `[role=main]` (narrowed to its one `<article>`, if it
 * has exactly one with text), else the one `<article>`, or the article holding most of the articles' text,
 * else a readability-style guess: the container whose paragraphs hold the most text outside links.
 */
export function mainContentOf(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const main = doc.querySelector('main, [role="main"]');
  if (main) return soleArticle(main) ?? main;
  const articles = [...doc.querySelectorAll('article')].filter((a) => !a.parentElement?.closest('article'));
  if (articles.length === 1) return articles[0]!;
  if (articles.length > 1) {
    const sizes = articles.map((a) => textLength(a));
    const total = sizes.reduce((a, b) => a + b, 0);
    const best = sizes.indexOf(Math.max(...sizes));
    // A page of teasers (a home page) has many articles of like size: none of them is "the" text.
    if (total > 0 && sizes[best]! / total >= 0.6) return articles[best]!;
  }
  return guessByTextDensity(body);
}

function soleArticle(main: Element): Element | null {
  const articles = [...main.querySelectorAll('article')].filter((a) => !a.parentElement?.closest('article'));
  if (articles.length !== 1) return null;
  // An <article> that is a teaser inside a long <main> is not the main text.
  return textLength(articles[0]!) >= 0.6 * textLength(main) ? articles[0]! : null;
}

/**
 * Readability's idea, simplified: every paragraph gives its length (less the text of its links) to its parent
 * and half of it to its grandparent; the best-scored container wins if it holds enough text.
 */
function guessByTextDensity(body: HTMLElement): Element | null {
  const scores = new Map<Element, number>();
  for (const p of body.querySelectorAll('p, pre, td, blockquote')) {
    if (isBoilerplate(p)) continue;
    const text = (p.textContent ?? '').trim().length;
    if (text < 25) continue;
    let linked = 0;
    for (const a of p.querySelectorAll('a')) linked += (a.textContent ?? '').trim().length;
    const score = Math.max(0, text - 2 * linked);
    const parent = p.parentElement;
    if (!parent || parent === body.parentElement) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + score);
    const grand = parent.parentElement;
    if (grand && grand !== body.parentElement) scores.set(grand, (scores.get(grand) ?? 0) + score / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  // The body itself winning means the text is not set apart from anything: mark everywhere.
  if (!best || best === body || bestScore < MIN_GUESS_CHARS) return null;
  return best;
}

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

/** An element that holds no article text wherever it is: a landmark, a caption, a related list, a share bar. */
export function isBoilerplate(el: Element): boolean {
  const name = el.localName;
  if (BOILERPLATE_TAGS.has(name)) return true;
  if (name === 'header' && !el.closest('article')) return true; // the site's header; an article's own header is its title
  // Most of a page's blocks carry no attribute at all: one call answers for the role, aria-hidden, class and id.
  if (el.hasAttributes() && hasBoilerplateAttributes(el)) return true;
  if ((name === 'ul' || name === 'ol') && (isLinkList(el) || follows(el, RELATED_HEADING))) return true;
  if ((name === 'section' || name === 'div') && startsWith(el, RELATED_HEADING)) return true;
  return false;
}

function hasBoilerplateAttributes(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role && BOILERPLATE_ROLES.has(role)) return true;
  if (el.hasAttribute('aria-hidden') && el.getAttribute('aria-hidden') === 'true') return true;
  const names = `${typeof el.className === 'string' ? el.className : ''} ${el.id}`;
  return names.trim() !== '' && BOILERPLATE_NAMES.test(names);
}

/** A list of two or more items that are (almost) all link text: a list of other pages, not prose. */
function isLinkList(list: Element): boolean {
  const items = [...list.children].filter((c) => c.localName === 'li');
  if (items.length < 2) return false;
  const all = textLength(list);
  if (all === 0) return false;
  let linked = 0;
  for (const a of list.querySelectorAll('a')) linked += textLength(a);
  return linked / all >= 0.8;
}

/** The nearest earlier sibling with text is a heading that reads like `pattern`. */
function follows(el: Element, pattern: RegExp): boolean {
  let prev = el.previousElementSibling;
  while (prev && textLength(prev) === 0) prev = prev.previousElementSibling;
  return !!prev && /^h[1-6]$|^p$|^div$|^strong$/.test(prev.localName) && pattern.test(prev.textContent ?? '');
}

/** The element's first heading reads like `pattern`. */
function startsWith(el: Element, pattern: RegExp): boolean {
  const first = el.firstElementChild;
  return !!first && /^h[1-6]$/.test(first.localName) && pattern.test(first.textContent ?? '');
}

/**
 * Decides, block by block, whether a page's text is marked: with a main content area, only text inside it and
 * outside any boilerplate within it; without one, everything but the boilerplate landmarks. Remembers its
 * answer per block (a page has a few thousand) and finds the main content again if the page replaces it.
 */
export class ContentScope {
  private main: Element | null | undefined;
  private answers = new WeakMap<Node, boolean>();
  /** isBoilerplate per element: a long list's items share its ancestors (and a link list is measured once). */
  private boilerplate = new WeakMap<Element, boolean>();

  constructor(private readonly doc: Document) {}

  /** The main content element as now decided (null: none, everything is a candidate). */
  get mainElement(): Element | null {
    if (this.main === undefined || (this.main && !this.main.isConnected)) {
      this.main = mainContentOf(this.doc);
    }
    return this.main;
  }

  /** True when text in `block` may be marked. Blocks in shadow roots follow their host. */
  accepts(block: Node): boolean {
    const known = this.answers.get(block);
    if (known !== undefined) return known;
    const answer = this.decide(block);
    this.answers.set(block, answer);
    return answer;
  }

  /** Forget every answer (the page's structure or the main content changed). */
  reset(): void {
    this.main = undefined;
    this.answers = new WeakMap(); // a WeakMap cannot be cleared
    this.boilerplate = new WeakMap();
  }

  private isBoilerplate(el: Element): boolean {
    let known = this.boilerplate.get(el);
    if (known === undefined) this.boilerplate.set(el, (known = isBoilerplate(el)));
    return known;
  }

  private decide(block: Node): boolean {
    const main = this.mainElement;
    let inMain = main === null;
    for (let p: Node | null = block; p; p = p.parentNode) {
      if (p.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
        p = (p as ShadowRoot).host ?? null;
        if (!p) break;
      }
      if (p === main) {
        inMain = true;
        break; // what holds the main content does not matter
      }
      if (p.nodeType === Node.ELEMENT_NODE && this.isBoilerplate(p as Element)) return false;
    }
    return inMain;
  }
}

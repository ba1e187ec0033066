import type { Event, Term } from '../../lib/glossary/schema';

// Benchmark pages built from the repository's own glossary (its summaries and timeline), with the DOM of a real
// news page: headings, paragraphs with links and nested inline markup, lists and a table. Nothing outside the
// repository is read, so every clone measures the same pages. Deterministic, so runs compare.

/**
 * Prose paragraphs in Vietnamese, with English ones mixed in as bilingual pages have them: each term's name and
 * summary, followed by the titles of the timeline events it takes part in — text dense with glossary terms, as
 * an article about diplomacy is.
 */
export function glossaryParagraphs(glossary: { terms: readonly Term[]; events: readonly Event[] }): string[] {
  const eventsOf = new Map<string, Event[]>();
  for (const e of glossary.events) for (const id of e.terms) eventsOf.set(id, [...(eventsOf.get(id) ?? []), e]);
  return glossary.terms.flatMap((term, i) => {
    const events = (eventsOf.get(term.id) ?? []).slice(0, 3).map((e) => `Năm ${e.date.slice(0, 4)}: ${e.title.vi}.`);
    const vi = [`${term.name.vi}. ${term.summary.vi}`, ...events].join(' ');
    // One paragraph in ten is English, as in a Vietnamese page quoting foreign coverage.
    const en = i % 10 === 0 && term.summary.en ? [`${term.name.en ?? term.name.vi}. ${term.summary.en}`] : [];
    return [vi, ...en];
  }).map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p.length > 40);
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Wraps some words in inline markup the way CMS output does (links, emphasis, nested spans). */
function decorate(paragraph: string, n: number): string {
  const words = escape(paragraph).split(' ');
  return words
    .map((w, i) => {
      const k = (i + n) % 23;
      if (k === 3) return `<a href="#w${i}">${w}</a>`;
      if (k === 11) return `<em>${w}</em>`;
      if (k === 17) return `<strong><span class="x">${w}</span></strong>`;
      return w;
    })
    .join(' ');
}

/** An article page of about `textBytes` characters of text. */
export function articlePage(paragraphs: string[], textChars: number, title: string): string {
  const parts: string[] = [];
  let chars = 0;
  let i = 0;
  while (chars < textChars) {
    const p = paragraphs[i % paragraphs.length]!;
    const block = i % 40;
    if (block === 0) parts.push(`<h2>${escape(p.slice(0, 80))}</h2>`);
    if (block === 7) {
      parts.push(`<ul>${[0, 1, 2].map((j) => `<li>${decorate(paragraphs[(i + j) % paragraphs.length]!.slice(0, 200), j)}</li>`).join('')}</ul>`);
      chars += 600;
    } else if (block === 19) {
      parts.push(`<table><tr><th>Năm</th><th>Nội dung</th></tr>${[0, 1, 2].map((j) =>
        `<tr><td>${1945 + j * 10}</td><td>${decorate(paragraphs[(i + j) % paragraphs.length]!.slice(0, 160), j)}</td></tr>`).join('')}</table>`);
      chars += 500;
    } else {
      parts.push(`<p>${decorate(p, i)}</p>`);
      chars += p.length;
    }
    i++;
  }
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escape(title)}</title></head>` +
    `<body><article><h1>${escape(title)}</h1>${parts.join('\n')}</article></body></html>`;
}

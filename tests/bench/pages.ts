import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Benchmark pages built from the seed documents, with the DOM of a real news page: headings, paragraphs with
// links and nested inline markup, lists and a table. Deterministic, so runs compare.

export function seedParagraphs(seedsDir: string): string[] {
  return readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => readFileSync(join(seedsDir, f), 'utf8').split(/\n\s*\n/))
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 40);
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

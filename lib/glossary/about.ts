import type { Event, Term } from './schema';

// What the options page's "About" tells a reader about the glossary: how many terms, and how recent its newest
// source is. Sources carry no date field (data/sources.json); their titles do ("(bài báo, 03/01/2026)",
// "Báo cáo công tác đối ngoại năm 2020"), so the date is read from them.

/** The newest date written in any source title the glossary cites: ISO (YYYY-MM-DD, or YYYY), or null. */
export function newestSourceDate(entries: { sources: { title: string }[] }[]): string | null {
  let newest: string | null = null;
  const seen = new Set<string>();
  for (const entry of entries) {
    for (const { title } of entry.sources) {
      if (seen.has(title)) continue;
      seen.add(title);
      const date = dateInTitle(title);
      if (date && (!newest || compareIso(date, newest) > 0)) newest = date;
    }
  }
  return newest;
}

/** A full date (dd/mm/yyyy) in a title, else its latest four-digit year (1900–2099). */
export function dateInTitle(title: string): string | null {
  let best: string | null = null;
  for (const [, d, m, y] of title.matchAll(/\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\b/g)) {
    const iso = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
    if (!best || compareIso(iso, best) > 0) best = iso;
  }
  if (best) return best;
  for (const [year] of title.matchAll(/\b(?:19|20)\d{2}\b/g)) if (!best || year > best) best = year;
  return best;
}

/** Orders ISO dates of any precision; a year alone counts as its first day (2023 < 2023-05-01). */
function compareIso(a: string, b: string): number {
  const pad = (s: string) => (s.length === 4 ? `${s}-00-00` : s);
  return pad(a) < pad(b) ? -1 : pad(a) > pad(b) ? 1 : 0;
}

/** The About figures: terms a reader can look up, and the newest source date. */
export function glossaryAbout(glossary: { terms: Term[]; events: Event[] }): { terms: number; newestSource: string | null } {
  return { terms: glossary.terms.length, newestSource: newestSourceDate([...glossary.terms, ...glossary.events]) };
}

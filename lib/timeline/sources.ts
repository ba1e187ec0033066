import type { Source } from '../glossary/schema';
import { lessonsOfLocator } from './lessons';

/** Beyond this a short title is cut at a word: the label shares a narrow side panel's line with its locator. */
const MAX_SHORT_TITLE = 40;

/**
 * A source document's title short enough for a line under an event: what comes before its first ":" or ","
 * (the textbook's "Lịch sử 12, Chủ đề 5: …" is "Lịch sử 12"), without a parenthesised note, cut at a word
 * with "…" when still long. The full title stays available to show as a tooltip.
 */
export function shortSourceTitle(title: string): string {
  let short = title.replace(/\s*\([^)]*\)\s*$/, '').split(/[:,]\s/)[0]!.trim();
  if (short.length > MAX_SHORT_TITLE) {
    const cut = short.lastIndexOf(' ', MAX_SHORT_TITLE);
    short = `${short.slice(0, cut > 0 ? cut : MAX_SHORT_TITLE)}…`;
  }
  return short || title;
}

/** "Lịch sử 12 · Bài 12, mục 1": a source as the timeline cites it. */
export function sourceLabel(source: Source): string {
  const title = shortSourceTitle(source.title);
  return source.locator ? `${title} · ${source.locator}` : title;
}

/**
 * A term's or event's sources, the textbook's lessons first (a student studies from them), the rest in the data's
 * order: what a card lists under "Sources".
 */
export function sourcesLessonFirst<S extends Source>(sources: readonly S[]): S[] {
  const lesson = (s: S) => (lessonsOfLocator(s.locator).length > 0 ? 0 : 1);
  return sources.map((s, i) => ({ s, i })).sort((a, b) => lesson(a.s) - lesson(b.s) || a.i - b.i).map(({ s }) => s);
}

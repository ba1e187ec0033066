import type { Source } from '../glossary/schema';

/**
 * The lessons of the Grade 12 textbook's Topic 5 (Lịch sử đối ngoại của Việt Nam thời cận – hiện đại): the
 * ones a student filters the timeline by. Other numbers in a locator are not lessons of this topic.
 */
export const TEXTBOOK_LESSONS = [12, 13, 14] as const;
export type TextbookLesson = (typeof TEXTBOOK_LESSONS)[number];

// "Bài 12, mục 1", "Bài 13", "Bài 12 (tiêu đề)": a capital B, as the textbook's locators are written. The
// lower-case "bài “Vietnam War”" of other sources is an article, not a lesson.
const LESSON = /(?:^|[^\p{L}\p{N}])Bài\s+(\d+)(?![\p{N}])/gu;

/** The textbook lessons a source locator names, in order, without repeats ("Bài 12, mục 1" → [12]). */
export function lessonsOfLocator(locator: string | undefined): TextbookLesson[] {
  if (!locator) return [];
  const found = new Set<number>();
  for (const m of locator.matchAll(LESSON)) found.add(Number(m[1]));
  return TEXTBOOK_LESSONS.filter((n) => found.has(n));
}

/**
 * The textbook lessons an event (or a term) belongs to: the event's own `lesson` where it has one, else those its
 * sources' locators name, in order.
 */
export function lessonsOf(entry: { sources: readonly Source[]; lesson?: number }): TextbookLesson[] {
  if (isTextbookLesson(entry.lesson)) return [entry.lesson];
  const found = new Set(entry.sources.flatMap((s) => lessonsOfLocator(s.locator)));
  return TEXTBOOK_LESSONS.filter((n) => found.has(n));
}

export function isTextbookLesson(value: unknown): value is TextbookLesson {
  return typeof value === 'number' && (TEXTBOOK_LESSONS as readonly number[]).includes(value);
}


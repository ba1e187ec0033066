// Run inside a page (handed to page.evaluate by Playwright or Puppeteer, so it stands alone): reads what Tre
// marked from the page's main world. Tre's marks are StaticRanges, which have no text and no boxes of their
// own; each is read through a live Range over it, made here and dropped.

export type MarkInPage = { text: string; where: string };
export type MarkBox = { x: number; y: number; width: number; height: number };
export type MarksQuery = { names: string[]; scrollTo?: { text: string; nth: number } };

/**
 * Every mark in the named highlights in document order (marks in a shadow root keep their place): its text and
 * the id of its nearest element that has one, else its tag. With `scrollTo`, the nth mark reading that text is
 * scrolled into view and the box of its first line returned.
 */
export function marksInPage({ names, scrollTo }: MarksQuery): { marks: MarkInPage[]; box: MarkBox | null } {
  const live = names
    .flatMap((name) => [...((CSS.highlights.get(name) as unknown as Set<AbstractRange>) ?? [])])
    .map((r) => {
      const x = document.createRange();
      x.setStart(r.startContainer, r.startOffset);
      x.setEnd(r.endContainer, r.endOffset);
      return x;
    });
  live.sort((a, b) => {
    try {
      return a.compareBoundaryPoints(Range.START_TO_START, b);
    } catch {
      return 0; // a shadow root's range and the page's cannot be compared
    }
  });
  let box: MarkBox | null = null;
  const wanted = scrollTo ? live.filter((r) => r.toString() === scrollTo.text)[scrollTo.nth] : undefined;
  if (wanted) {
    wanted.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const b = wanted.getClientRects()[0]!;
    box = { x: b.left, y: b.top, width: b.width, height: b.height };
  }
  const marks = live.map((r) => {
    const el = r.startContainer.parentElement!;
    return { text: r.toString(), where: el.closest('[id]')?.id ?? el.localName };
  });
  return { marks, box };
}

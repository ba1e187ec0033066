// Run inside a page (handed to page.evaluate by Playwright or Puppeteer, so it stands alone): reads what Tre
// marked from the page's main world. Tre's marks are StaticRanges, which have no text and no boxes of their
// own; each is read through a live Range over it, made here and dropped.

export type MarkBox = { x: number; y: number; width: number; height: number };
export type MarkInPage = { text: string; where: string; box: MarkBox | null };
export type MarksQuery = { names: string[]; scrollTo?: { text: string; nth: number } };

/**
 * Every mark in the named highlights in document order (marks in a shadow root keep their place): its text, the
 * id of its nearest element that has one (else its tag) and the viewport box of its first line. With `scrollTo`,
 * the nth mark reading that text is scrolled into view first and its box returned as `box`.
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
  const wanted = scrollTo ? live.filter((r) => r.toString() === scrollTo.text)[scrollTo.nth] : undefined;
  wanted?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  // No named inner functions: a runner that keeps function names (tsx, for the bench) would wrap them in a
  // helper the page does not have.
  const marks = live.map((r) => {
    const el = r.startContainer.parentElement!;
    const b = r.getClientRects()[0];
    const box = b ? { x: b.left, y: b.top, width: b.width, height: b.height } : null;
    return { text: r.toString(), where: el.closest('[id]')?.id ?? el.localName, box };
  });
  const box = wanted ? marks[live.indexOf(wanted)]!.box : null;
  // A copy: WebDriver BiDi (Firefox) sends an object met twice in one result as a reference, which Puppeteer
  // reads back as undefined.
  return { marks, box: box && { ...box } };
}

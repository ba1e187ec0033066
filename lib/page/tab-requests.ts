import type { PageTermsReport, RevealResult, TabRequest, TabStatus } from '../messaging/protocol';
import type { Settings } from '../settings/schema';
import { liveRange, type Mention } from './mention';
import { MentionWalk } from './mention-walk';
import type { PageMarking } from './page-marking';
import { MentionTour, pageTerms } from './page-terms';
import { revealMention } from './reveal';

// The page's answers to the popup, the side panel and the background (they cannot read a tab's URL or its
// marks): its site and counts, its terms, and moving through its mentions.

export type TabRequestDeps = {
  doc: Document;
  site: string | null;
  page: PageMarking;
  /** The settings as stored now: a popup that has just switched marking on may ask before this page heard. */
  readSettings(): Promise<Settings>;
  /** Runs `work` once a (smooth) scroll has settled. */
  afterScroll(work: () => void): void;
};

export class TabRequests {
  /** The side panel's "On this page" walks through a term's mentions. */
  private readonly tour = new MentionTour();
  /** The keyboard's way through every mention (the "next / previous mention" commands). */
  private readonly walk = new MentionWalk();

  constructor(private readonly deps: TabRequestDeps) {}

  /** The answer to a validated request. Waits for the settings as stored now and for the scan they start. */
  async answer(request: TabRequest): Promise<unknown> {
    const { page, site, doc } = this.deps;
    try {
      const now = await this.deps.readSettings();
      if (JSON.stringify(now) !== JSON.stringify(page.current)) page.apply(now);
      await page.scanned();
    } catch {
      // answered with what the page has
    }
    const { surface, pointer } = page;
    const marking = page.marking;
    switch (request.type) {
      case 'tab/status':
        return {
          site,
          terms: page.pageScanner ? surface.shownTerms().size : null,
          mentions: page.pageScanner ? surface.shownCount : null,
        } satisfies TabStatus;
      case 'tab/terms':
        return { site, terms: marking ? pageTerms(surface.shownMentions()) : [] } satisfies PageTermsReport;
      case 'tab/reveal': {
        const next = marking ? this.tour.next(request.id, surface.shownMentions()) : null;
        if (!next) return null;
        revealMention(doc, next.mention);
        return { index: next.index, count: next.count } satisfies RevealResult;
      }
      case 'tab/step': {
        const topOf = (m: Mention) => liveRange(m.range).getBoundingClientRect().top;
        const next = marking ? this.walk.step(request.direction, surface.shownMentions(), topOf, doc.defaultView!.innerHeight) : null;
        if (!next) return null;
        revealMention(doc, next.mention);
        // Opened once the scroll has brought it into view, so the card sits beside it.
        this.deps.afterScroll(() => pointer.openFromKeyboard(next.mention));
        return { index: next.index, count: next.count } satisfies RevealResult;
      }
      case 'tab/explain-selection': {
        const m = marking ? pointer.mentionAtSelection() : null;
        if (m) pointer.openFromKeyboard(m);
        return m !== null;
      }
    }
  }
}

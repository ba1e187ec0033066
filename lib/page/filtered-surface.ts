import type { Mention, MentionLook, MentionSurface } from './mention';

/**
 * Shows only the mentions a filter accepts (the term types the reader chose). When the choice changes, the
 * caller rescans the page: the wrapping fallback cannot show a mention again from its range once it has
 * unwrapped it, and the reader changes this choice rarely.
 */
export class FilteredSurface implements MentionSurface {
  private readonly shown = new Set<Mention>();

  constructor(private readonly inner: MentionSurface, private readonly accepts: (m: Mention) => boolean) {}

  show(mentions: readonly Mention[]): void {
    const accepted = mentions.filter((m) => this.accepts(m));
    for (const m of accepted) this.shown.add(m);
    if (accepted.length) this.inner.show(accepted);
  }

  hide(mentions: readonly Mention[]): void {
    const shown = mentions.filter((m) => this.shown.delete(m));
    if (shown.length) this.inner.hide(shown);
  }

  /** How many mentions are shown: what the badge and the popup count (not those of types switched off). */
  get shownCount(): number {
    return this.shown.size;
  }

  /** The mentions shown, in the order they were found (not document order: see page-terms.ts). */
  shownMentions(): Mention[] {
    return [...this.shown];
  }

  /** The ids of the terms shown at least once. */
  shownTerms(): Set<string> {
    const ids = new Set<string>();
    for (const m of this.shown) ids.add(m.id);
    return ids;
  }

  mentionAt(x: number, y: number, target: EventTarget | null): Mention | null {
    return this.inner.mentionAt(x, y, target);
  }

  setVisible(visible: boolean): void {
    this.inner.setVisible(visible);
  }

  setLook(look: MentionLook): void {
    this.inner.setLook(look);
  }

  dispose(): void {
    this.shown.clear();
    this.inner.dispose();
  }
}

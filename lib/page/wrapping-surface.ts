import { FirstMentions } from './first-mentions';
import { DEFAULT_LOOK, liveRange, type Mention, type MentionLook, type MentionSurface } from './mention';

export const MARK_CLASS = 'tre-mark';

/**
 * Fallback for browsers without the CSS Custom Highlight API: wraps each mention in a <mark>. This does change
 * the page's DOM, which is why it is only the fallback. The caller discards the mutation records it causes.
 */
export class WrappingSurface implements MentionSurface {
  private readonly byMark = new WeakMap<Element, Mention>();
  private readonly marks = new Map<Mention, HTMLElement[]>();
  /** Kept only while first mentions are marked strongly. */
  private firsts: FirstMentions | null = null;
  private look: MentionLook = DEFAULT_LOOK;

  constructor(private readonly doc: Document) {}

  show(mentions: readonly Mention[]): void {
    // Back to front, so wrapping one mention never shifts the offsets of those still to do (their ranges are
    // static: they do not follow the DOM).
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i]!;
      const parts: HTMLElement[] = [];
      for (const part of splitByNode(m.range).reverse()) {
        const mark = this.doc.createElement('mark');
        mark.className = MARK_CLASS;
        mark.dataset.treTerm = m.id;
        part.surroundContents(mark);
        this.byMark.set(mark, m);
        parts.push(mark);
      }
      this.marks.set(m, parts);
    }
    if (this.firsts) for (const [m, first] of this.firsts.add(mentions)) this.place(m, first);
    else if (this.look.style !== 'background' || this.look.ground === 'dark') for (const m of mentions) this.place(m, true);
  }

  hide(mentions: readonly Mention[]): void {
    for (const m of mentions) {
      for (const mark of this.marks.get(m) ?? []) {
        const parent = mark.parentNode;
        if (!parent) continue;
        while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
        mark.remove();
        parent.normalize();
      }
      this.marks.delete(m);
    }
    if (this.firsts) for (const [m, first] of this.firsts.remove(mentions)) this.place(m, first);
  }

  setLook(look: MentionLook): void {
    this.look = look;
    const all = [...this.marks.keys()];
    // A wrapped mention's own range no longer spans its text (the text moved into the mark): order by marks.
    this.firsts = look.emphasis === 'first' ? new FirstMentions((a, b) => this.markPrecedes(a, b)) : null;
    if (this.firsts) for (const [m, first] of this.firsts.add(all)) this.place(m, first);
    else for (const m of all) this.place(m, true);
  }

  private markPrecedes(a: Mention, b: Mention): boolean {
    const ma = this.marks.get(a)?.[0];
    const mb = this.marks.get(b)?.[0];
    return !!ma && !!mb && (ma.compareDocumentPosition(mb) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  }

  private place(m: Mention, first: boolean): void {
    for (const mark of this.marks.get(m) ?? []) {
      mark.classList.toggle(`${MARK_CLASS}-underline`, this.look.style === 'underline');
      mark.classList.toggle(`${MARK_CLASS}-light`, !first && this.look.emphasis === 'first');
      mark.classList.toggle(`${MARK_CLASS}-on-dark`, this.look.ground === 'dark');
    }
  }

  setVisible(visible: boolean): void {
    for (const parts of this.marks.values()) for (const mark of parts) mark.classList.toggle(`${MARK_CLASS}-off`, !visible);
  }

  mentionAt(_x: number, _y: number, target: EventTarget | null): Mention | null {
    const el = target instanceof this.doc.defaultView!.Element ? target.closest(`mark.${MARK_CLASS}`) : null;
    if (!el || el.classList.contains(`${MARK_CLASS}-off`)) return null;
    return this.byMark.get(el) ?? null;
  }

  dispose(): void {
    this.hide([...this.marks.keys()]);
  }
}

/** One range per text node the mention covers (surroundContents cannot cross element boundaries). */
function splitByNode(mention: AbstractRange): Range[] {
  const range = liveRange(mention);
  if (range.startContainer === range.endContainer) return [range];
  const doc = range.startContainer.ownerDocument!;
  const parts: Range[] = [];
  const walker = doc.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  walker.currentNode = range.startContainer;
  for (let n: Node | null = range.startContainer; n; n = walker.nextNode()) {
    const part = doc.createRange();
    part.setStart(n, n === range.startContainer ? range.startOffset : 0);
    part.setEnd(n, n === range.endContainer ? range.endOffset : (n as Text).data.length);
    if (!part.collapsed) parts.push(part);
    if (n === range.endContainer) break;
  }
  return parts;
}

import { afterEach, describe, expect, it } from 'vitest';
import { FoundMention } from './found-mention';
import { liveRange } from './mention';
import { iterateSegments, textNodesOf, type Segment } from './segments';

const segmentsOf = (html: string): Segment[] => {
  document.body.innerHTML = html;
  return [...iterateSegments(document.body)].filter((s): s is Segment => s !== null);
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('segments read whole', () => {
  it('reads a paragraph of inline markup whole, and finds its text nodes only when asked', () => {
    const [p] = segmentsOf('<p>Năm 1954, <b>Hiệp <i>định</i></b> <a href="#">Giơ-ne-vơ</a><!-- x --> được ký.</p>');
    expect(p!.text).toBe('Năm 1954, Hiệp định Giơ-ne-vơ được ký.');
    expect(p!.nodes).toBeNull();
    const { nodes, starts } = textNodesOf(p!.block);
    expect(nodes.map((n) => n.data).join('')).toBe(p!.text);
    expect(starts).toEqual([0, 10, 15, 19, 20, 29]);
  });

  it('walks node by node a block with a line break, skipped content, an editable part or a nested block', () => {
    const segments = segmentsOf(`<p>LHQ<br>và UN</p><p>EU <code>WHO</code> và ASEAN</p><p>EU <span contenteditable="true">WHO</span> và ASEAN</p>
      <div>Liên hợp quốc <p>Hiệp định</p> và EU</div>`);
    expect(segments.map((s) => [s.text, s.nodes === null])).toEqual([
      ['LHQ', false], ['và UN', false], ['EU  và ASEAN', false], ['EU  và ASEAN', false],
      ['Liên hợp quốc ', false], ['Hiệp định', true], [' và EU', false],
    ]);
  });

  it('reads a plain block whole when it is the root of a rescan', () => {
    document.body.innerHTML = '<p id="p">Liên hợp quốc và <b>ASEAN</b></p><div id="d">EU<br>UN</div>';
    const read = (id: string) => [...iterateSegments(document.getElementById(id)!)].filter((s): s is Segment => s !== null)
      .map((s) => [s.text, s.nodes === null]);
    expect(read('p')).toEqual([['Liên hợp quốc và ASEAN', true]]);
    expect(read('d')).toEqual([['EU', false], ['UN', false]]);
  });
});

describe('FoundMention', () => {
  it('makes its range on first use, across the inline markup of a block read whole', () => {
    const [p] = segmentsOf('<p>Năm 1954, <b>Hiệp <i>định</i></b> <a href="#">Giơ-ne-vơ</a> được ký.</p>');
    const mention = new FoundMention({ start: 10, end: 29, id: 'geneva' }, p!.block, p!.nodes);
    expect(liveRange(mention.range).toString()).toBe('Hiệp định Giơ-ne-vơ');
    expect(mention.range).toBe(mention.range);
  });

  it('makes it from the nodes the walk kept for a segment read node by node', () => {
    const [first, second] = segmentsOf('<p>LHQ<br>và <b>UN</b> họp</p>');
    const mention = new FoundMention({ start: 3, end: 5, id: 'un' }, second!.block, second!.nodes);
    expect(first!.text).toBe('LHQ');
    expect(liveRange(mention.range).toString()).toBe('UN');
  });
});

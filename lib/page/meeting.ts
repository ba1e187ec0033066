import { cleanUrl, sentenceAround } from '../store/context';
import { MAX_TITLE_LENGTH, MAX_URL_LENGTH } from '../store/records';
import { liveRange, type Mention } from './mention';

/** Where a mention was met, as a saved term keeps it: the page's address and title and the sentence around it. */
export type MeetingPlace = { url: string; title: string; sentence: string };

/**
 * The sentence is cut from the mention's block (its paragraph, list item, cell…): the text from the block's
 * start to the mention gives the mention's offset in the block's text. The URL leaves the page without its fragment,
 * credentials and known tracking parameters; the background drops the rest of the query too unless the reader
 * chose to keep it (setting `keepUrlQuery`). '' for a page with no address to return to, kept without a context.
 */
export function meetingPlace(doc: Document, mention: Mention): MeetingPlace {
  const block = mention.block;
  const text = block.textContent ?? '';
  let start = 0;
  let end = 0;
  try {
    const before = doc.createRange();
    before.setStart(block, 0);
    const live = liveRange(mention.range);
    before.setEnd(live.startContainer, live.startOffset);
    start = before.toString().length;
    end = start + live.toString().length;
  } catch {
    // The page moved the mention out of its block since the scan: keep the block's start as the place.
  }
  const url = cleanUrl(doc.location?.href ?? '', true) ?? '';
  return {
    url: url.length <= MAX_URL_LENGTH ? url : '',
    title: doc.title.slice(0, MAX_TITLE_LENGTH),
    sentence: sentenceAround(text, start, end),
  };
}

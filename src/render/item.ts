/**
 * A localized story in the structured format it came in (ninjs, NITF, HTML): each block of the
 * target view as marked-up text, handed to the format's writer with the localized dateline.
 * Partial stories follow the plain-text story's rules (`story.ts`): none unless allowed, gaps marked.
 */
import type { LocalizedItem } from '../formats/format.js';
import type { Article } from '../model.js';
import { markedBlock, type MarkedText } from './marked-block.js';
import { markGap, markWithheld, type StoryOptions } from './story.js';
import type { SegmentView, TextView } from './view.js';

export interface ItemContent {
  readonly item: LocalizedItem;
  /** Segments printed as marked gaps (0 for a complete story). */
  readonly gaps: number;
}

/** The item's content in the view's language, or `undefined` when a segment has no publishable text and `allowPartial` is off. */
export function itemContent(article: Article, view: TextView, options: StoryOptions = {}): ItemContent | undefined {
  let gaps = 0;
  let missing = false;
  const contentOf = (segment: SegmentView): MarkedText => {
    if (segment.text !== undefined) return { text: segment.text, markup: segment.markup ?? [] };
    if (!options.allowPartial) missing = true;
    gaps += 1;
    return { text: segment.withheld ? markWithheld(segment.withheld) : markGap(segment.source), markup: [] };
  };
  const blocks = new Map(view.blocks.map((block) => [block.id, markedBlock(block.segments, contentOf)]));
  if (missing) return undefined;
  return { item: { article, lang: view.lang, blocks, dateline: view.dateline }, gaps };
}

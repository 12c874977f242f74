/**
 * A localized story in the structured format it came in (ninjs, NITF, HTML): each block of the
 * target view as marked-up text, handed to the format's writer with the localized dateline.
 * Partial stories follow the plain-text story's rules (`story.ts`): none unless allowed, gaps marked.
 */
import type { LocalizedItem } from '../formats/format.js';
import type { Article } from '../model.js';
import type { StoryHeader } from './story-header.js';
import { markedBlock, type MarkedText } from './marked-block.js';
import { markGap, markWithheld, type StoryOptions } from './story.js';
import type { SegmentView, TextView } from './view.js';

export interface ItemContent {
  readonly item: LocalizedItem;
  /** Segments printed as marked gaps (0 for a complete story). */
  readonly gaps: number;
}

/**
 * The item's content in the view's language, or `undefined` when a segment has no publishable text
 * and `allowPartial` is off. `header` says what the translation is (`storyHeader`): its notice.
 */
export function itemContent(article: Article, view: TextView, header: StoryHeader, options: StoryOptions = {}): ItemContent | undefined {
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
  const notice = itemNotice(header, gaps);
  return { item: { article, lang: view.lang, blocks, dateline: view.dateline, ...(notice === undefined ? {} : { notice }) }, gaps };
}

/**
 * What the plain story's header says in its fields, in one sentence for a structured item: that it
 * is pseudo-translation, or holds machine translation no human reviewed, or has marked gaps.
 * Nothing for a translation humans made or reviewed (or the TM gave), complete.
 */
export function itemNotice(header: StoryHeader, gaps: number): string | undefined {
  const parts = [
    ...(header.pseudoTranslation ? ['PSEUDO-TRANSLATION for testing layout and the pipeline: this is not a translation'] : []),
    ...(header.unreviewedMachineTranslation ? ['machine translation that no human has reviewed'] : []),
    ...(gaps > 0 ? [`partial: ${gaps} ${gaps === 1 ? 'segment is' : 'segments are'} not translated and marked as such`] : []),
  ];
  return parts.length === 0 ? undefined : `${header.id}: ${parts.join('; ')}`;
}

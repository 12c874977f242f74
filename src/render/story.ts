import { datelinePrefix } from './dateline.js';
import { formatStoryHeader, type StoryHeader } from './story-header.js';
import { joinSegments, type SegmentView, type TextView } from './view.js';

export interface StoryOptions {
  /**
   * Print segments that may not be published — untranslated, or with an error against their
   * target — as marked gaps instead of refusing. @default false
   */
  readonly allowPartial?: boolean;
}

/** Marks a gap in a partial story so no reader mistakes the source text for a translation. */
export function markGap(source: string): string {
  return `[UNTRANSLATED: ${source}]`;
}

/** Marks a target withheld for errors, saying what is wrong with it. */
export function markWithheld(withheld: NonNullable<SegmentView['withheld']>): string {
  return `[TO FIX, ${withheld.reasons.join('; ')}: ${withheld.target}]`;
}

/**
 * The localized story as plain text: a front-matter header saying what it is (see
 * story-header.ts), then the agency layout the source came in: date line, place line, headline,
 * standfirst, caption, then paragraphs, the first opening with the dateline.
 * Returns `undefined` when a segment has no publishable text and `allowPartial` is off.
 */
export function renderStory(view: TextView, header: StoryHeader, options: StoryOptions = {}): string | undefined {
  let gaps = 0;
  const textOf = (segment: SegmentView): string | undefined => {
    if (segment.text !== undefined) return segment.text;
    if (!options.allowPartial) return undefined;
    gaps += 1;
    return segment.withheld ? markWithheld(segment.withheld) : markGap(segment.source);
  };
  const parts: string[] = [];
  if (view.dateline.date !== undefined) parts.push(view.dateline.date);
  if (view.dateline.place !== undefined) parts.push(view.dateline.place);
  let firstParagraph = true;
  for (const block of view.blocks) {
    const texts = block.segments.map(textOf).filter((text): text is string => text !== undefined);
    if (texts.length < block.segments.length) return undefined;
    let text = joinSegments(texts, block.segments);
    if (block.kind === 'paragraph' && firstParagraph) {
      firstParagraph = false;
      text = `${datelinePrefix(view.dateline, view.lang)}${text}`;
    }
    parts.push(text);
  }
  return `${formatStoryHeader(header, gaps)}\n${parts.join('\n\n')}\n`;
}

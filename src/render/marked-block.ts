/**
 * A block of a view as one marked-up text: its segments' texts joined (a space, or a line break
 * where the source broke the line) with their markup codes moved to the joined offsets, and the
 * pieces of a code a sentence boundary cut joined back into one element where they touch. What
 * the writers of structured formats (HTML, NITF, ninjs) print each block's slot from.
 */
import type { PlacedCode } from '../markup/index.js';
import { segmentSeparator, type SegmentView } from './view.js';

export interface MarkedText {
  readonly text: string;
  readonly markup: readonly PlacedCode[];
}

/**
 * The block's text and codes from each segment's text and codes (`contentOf`; a segment shown as
 * a gap has text and no codes). A piece that `continuesAfter` and ends its segment's text, and the
 * next segment's piece of the same code that is `continuedFrom` and starts that text, become one
 * code over the separator; pieces that do not touch stay two elements, each with its own tags.
 */
export function markedBlock(segments: readonly SegmentView[], contentOf: (segment: SegmentView) => MarkedText): MarkedText {
  let text = '';
  const markup: PlacedCode[] = [];
  /** Pieces ending their segment that may continue into the next, by code id: index in `markup`. */
  let trailing = new Map<string, number>();
  segments.forEach((segment, i) => {
    const content = contentOf(segment);
    if (i > 0) text += segmentSeparator(segment);
    const offset = text.length;
    const nextTrailing = new Map<string, number>();
    for (const { code, start, end } of content.markup) {
      const joinedWith = code.continuedFrom && start === 0 ? trailing.get(code.id) : undefined;
      if (joinedWith !== undefined) {
        markup[joinedWith] = { ...markup[joinedWith]!, end: offset + end };
        if (code.continuesAfter && end === content.text.length) nextTrailing.set(code.id, joinedWith);
        continue;
      }
      markup.push({ code, start: offset + start, end: offset + end });
      if (code.continuesAfter && end === content.text.length) nextTrailing.set(code.id, markup.length - 1);
    }
    text += content.text;
    trailing = nextTrailing;
  });
  return { text, markup };
}

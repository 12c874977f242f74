import type { SegmentView, TextView } from './view.js';

export interface StoryOptions {
  /** Print untranslated segments as marked gaps instead of refusing. @default false */
  readonly allowPartial?: boolean;
}

/** Marks a gap in a partial story so no reader mistakes the source text for a translation. */
export function markGap(source: string): string {
  return `[UNTRANSLATED: ${source}]`;
}

/**
 * The localized story as plain text, in the agency layout the source came in: date line, place
 * line, headline, standfirst, caption, then paragraphs, the first opening with the dateline.
 * Returns `undefined` when a segment has no text and `allowPartial` is off.
 */
export function renderStory(view: TextView, options: StoryOptions = {}): string | undefined {
  const gapText = (segment: SegmentView): string | undefined =>
    segment.text ?? (options.allowPartial ? markGap(segment.source) : undefined);
  const parts: string[] = [];
  if (view.dateline.date !== undefined) parts.push(view.dateline.date);
  if (view.dateline.place !== undefined) parts.push(view.dateline.place);
  let firstParagraph = true;
  for (const block of view.blocks) {
    const texts = block.segments.map(gapText);
    if (texts.some((text) => text === undefined)) return undefined;
    let text = texts.join(' ');
    if (block.kind === 'paragraph' && firstParagraph) {
      firstParagraph = false;
      if (view.dateline.place !== undefined) text = `${datelinePrefix(view)}${text}`;
    }
    parts.push(text);
  }
  return `${parts.join('\n\n')}\n`;
}

/** "Bagdad – ", or "BAGDAD (AFP) – " when the source credits an agency. */
function datelinePrefix(view: TextView): string {
  const agency = view.dateline.agency === undefined ? '' : ` (${view.dateline.agency})`;
  return `${view.dateline.place}${agency} – `;
}

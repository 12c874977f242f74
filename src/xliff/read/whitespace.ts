/**
 * XML whitespace handling for content: CAT tools re-indent files, so unless `xml:space="preserve"`
 * is in scope, each run of XML whitespace (space, tab, CR, LF; not no-break spaces) is one space
 * and the content's two ends are trimmed.
 */
import type { InlineCode, InlineRun } from '../inline.js';

/** Text as the file holds it, and whether `xml:space="preserve"` is in scope there. */
export interface TextPiece {
  readonly text: string;
  readonly preserve: boolean;
}

export type ContentPiece = TextPiece | InlineCode;

const XML_WHITESPACE_RUN = /([ \t\r\n]+)/u;
const LEADING = /^[ \t\r\n]+/u;
const TRAILING = /[ \t\r\n]+$/u;

/**
 * The runs of one content (a unit's source, or its target): adjacent text merged (annotations
 * such as `<mrk>` are transparent), whitespace collapsed and the ends trimmed where not preserved.
 * Codes stay where they are; the space on either side of a code is kept (as one space).
 */
export function normalizeContent(pieces: readonly ContentPiece[]): InlineRun[] {
  const trimmed = trimEnds([...pieces]);
  const runs: InlineRun[] = [];
  let buffer = '';
  /** The buffer ends with a space that stands for collapsed whitespace. */
  let collapsing = false;
  for (const piece of trimmed) {
    if (isCode(piece)) {
      if (buffer !== '') runs.push(buffer);
      runs.push(piece);
      buffer = '';
      collapsing = false;
    } else if (piece.preserve) {
      buffer += piece.text;
      if (piece.text !== '') collapsing = false;
    } else {
      for (const part of piece.text.split(XML_WHITESPACE_RUN)) {
        if (part === '') continue;
        if (LEADING.test(part)) {
          if (!collapsing) buffer += ' ';
          collapsing = true;
        } else {
          buffer += part;
          collapsing = false;
        }
      }
    }
  }
  if (buffer !== '') runs.push(buffer);
  return runs;
}

/** One piece of text (a code's native content, a metadata value) treated the same way. */
export function normalizeText(text: string, preserve: boolean): string {
  return preserve ? text : text.replace(/[ \t\r\n]+/gu, ' ').replace(/^ | $/gu, '');
}

function isCode(piece: ContentPiece): piece is InlineCode {
  return 'kind' in piece;
}

/** Drops the whitespace at the start and the end of the content, up to the first code or preserved text. */
function trimEnds(pieces: ContentPiece[]): ContentPiece[] {
  for (const fromEnd of [false, true]) {
    for (let step = 0; step < pieces.length; step++) {
      const index = fromEnd ? pieces.length - 1 - step : step;
      const piece = pieces[index]!;
      if (isCode(piece) || piece.preserve) break;
      const text = piece.text.replace(fromEnd ? TRAILING : LEADING, '');
      pieces[index] = { text, preserve: false };
      if (text !== '') break;
    }
  }
  return pieces;
}

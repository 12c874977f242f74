/**
 * The input's own text cut into literal parts and slots: what the writer copies byte for byte and
 * where it writes something of its own (a block's text, the document's language). Plain data, so
 * it travels in `Article.template`.
 */
import { InputError } from '../../errors.js';
import { lineOfOffset } from '../../util/text-chars.js';
import type { SourcePlace, SourceSpan } from './tree.js';

/** A literal part of the source, or a slot the writer fills. */
export type Piece<Slot extends object> = string | Slot;

export interface Cut<Slot extends object> {
  readonly span: SourceSpan;
  readonly slot: Slot;
}

/**
 * `source` with each cut's span replaced by its slot. Cuts come in any order; two that overlap
 * mean the markup is too tangled to write back around the translation (the parser moved text
 * out of where it was written), which the reader refuses.
 */
export function cutSource<Slot extends object>(source: string, cuts: ReadonlyArray<Cut<Slot>>, where: SourcePlace): Array<Piece<Slot>> {
  const sorted = [...cuts].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const pieces: Array<Piece<Slot>> = [];
  let cursor = 0;
  for (const { span, slot } of sorted) {
    if (span.start < cursor) {
      const line = where.line + lineOfOffset(source, span.start) - 1;
      throw new InputError('HTML markup too tangled to write the translation back in place (text the parser moves out of where it is written, such as text inside a table)', { file: where.file, line }, {
        hint: 'fix the markup around this line (close the elements in the order they were opened)',
      });
    }
    if (span.start > cursor) pieces.push(source.slice(cursor, span.start));
    pieces.push(slot);
    cursor = span.end;
  }
  if (cursor < source.length) pieces.push(source.slice(cursor));
  return pieces;
}

export function fillPieces<Slot extends object>(pieces: ReadonlyArray<Piece<Slot>>, fill: (slot: Slot) => string): string {
  return pieces.map((piece) => (typeof piece === 'string' ? piece : fill(piece))).join('');
}

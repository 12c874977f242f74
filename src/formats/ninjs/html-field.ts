/**
 * An HTML value of a ninjs field (`text/html`, `application/xhtml+xml`) through the HTML body
 * reader and writer (`formats/html/body.ts`): its blocks with their markup, and back.
 */
import { InputError, type FileLocation } from '../../errors.js';
import type { BlockKind } from '../../model.js';
import type { MarkedText } from '../../render/marked-block.js';
import type { Piece } from './fields.js';

// TEMPORARY until formats/html/body.ts lands on main.
export function readHtmlField(_value: string, _kind: BlockKind, at: Required<Pick<FileLocation, 'file' | 'line'>>): { pieces: Piece[]; html: unknown } {
  throw new InputError('HTML bodies are not read yet', at);
}

export function writeHtmlField(_html: unknown, _contents: readonly MarkedText[]): string {
  throw new Error('HTML bodies are not written yet');
}

/**
 * An HTML value of a ninjs field (`text/html`, `application/xhtml+xml`) through the HTML body
 * reader and writer (`formats/html/body.ts`): its blocks with their markup, and back. In a body
 * each block keeps the kind its element gives (a sub-head, a caption); in a headline or a
 * description every block is of the field's kind.
 */
import type { BlockKind } from '../../model.js';
import type { MarkedText } from '../../render/marked-block.js';
import { readHtmlBody, writeHtmlBody, type HtmlBodyTemplate } from '../html/body.js';
import type { Piece } from './fields.js';

export function readHtmlField(value: string, kind: BlockKind, where: { readonly file: string; readonly line: number }): { pieces: Piece[]; html: HtmlBodyTemplate } {
  const { blocks, template } = readHtmlBody(value, where);
  // A JSON string sits on one line of the file, whatever line breaks its escapes hold.
  const pieces = blocks.map(({ kind: own, text, markup }): Piece => ({
    kind: kind === 'paragraph' ? own : kind,
    text,
    line: where.line,
    ...(markup.length === 0 ? {} : { markup }),
  }));
  return { pieces, html: template };
}

/**
 * The value with each block's translation. XHTML is XML, which knows no `&nbsp;` (the HTML writer's
 * no-break space, frequent in French): it is written as the character reference `&#160;`. Text
 * saying `&nbsp;` is escaped (`&amp;nbsp;`), so every `&nbsp;` in the output is a no-break space.
 */
export function writeHtmlField(html: HtmlBodyTemplate, contents: readonly MarkedText[], xhtml: boolean): string {
  const written = writeHtmlBody(html, contents);
  return xhtml ? written.replaceAll('&nbsp;', '&#160;') : written;
}

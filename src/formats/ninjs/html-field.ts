/**
 * An HTML value of a ninjs field (`text/html`, `application/xhtml+xml`) through the HTML body
 * reader and writer (`formats/html/body.ts`): its blocks with their markup, and back. In a body
 * each block keeps the kind its element gives (a sub-head, a caption); in a headline or a
 * description every block is of the field's kind.
 */
import type { DatelinePrefix } from '../../ingest/dateline-prefix.js';
import type { Block, BlockKind } from '../../model.js';
import type { MarkedText } from '../../render/marked-block.js';
import { readHtmlBody, takeDatelinePrefix, writeHtmlBody, type HtmlBodyTemplate } from '../html/body.js';
import type { Piece } from './fields.js';

export function readHtmlField(value: string, kind: BlockKind, where: { readonly file: string; readonly line: number }): { pieces: Piece[]; html: HtmlBodyTemplate } {
  const { blocks, template } = readHtmlBody(value, where);
  // A JSON string sits on one line of the file, whatever line breaks its escapes hold.
  const pieces = blocks.map(({ kind: own, text, markup, lineBreaks }): Piece => ({
    kind: kind === 'paragraph' ? own : kind,
    text,
    line: where.line,
    ...(lineBreaks === undefined ? {} : { lineBreaks }),
    ...(markup.length === 0 ? {} : { markup }),
  }));
  return { pieces, html: template };
}

/** The dateline opening an HTML body's first paragraph taken off it by the HTML reader: the blocks (same ids) and the template marking the slot. */
export function takeHtmlDateline(
  blocks: readonly Block[],
  html: HtmlBodyTemplate,
  knownPlace: string | undefined,
): { datelined: Block; blocks: Block[]; html: HtmlBodyTemplate; prefix: DatelinePrefix } | undefined {
  const asHtml = blocks.map(({ id: _id, markup, ...rest }) => ({ ...rest, markup: markup ?? [] }));
  const taken = takeDatelinePrefix(asHtml, html.pieces, knownPlace);
  const index = taken.blocks.findIndex((block, at) => block.text !== blocks[at]!.text);
  if (taken.prefix === undefined || index === -1) return undefined;
  const { markup, ...rest } = taken.blocks[index]!;
  const datelined = blocks[index]!;
  const without: Block = { id: datelined.id, ...rest, ...(markup.length === 0 ? {} : { markup }) };
  return { datelined, blocks: blocks.map((block) => (block === datelined ? without : block)), html: { pieces: taken.pieces }, prefix: taken.prefix };
}

/**
 * The value with each block's translation, the localized dateline where the reader took one. XHTML is XML, which knows no `&nbsp;` (the HTML writer's
 * no-break space, frequent in French): it is written as the character reference `&#160;`. Text
 * saying `&nbsp;` is escaped (`&amp;nbsp;`), so every `&nbsp;` in the output is a no-break space.
 */
export function writeHtmlField(html: HtmlBodyTemplate, contents: readonly MarkedText[], datelinePrefix: string, xhtml: boolean): string {
  const written = writeHtmlBody(html, contents, datelinePrefix);
  return xhtml ? written.replaceAll('&nbsp;', '&#160;') : written;
}

/**
 * An HTML article body (a fragment: ninjs `body_html`, or a document's `body`) as blocks with
 * their markup, and written back: the template is the input's own text with a slot per block,
 * so everything not translated (attributes, comments, scripts, `pre`, layout) is written back
 * byte for byte. The body API ninjs reuses; `document.ts` reads whole pages over the same parts.
 */
import { printMarkedText } from '../../markup/index.js';
import type { MarkedText } from '../../render/marked-block.js';
import { collectBlocks, type HtmlBlock, type LocatedBlock } from './blocks.js';
import { printDatelinePrefix, type DatelineSlot } from './dateline.js';
import { escapeHtmlText, type TextEscaper } from './escape.js';
import { cutSource, fillPieces, type Cut, type Piece } from './skeleton.js';
import { parseBodyFragment, SourceMap, type SourcePlace } from './tree.js';

export type { HtmlBlock } from './blocks.js';
export { takeDatelinePrefix } from './dateline.js';

/** A block's slot: `block` is its index in reading order; `dateline` when the writer puts the localized dateline before it. */
export interface BlockSlot {
  readonly block: number;
  /** The block as written, and as read (text, codes' places): content equal to it is written as written. */
  readonly source: { readonly html: string; readonly text: string; readonly codes: string };
  readonly dateline?: DatelineSlot;
}

/** The cut of a located block: its span, and its slot remembering how it was written. */
export function blockCut(block: LocatedBlock, index: number, source: string): Cut<BlockSlot> {
  const html = source.slice(block.span.start, block.span.end);
  return { span: block.span, slot: { block: index, source: { html, text: block.text, codes: codePlaces(block.markup) } } };
}

/** The codes of a text by id and place, for telling content as read from content changed. */
function codePlaces(places: ReadonlyArray<{ readonly id: string; readonly start: number; readonly end: number }>): string {
  return places.map(({ id, start, end }) => `${id}@${start}-${end}`).join(' ');
}

/** The body's source cut around its blocks (plain data). */
export interface HtmlBodyTemplate {
  readonly pieces: ReadonlyArray<Piece<BlockSlot>>;
}

export function readHtmlBody(html: string, where: SourcePlace): { blocks: HtmlBlock[]; template: HtmlBodyTemplate } {
  const fragment = parseBodyFragment(html, where);
  const map = new SourceMap(html, fragment);
  const located = collectBlocks(fragment, map, where);
  const pieces = cutSource(html, located.map((block, index) => blockCut(block, index, html)), where);
  return { blocks: located.map(({ element: _element, span: _span, ...block }) => block), template: { pieces } };
}

/**
 * The body with each block's slot filled with its content (in block order), printed with its
 * markup and escaped for HTML text; `datelinePrefix` (plain text: `BAGDAD (AFP) – `) before the
 * block the reader took a dateline from.
 */
export function writeHtmlBody(template: HtmlBodyTemplate, contents: readonly MarkedText[], datelinePrefix = ''): string {
  return fillPieces(template.pieces, (slot) => printBlockSlot(slot, contents, datelinePrefix));
}

export function printBlockSlot(slot: BlockSlot, contents: readonly MarkedText[], datelinePrefix: string, escape: TextEscaper = escapeHtmlText): string {
  const content = contents[slot.block];
  if (content === undefined) throw new Error(`no content for HTML block ${slot.block}`);
  // What is unchanged comes back as written (entity references, white space, tag order kept).
  const unchanged = content.text === slot.source.text && codePlaces(content.markup.map(({ code, start, end }) => ({ id: code.id, start, end }))) === slot.source.codes;
  if (unchanged && !slot.dateline) return slot.source.html;
  const prefix = slot.dateline ? printDatelinePrefix(datelinePrefix, slot.dateline, escape) : '';
  return prefix + printMarkedText(content.text, content.markup, escape);
}

/** The blocks as a writer's contents, each as read: what an untranslated item writes back. */
export function sourceContents(blocks: readonly HtmlBlock[]): MarkedText[] {
  return blocks.map(({ text, markup }) => ({ text, markup: markup.map((code) => ({ code, start: code.start, end: code.end })) }));
}

/**
 * An HTML article body (a fragment: ninjs `body_html`, or a document's `body`) as blocks with
 * their markup, and written back: the template is the input's own text with a slot per block,
 * so everything not translated (attributes, comments, scripts, `pre`, layout) is written back
 * byte for byte. The body API ninjs reuses; `document.ts` reads whole pages over the same parts.
 */
import type { MarkupCode } from '../../model.js';
import { printMarkedText, splitMarkup } from '../../markup/index.js';
import { matchDatelinePrefix, type DatelinePrefix } from '../../ingest/dateline-prefix.js';
import type { MarkedText } from '../../render/marked-block.js';
import { collectBlocks, type HtmlBlock } from './blocks.js';
import { escapeHtmlText } from './escape.js';
import { cutSource, fillPieces, type Piece } from './skeleton.js';
import { parseBodyFragment, SourceMap, type SourcePlace } from './tree.js';

export type { HtmlBlock } from './blocks.js';

/** A block's slot: `block` is its index in reading order; `datelinePrefix` when the writer puts the localized dateline before it. */
export interface BlockSlot {
  readonly block: number;
  readonly datelinePrefix?: true;
}

/** The body's source cut around its blocks (plain data). */
export interface HtmlBodyTemplate {
  readonly pieces: ReadonlyArray<Piece<BlockSlot>>;
}

export function readHtmlBody(html: string, where: SourcePlace): { blocks: HtmlBlock[]; template: HtmlBodyTemplate } {
  const fragment = parseBodyFragment(html, where);
  const map = new SourceMap(html, fragment);
  const located = collectBlocks(fragment, map, where);
  const pieces = cutSource(html, located.map(({ span }, block) => ({ span, slot: { block } as BlockSlot })), where);
  return { blocks: located.map(({ kind, text, markup, line }) => ({ kind, text, markup, line })), template: { pieces } };
}

/**
 * The body with each block's slot filled with its content (in block order), printed with its
 * markup and escaped for HTML text; `datelinePrefix` (plain text: `BAGDAD (AFP) – `) before the
 * block the reader took a dateline from.
 */
export function writeHtmlBody(template: HtmlBodyTemplate, contents: readonly MarkedText[], datelinePrefix = ''): string {
  return fillPieces(template.pieces, (slot) => printBlockSlot(slot, contents, datelinePrefix));
}

export function printBlockSlot(slot: BlockSlot, contents: readonly MarkedText[], datelinePrefix: string): string {
  const content = contents[slot.block];
  if (content === undefined) throw new Error(`no content for HTML block ${slot.block}`);
  const prefix = slot.datelinePrefix ? escapeHtmlText(datelinePrefix) : '';
  return prefix + printMarkedText(content.text, content.markup, escapeHtmlText);
}

/** The blocks as a writer's contents, each as read: what an untranslated item writes back. */
export function sourceContents(blocks: readonly HtmlBlock[]): MarkedText[] {
  return blocks.map(({ text, markup }) => ({ text, markup: markup.map((code) => ({ code, start: code.start, end: code.end })) }));
}

/**
 * The dateline opening the first paragraph after the headline, if any (`BAGHDAD, Nov 23 (AFP) – …`), taken off its text
 * (its markup moved with `splitMarkup`; a code inside the prefix is kept, empty, where the text
 * starts) and its slot marked for the writer's localized prefix. `knownPlace` as
 * `matchDatelinePrefix` takes it. The pieces unchanged and no prefix when there is none.
 */
export function takeDatelinePrefix<Slot extends object>(
  blocks: readonly HtmlBlock[],
  pieces: ReadonlyArray<Piece<Slot>>,
  knownPlace?: string,
): { blocks: HtmlBlock[]; pieces: Array<Piece<Slot>>; prefix?: DatelinePrefix & { readonly text: string } } {
  // The paragraph after the headline (a page's navigation may come before it).
  const after = blocks.findIndex((block) => block.kind === 'headline') + 1;
  const found = blocks.slice(after).findIndex((block) => block.kind === 'paragraph');
  const index = found === -1 ? -1 : after + found;
  const block = blocks[index];
  const prefix = block && matchDatelinePrefix(block.text, knownPlace);
  if (!block || !prefix) return { blocks: [...blocks], pieces: [...pieces] };
  const start = block.text.length - prefix.rest.length;
  const [markup] = splitMarkup(block.markup, [{ start, end: block.text.length }]) as [MarkupCode[]];
  return {
    blocks: blocks.map((other, at) => (at === index ? { ...block, text: prefix.rest, markup } : other)),
    pieces: pieces.map((piece) => (isSlotOf(piece, index) ? { ...piece, datelinePrefix: true } : piece)),
    prefix: { ...prefix, text: block.text.slice(0, start) },
  };
}

function isSlotOf<Slot extends object>(piece: Piece<Slot>, index: number): piece is Slot & BlockSlot {
  return typeof piece !== 'string' && 'block' in piece && piece.block === index;
}

/**
 * The dateline opening an article's first paragraph (`ORLA, Nov 13 (Tidewire) – …`) in HTML:
 * taken off the block's text for `Article.dateline`, and the localized prefix printed back in the
 * slot, inside the elements that held the source's (`<strong>ORLA</strong> (Tidewire) – ` gives
 * `<strong>ORLA (Tidewire)</strong>&nbsp;– `: the whole place-and-agency part, an approximation).
 */
import { matchDatelinePrefix, type DatelinePrefix } from '../../ingest/dateline-prefix.js';
import type { MarkupCode } from '../../model.js';
import { splitMarkup } from '../../markup/index.js';
import type { HtmlBlock } from './blocks.js';
import { escapeHtmlText, type TextEscaper } from './escape.js';
import type { Piece } from './skeleton.js';

/** What the writer needs to print a localized dateline prefix: the tags of the elements wholly inside the source's prefix. */
export interface DatelineSlot {
  readonly tags: ReadonlyArray<{ readonly open: string; readonly close: string }>;
}

/**
 * The dateline opening the first paragraph after the headline, if any, taken off its text: codes
 * wholly inside the prefix go to the slot (`DatelineSlot`), the others are moved with the text
 * (`splitMarkup`). `knownPlace` as `matchDatelinePrefix` takes it. Blocks and pieces unchanged
 * and no prefix when there is none.
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
  const inPrefix = (code: MarkupCode): boolean => code.kind === 'paired' && code.end <= start;
  const tags = block.markup.filter(inPrefix).map((code) => ({ open: code.open, close: code.close ?? `</${code.element}>` }));
  const [markup] = splitMarkup(block.markup.filter((code) => !inPrefix(code)), [{ start, end: block.text.length }]) as [MarkupCode[]];
  return {
    blocks: blocks.map((other, at) => (at === index ? withoutPrefix(block, start, prefix.rest, markup) : other)),
    pieces: pieces.map((piece) => (isSlotOf(piece, index) ? { ...piece, dateline: { tags } } : piece)),
    prefix: { ...prefix, text: block.text.slice(0, start) },
  };
}

/** The spaced dash (or hyphen) ending a dateline prefix, no-break space included. */
const SEPARATOR = /[\s\u00A0]*[-–—][\s\u00A0]*$/u;

/** `prefix` (plain text: `BAGDAD (AFP)\u00A0– `) escaped, its part before the separator inside the slot's elements. */
export function printDatelinePrefix(prefix: string, slot: DatelineSlot, escape: TextEscaper = escapeHtmlText): string {
  if (slot.tags.length === 0 || prefix === '') return escape(prefix);
  const separator = SEPARATOR.exec(prefix)?.[0] ?? '';
  const head = prefix.slice(0, prefix.length - separator.length);
  const opens = slot.tags.map((tag) => tag.open).join('');
  const closes = slot.tags.map((tag) => tag.close).reverse().join('');
  return opens + escape(head) + closes + escape(separator);
}

function withoutPrefix(block: HtmlBlock, start: number, text: string, markup: MarkupCode[]): HtmlBlock {
  const { lineBreaks: all, ...rest } = block;
  const lineBreaks = (all ?? []).filter((offset) => offset >= start).map((offset) => offset - start);
  return { ...rest, text, markup, ...(lineBreaks.length === 0 ? {} : { lineBreaks }) };
}

function isSlotOf<Slot extends object>(piece: Piece<Slot>, index: number): piece is Slot & { readonly block: number } {
  return typeof piece !== 'string' && 'block' in piece && piece.block === index;
}

/**
 * The blocks of an HTML tree: each run of inline content between block-level elements is one
 * block, so no text is lost whatever holds it (a bare text in `body` or a `div` is a paragraph,
 * the text of an `li` before its nested list is one block and each nested item another).
 * Verbatim elements (`pre`, `script` …) are left out whole.
 */
import { InputError } from '../../errors.js';
import { lineOfOffset } from '../../util/text-chars.js';
import type { BlockKind, MarkupCode } from '../../model.js';
import { blockKindOf, isBlockLevel, isVerbatim } from './elements.js';
import { hasVisibleText, inlineText } from './inline.js';
import { childrenOf, fileLine, isElement, spanOver, type HtmlNode, type HtmlParent, type SourceMap, type SourcePlace, type SourceSpan } from './tree.js';

/** A block of an HTML body: its kind, its text as shown with its markup, its line in the file. */
export interface HtmlBlock {
  readonly kind: BlockKind;
  readonly text: string;
  readonly markup: readonly MarkupCode[];
  readonly line: number;
  /** Offsets in `text` of the spaces that stand for a `<br>`; absent when none. */
  readonly lineBreaks?: readonly number[];
}

/** A block with where it came from: the element giving its kind (`h1`, `p`, `body`) and the source it replaces. */
export interface LocatedBlock extends HtmlBlock {
  readonly element: string;
  readonly span: SourceSpan;
}

const HTML_SPACE_CHAR = /^[ \t\n\f\r]$/u;

export function collectBlocks(root: HtmlParent, map: SourceMap, where: SourcePlace): LocatedBlock[] {
  const blocks: LocatedBlock[] = [];
  const walk = (container: HtmlParent, kind: BlockKind, element: string): void => {
    let run: HtmlNode[] = [];
    const flush = (): void => {
      const block = runBlock(run, { kind, element }, map, where);
      if (block) blocks.push(block);
      run = [];
    };
    for (const child of childrenOf(container)) {
      if (!isElement(child) || !isBlockLevel(child.tagName)) {
        run.push(child);
        continue;
      }
      flush();
      if (isVerbatim(child.tagName)) continue;
      const own = blockKindOf(child.tagName);
      walk(child, own ?? kind, own === undefined ? element : child.tagName);
    }
    flush();
  };
  walk(root, 'paragraph', isElement(root as HtmlNode) ? (root as { tagName: string }).tagName : '#fragment');
  return blocks;
}

/** The run as a block, without the nodes at its edges that show no text (spaces, images, comments), which stay in the skeleton. */
function runBlock(run: readonly HtmlNode[], kind: { kind: BlockKind; element: string }, map: SourceMap, where: SourcePlace): LocatedBlock | undefined {
  const first = run.findIndex(hasVisibleText);
  if (first === -1) return undefined;
  const last = run.findLastIndex(hasVisibleText);
  const nodes = run.slice(first, last + 1);
  const { text, markup, lineBreaks } = inlineText(nodes, map);
  const covered = spanOver(nodes.map((node) => map.spanOf(node)));
  if (!covered) {
    // parse5 locates every text node it reads; a text without a place cannot be written back.
    throw new InputError('HTML text with no place in the source', { file: where.file, line: fileLine(nodes[0]!, where) });
  }
  const span = withoutEdgeSpaces(covered, map.source);
  const foreign = foreignSource(nodes, span, map);
  if (foreign !== undefined) {
    throw new InputError('HTML markup too tangled to write the translation back in place: the parser moved text away from where it is written (misnested tags, text inside a table outside its cells)', {
      file: where.file,
      line: where.line + lineOfOffset(map.source, foreign) - 1,
    }, { hint: 'fix the markup around this line: close elements in the order they were opened' });
  }
  const line = fileLine(nodes[0]!, where) + lineBreaksIn(map.source.slice(map.spanOf(nodes[0]!)?.start ?? span.start, span.start));
  return { kind: kind.kind, element: kind.element, text, markup, line, span, ...(lineBreaks.length === 0 ? {} : { lineBreaks }) };
}

/**
 * Where the block's span holds source that is not its own nodes' (a tag the parser moved the
 * block's text across, such as a table's start tag): replacing the span would drop it. Spaces
 * between the nodes' parts are harmless.
 */
function foreignSource(nodes: readonly HtmlNode[], span: SourceSpan, map: SourceMap): number | undefined {
  for (const node of nodes) {
    const merged = tagInText(node, map);
    if (merged !== undefined) return merged;
  }
  const owned = nodes.flatMap((node) => map.ownedSpans(node)).sort((a, b) => a.start - b.start);
  let cursor = span.start;
  for (const part of [...owned, { start: span.end, end: span.end }]) {
    if (part.start > cursor && !/^[ \t\n\f\r]*$/u.test(map.source.slice(cursor, part.start))) return cursor;
    cursor = Math.max(cursor, part.end);
  }
  return undefined;
}

/** A tag inside a text node's source: the parser merged text from both sides of it (foster parenting). */
function tagInText(node: HtmlNode, map: SourceMap): number | undefined {
  if (isElement(node)) {
    if (isVerbatim(node.tagName)) return undefined;
    for (const child of childrenOf(node)) {
      const found = tagInText(child, map);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  const span = node.nodeName === '#text' ? map.spanOf(node) : undefined;
  const at = span ? map.text(span).search(/<[A-Za-z/!?]/u) : -1;
  return at === -1 ? undefined : span!.start + at;
}

/** Spaces at a block's edges stay in the skeleton, so pretty-printed input keeps its layout. */
export function withoutEdgeSpaces(span: SourceSpan, source: string): SourceSpan {
  let { start, end } = span;
  while (start < end && HTML_SPACE_CHAR.test(source[start]!)) start++;
  while (end > start && HTML_SPACE_CHAR.test(source[end - 1]!)) end--;
  return { start, end };
}

function lineBreaksIn(text: string): number {
  return text.match(/\r\n|\r|\n/gu)?.length ?? 0;
}

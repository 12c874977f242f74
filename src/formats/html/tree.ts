/**
 * parse5's tree as the HTML reader walks it: parsing with source locations, the nesting limit,
 * and where a node lies in the source. Elements the parser made up (an implied `<tbody>`, a
 * formatting element reopened after a misnested end tag) own no source of their own.
 */
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { InputError } from '../../errors.js';

export type HtmlNode = DefaultTreeAdapterMap['childNode'];
export type HtmlElement = DefaultTreeAdapterMap['element'];
export type HtmlParent = DefaultTreeAdapterMap['parentNode'];

/** Deeper than this an item is hostile or broken, not an article: refused before any recursive walk. */
export const MAX_NESTING_DEPTH = 200;

/** Where an HTML string sits in its file, for messages. */
export interface SourcePlace {
  readonly file: string;
  /** 1-based line of the file on which the string starts. */
  readonly line: number;
}

export function parseDocument(html: string, where: SourcePlace): DefaultTreeAdapterMap['document'] {
  const document = parse(html, { sourceCodeLocationInfo: true });
  checkDepth(document, where);
  return document;
}

export function parseBodyFragment(html: string, where: SourcePlace): DefaultTreeAdapterMap['documentFragment'] {
  const fragment = parseFragment(html, { sourceCodeLocationInfo: true });
  checkDepth(fragment, where);
  return fragment;
}

/** The file line of a node: `where.line` is the string's first line. */
export function fileLine(node: HtmlNode, where: SourcePlace): number {
  return where.line + (node.sourceCodeLocation?.startLine ?? 1) - 1;
}

export function isElement(node: HtmlNode): node is HtmlElement {
  return 'tagName' in node;
}

export function childrenOf(node: HtmlParent): readonly HtmlNode[] {
  return node.nodeName === 'template' ? (node as DefaultTreeAdapterMap['template']).content.childNodes : node.childNodes;
}

/** Iterative, so a hostile depth cannot overflow the stack before it is refused. */
function checkDepth(root: HtmlParent, where: SourcePlace): void {
  const stack: Array<{ node: HtmlParent; depth: number }> = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    for (const child of childrenOf(node)) {
      if (!isElement(child)) continue;
      if (depth + 1 > MAX_NESTING_DEPTH) {
        throw new InputError(`HTML nested deeper than ${MAX_NESTING_DEPTH} elements (<${child.tagName}>)`, { file: where.file, line: fileLine(child, where) }, {
          hint: 'an article body is a few levels deep; the file is probably generated wrongly or hostile',
        });
      }
      stack.push({ node: child, depth: depth + 1 });
    }
  }
}

/** A range of the source string, `end` exclusive. */
export interface SourceSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * What each node covers in the source. The parser gives a reopened formatting element the
 * location of the start tag it copies; only the first element in tree order owns that tag, so a
 * span never reaches back over text that belongs elsewhere.
 */
export class SourceMap {
  readonly #owners = new Map<number, HtmlElement>();

  constructor(readonly source: string, root: HtmlParent) {
    const stack: HtmlParent[] = [root];
    const visit: HtmlElement[] = [];
    while (stack.length > 0) {
      const node = stack.pop()!;
      const children = childrenOf(node);
      for (let index = children.length - 1; index >= 0; index--) {
        const child = children[index]!;
        if (isElement(child)) stack.push(child);
      }
      if (isElement(node as HtmlNode)) visit.push(node as HtmlElement);
    }
    // `visit` is in tree order (pre-order): the first element with a start tag owns it.
    for (const element of visit) {
      const start = element.sourceCodeLocation?.startTag?.startOffset;
      if (start !== undefined && !this.#owners.has(start)) this.#owners.set(start, element);
    }
  }

  /** The element's own start tag as written, when the source has one for it. */
  startTag(element: HtmlElement): SourceSpan | undefined {
    const tag = element.sourceCodeLocation?.startTag;
    if (!tag || this.#owners.get(tag.startOffset) !== element) return undefined;
    return { start: tag.startOffset, end: tag.endOffset };
  }

  endTag(element: HtmlElement): SourceSpan | undefined {
    const tag = element.sourceCodeLocation?.endTag;
    return tag ? { start: tag.startOffset, end: tag.endOffset } : undefined;
  }

  /** The source of a node: a text or comment's own, an element's tags and its children's. */
  spanOf(node: HtmlNode): SourceSpan | undefined {
    if (!isElement(node)) {
      const location = node.sourceCodeLocation;
      return location ? { start: location.startOffset, end: location.endOffset } : undefined;
    }
    const spans = [this.startTag(node), ...childrenOf(node).map((child) => this.spanOf(child)), this.endTag(node)];
    return spanOver(spans);
  }

  /** The parts of the source a node owns: a text's or comment's own, an element's tags, its children's parts. */
  ownedSpans(node: HtmlNode, into: SourceSpan[] = []): SourceSpan[] {
    if (!isElement(node)) {
      const span = this.spanOf(node);
      if (span) into.push(span);
      return into;
    }
    const start = this.startTag(node);
    if (start) into.push(start);
    for (const child of childrenOf(node)) this.ownedSpans(child, into);
    const end = this.endTag(node);
    if (end) into.push(end);
    return into;
  }

  text(span: SourceSpan): string {
    return this.source.slice(span.start, span.end);
  }
}

/** The smallest span over the given ones; undefined when none. */
export function spanOver(spans: ReadonlyArray<SourceSpan | undefined>): SourceSpan | undefined {
  let start = Infinity;
  let end = -Infinity;
  for (const span of spans) {
    if (!span) continue;
    start = Math.min(start, span.start);
    end = Math.max(end, span.end);
  }
  return start === Infinity ? undefined : { start, end };
}

/**
 * A run of inline HTML (text, `<a>`, `<em>`, `<br>` …) as plain text with markup codes beside it.
 * The text is what a browser shows: entity references decoded (the parser does), runs of spaces
 * and line breaks one space, trimmed. Each element is a code: paired around its text with its
 * start and end tags as written (an end tag the source leaves implied is written `</name>`), void
 * elements standalone; verbatim elements (`<code>`, `<script>` …) and comments are one standalone
 * code holding their whole source, so their text never reaches translation and comes back as it was.
 */
import { serializeOuter } from 'parse5';
import type { MarkupCode } from '../../model.js';
import { isVerbatim, isVoid } from './elements.js';
import { childrenOf, isElement, type HtmlElement, type HtmlNode, type SourceMap } from './tree.js';
import { matchesOf } from '../../util/matches-of.js';

export interface InlineText {
  readonly text: string;
  readonly markup: readonly MarkupCode[];
  /** Offsets of the spaces that stand for a `<br>` (as `Block.lineBreaks`: the segmenter's line rules read them). */
  readonly lineBreaks: readonly number[];
}

/** ASCII whitespace as HTML collapses it (a no-break space is text). */
const HTML_SPACE = /[ \t\n\f\r]/u;
/** A text as runs of words and runs of white space. */
const WORDS_OR_SPACES = /[ \t\n\f\r]+|[^ \t\n\f\r]+/gu;

export function inlineText(nodes: readonly HtmlNode[], map: SourceMap): InlineText {
  const builder = new InlineBuilder(map);
  for (const node of nodes) builder.add(node);
  return builder.finish();
}

/** True when the node holds text a browser shows (outside verbatim elements). */
export function hasVisibleText(node: HtmlNode): boolean {
  if (node.nodeName === '#text') return !/^[ \t\n\f\r]*$/u.test((node as { value: string }).value);
  if (!isElement(node) || isVerbatim(node.tagName)) return false;
  return childrenOf(node).some(hasVisibleText);
}

interface OpenCode {
  id: string;
  kind: 'paired' | 'standalone';
  element: string;
  open: string;
  close?: string;
  start: number;
  end: number;
}

class InlineBuilder {
  /** The text so far in pieces, joined once at the end (testing a growing string's end would flatten it each time). */
  readonly #parts: string[] = [];
  #length = 0;
  #endsWithSpace = false;
  #pendingSpace = false;
  /** True from a `<br>` until text follows it: the next space is that line break. */
  #afterBreak = false;
  readonly #codes: OpenCode[] = [];
  readonly #lineBreaks: number[] = [];

  constructor(readonly map: SourceMap) {}

  add(node: HtmlNode): void {
    if (node.nodeName === '#text') return this.#addText((node as { value: string }).value);
    if (node.nodeName === '#comment') return this.#standalone('#comment', this.#sourceOf(node));
    if (!isElement(node)) return;
    const name = node.tagName;
    if (name === 'br') return this.#lineBreak(node);
    if (isVoid(name)) return this.#standalone(name, this.#startTag(node));
    if (isVerbatim(name)) return this.#standalone(name, this.#wholeElement(node));
    // A space before a tag stays before it, as written.
    this.#flushSpace();
    const code: OpenCode = { id: this.#nextId(), kind: 'paired', element: name, open: this.#startTag(node), start: this.#length, end: 0 };
    this.#codes.push(code);
    for (const child of childrenOf(node)) this.add(child);
    const endTag = this.map.endTag(node);
    code.close = endTag ? this.map.text(endTag) : `</${name}>`;
    code.end = this.#length;
  }

  finish(): InlineText {
    const joined = this.#parts.join('');
    // A space flushed before a tag at the very end is no text.
    const text = this.#endsWithSpace ? joined.slice(0, -1) : joined;
    const clamp = (offset: number): number => Math.min(offset, text.length);
    const markup = this.#codes.map(({ close, ...code }) => ({
      ...code,
      ...(close === undefined ? {} : { close }),
      start: clamp(code.start),
      end: clamp(code.end),
    }));
    return { text, markup, lineBreaks: this.#lineBreaks.filter((offset) => offset < text.length) };
  }

  #addText(value: string): void {
    for (const [run] of matchesOf(WORDS_OR_SPACES, value)) {
      if (HTML_SPACE.test(run[0]!)) {
        if (this.#length > 0 && !this.#endsWithSpace) this.#pendingSpace = true;
        continue;
      }
      this.#flushSpace();
      this.#append(run);
      this.#afterBreak = false;
    }
  }

  #append(text: string): void {
    this.#parts.push(text);
    this.#length += text.length;
    this.#endsWithSpace = text.endsWith(' ');
  }

  #flushSpace(): void {
    if (this.#pendingSpace) {
      if (this.#afterBreak) this.#lineBreaks.push(this.#length);
      this.#append(' ');
    }
    this.#pendingSpace = false;
  }

  #standalone(element: string, open: string): void {
    this.#flushSpace();
    const at = this.#length;
    this.#codes.push({ id: this.#nextId(), kind: 'standalone', element, open, start: at, end: at });
  }

  /** A line break separates words even where the source writes none around it (`one<br>two`). */
  #lineBreak(element: HtmlElement): void {
    this.#standalone('br', this.#startTag(element));
    if (this.#length > 0 && !this.#endsWithSpace) {
      this.#pendingSpace = true;
      this.#afterBreak = true;
    }
  }

  #nextId(): string {
    return `m${this.#codes.length + 1}`;
  }

  #startTag(element: HtmlElement): string {
    const tag = this.map.startTag(element);
    return tag ? this.map.text(tag) : `<${element.tagName}>`;
  }

  #sourceOf(node: HtmlNode): string {
    const span = this.map.spanOf(node);
    return span ? this.map.text(span) : '';
  }

  /** The element as written when the source holds all of it, else as parse5 prints it. */
  #wholeElement(element: HtmlElement): string {
    const start = this.map.startTag(element);
    const end = this.map.endTag(element);
    if (start && end) return this.map.text({ start: start.start, end: end.end });
    return serializeOuter(element);
  }
}

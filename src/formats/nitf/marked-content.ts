/**
 * A text element's content as a block reads it: the plain text, whitespace collapsed (runs of XML
 * whitespace as one space, trimmed) with entity references decoded, and every element inside as a
 * markup code whose tags are the source's own (`<a href="…">`, `</a>`). An element with an end tag
 * is a paired code, a self-closing one (`<br/>`) standalone. A `<br/>` also stands for a space
 * (when the text has none there), whose offset goes to `lineBreaks` for the segmenter's line rules.
 */
import type { MarkupCode } from '../../model.js';
import type { XmlElement } from '../../util/xml-read/xml.js';
import { matchesOf } from '../../util/matches-of.js';

export interface MarkedContent {
  readonly text: string;
  readonly markup: readonly MarkupCode[];
  readonly lineBreaks: readonly number[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** `element`'s content; `source` is the text the tree was parsed from (for the tags). */
export function markedContent(element: XmlElement, source: string): MarkedContent {
  const text = new CollapsingText();
  const markup: Mutable<MarkupCode>[] = [];
  const walk = (parent: XmlElement): void => {
    for (const node of parent.children) {
      if (typeof node === 'string') {
        text.append(node);
        continue;
      }
      const { tags } = node;
      const code: Mutable<MarkupCode> = {
        id: `m${markup.length + 1}`,
        kind: tags.selfClosing ? 'standalone' : 'paired',
        element: node.local.toLowerCase(),
        open: source.slice(tags.start, tags.startTagEnd),
        start: 0,
        end: 0,
      };
      markup.push(code);
      if (tags.selfClosing) {
        code.start = code.end = text.standaloneAt(code.element === 'br');
        continue;
      }
      code.start = text.openAt();
      walk(node);
      code.end = text.closeAt();
      code.close = source.slice(tags.endTagStart, tags.end);
    }
  };
  walk(element);
  return text.finish(markup);
}

const WHITESPACE_RUNS = /[ \t\n\r]+|[^ \t\n\r]+/gu;

/** Text built with whitespace collapsed, telling where elements open and close in it. */
class CollapsingText {
  private text = '';
  /** Whitespace seen since the last character, not yet written (never at the start). */
  private pendingSpace = false;
  /** The pending space stands for a `<br/>`. */
  private pendingBreak = false;
  private readonly lineBreaks: number[] = [];

  append(value: string): void {
    for (const [run] of matchesOf(WHITESPACE_RUNS, value)) {
      if (/^[ \t\n\r]/u.test(run)) {
        this.pendingSpace = this.spaceMayFollow();
        continue;
      }
      this.flush();
      this.text += run;
    }
  }

  /** Where an element opens: after the whitespace before its start tag. */
  openAt(): number {
    this.flush();
    return this.text.length;
  }

  /** Where an element closes: before the whitespace before its end tag. */
  closeAt(): number {
    return this.text.length;
  }

  /** Where a standalone element is; a line break is a space in the text when anything follows it. */
  standaloneAt(breaksLine: boolean): number {
    const at = this.text.length;
    if (!breaksLine) return at;
    if (this.spaceMayFollow()) {
      this.pendingSpace = true;
      this.pendingBreak = true;
    } else if (this.text !== '') {
      // The space an element opening here wrote stands for the break.
      this.lineBreaks.push(at - 1);
    }
    return at;
  }

  /** Not at the start, nor after the space an opening element wrote. */
  private spaceMayFollow(): boolean {
    return this.text !== '' && !this.text.endsWith(' ');
  }

  /** The text without a trailing space an opening element left, codes kept inside it. */
  finish(markup: Mutable<MarkupCode>[]): MarkedContent {
    const text = this.text.endsWith(' ') ? this.text.slice(0, -1) : this.text;
    for (const code of markup) {
      code.start = Math.min(code.start, text.length);
      code.end = Math.min(code.end, text.length);
    }
    return { text, markup, lineBreaks: this.lineBreaks.filter((offset) => offset < text.length) };
  }

  private flush(): void {
    if (!this.pendingSpace) return;
    if (this.pendingBreak) this.lineBreaks.push(this.text.length);
    this.text += ' ';
    this.pendingSpace = false;
    this.pendingBreak = false;
  }
}

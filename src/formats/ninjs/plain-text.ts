/**
 * A `text/plain` value (a body, a headline, a description) as paragraphs and back. Paragraphs are
 * separated by blank lines; a body with no blank line but line breaks has a paragraph per line;
 * a one-line value is one paragraph. Inside a paragraph (blank-line layout), a line break becomes
 * a space whose offset the block keeps (`lineBreaks`), as plain-text ingest does, so the segmenter
 * and the writer keep the break. The separator the value used is kept to join the translation.
 */

export interface PlainParagraph {
  readonly text: string;
  /** Offsets of the spaces that stand for line breaks inside the paragraph. */
  readonly lineBreaks: readonly number[];
}

export interface PlainLayout {
  readonly paragraphs: readonly PlainParagraph[];
  /** What stood between paragraphs: a blank line, a line break, or nothing (one paragraph). */
  readonly separator: '\n\n' | '\n';
}

const BLANK_LINE = /\n[ \t]*\n/u;

export function splitPlainText(value: string): PlainLayout {
  const text = value.replace(/\r\n?/gu, '\n');
  if (BLANK_LINE.test(text)) {
    const paragraphs = text.split(/\n(?:[ \t]*\n)+/u).map(paragraphOfLines).filter((paragraph) => paragraph.text !== '');
    return { paragraphs, separator: '\n\n' };
  }
  const paragraphs = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => ({ text: line, lineBreaks: [] }));
  return { paragraphs, separator: '\n' };
}

function paragraphOfLines(block: string): PlainParagraph {
  const lines = block.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const lineBreaks: number[] = [];
  let text = '';
  for (const line of lines) {
    if (text !== '') {
      lineBreaks.push(text.length);
      text += ' ';
    }
    text += line;
  }
  return { text, lineBreaks };
}

/** Whitespace-insensitive form of a text, to tell whether two bodies say the same thing. */
export function comparableText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * The quotations of a text, from house-style/quotes.ts's reading of its marks: each pair of marks
 * (a closer pairs with the nearest open mark of its family), and the marks no partner pairs.
 * Marks inside URLs and other literal text are not read.
 */
import { closes, scanQuotes, type QuoteMark } from '../house-style/quotes.js';
import { literalCoverage, type TextRange } from '../house-style/text.js';

export interface Quotations {
  /** From an opener to its closer, both included. */
  readonly quoted: readonly TextRange[];
  /** Openers never closed and closers that close nothing, in text order. */
  readonly unpaired: readonly QuoteMark[];
}

export function quotationsOf(text: string): Quotations {
  const literal = literalCoverage(text);
  const open: QuoteMark[] = [];
  const quoted: TextRange[] = [];
  const unpaired: QuoteMark[] = [];
  for (const mark of scanQuotes(text, (i) => literal.has(i))) {
    if (mark.role === 'open') {
      open.push(mark);
      continue;
    }
    let at = open.length - 1;
    while (at >= 0 && !closes(mark.style, open[at]!.style)) at -= 1;
    if (at < 0) {
      unpaired.push(mark);
      continue;
    }
    quoted.push({ start: open[at]!.index, end: mark.index + 1 });
    // Openers inside the closed quotation that were never closed themselves.
    unpaired.push(...open.splice(at).slice(1));
  }
  return { quoted, unpaired: [...unpaired, ...open].sort((a, b) => a.index - b.index) };
}

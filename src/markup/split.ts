/**
 * A text's markup cut to pieces of the text: sentences of a block (segmentation), the rest of a
 * paragraph after its dateline (readers). Codes are atomic; a pair that runs across a cut becomes
 * a piece in each part, marked as continued (`continuedFrom`, `continuesAfter`) so writers can
 * join it again.
 */
import type { MarkupCode } from '../model.js';

export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Each range's codes, offsets relative to the range's start. `ranges` are sorted and apart (the
 * text between them, such as the spaces between sentences, belongs to none): a code, or the end
 * of a pair, that falls between two ranges goes to the end of the range before it (before the
 * first range, to its start), so no code is lost; a pair opening between two ranges opens at the
 * start of the range after it. A pair over several ranges gets a piece in each.
 */
export function splitMarkup(codes: readonly MarkupCode[], ranges: readonly TextRange[]): MarkupCode[][] {
  const parts: MarkupCode[][] = ranges.map(() => []);
  if (ranges.length === 0) return parts;
  for (const code of codes) {
    let first = code.kind === 'standalone' ? lastStartingAtOrBefore(ranges, code.start) : firstEndingAfter(ranges, code.start);
    let last = code.kind === 'standalone' ? first : lastStartingBefore(ranges, code.end);
    const wordless = last < first;
    // A pair with no words of any range inside stays whole, where a standalone code would go.
    if (wordless) first = last = lastStartingAtOrBefore(ranges, code.start);
    for (let index = first; index <= last; index++) {
      const range = ranges[index]!;
      const start = index === first ? clamp(code.start, range) : range.start;
      const end = index === last ? (wordless ? start : clamp(code.end, range)) : range.end;
      parts[index]!.push({
        ...withoutContinuation(code),
        start: start - range.start,
        end: end - range.start,
        ...(index > first || code.continuedFrom ? { continuedFrom: true } : {}),
        ...(index < last || code.continuesAfter ? { continuesAfter: true } : {}),
      });
    }
  }
  return parts;
}

/** The first range with text after `offset` (where an open tag at `offset` belongs), else the last. */
function firstEndingAfter(ranges: readonly TextRange[], offset: number): number {
  return Math.min(ranges.length - 1, countWhile(ranges, (range) => range.end <= offset));
}

/** The last range with text before `offset` (where a close tag at `offset` belongs), else the first. */
function lastStartingBefore(ranges: readonly TextRange[], offset: number): number {
  return Math.max(0, countWhile(ranges, (range) => range.start < offset) - 1);
}

/** The last range starting at or before `offset` (where a standalone code at `offset` belongs), else the first. */
function lastStartingAtOrBefore(ranges: readonly TextRange[], offset: number): number {
  return Math.max(0, countWhile(ranges, (range) => range.start <= offset) - 1);
}

/** How many ranges from the first satisfy `test`, which holds for a prefix of the sorted ranges (binary search). */
function countWhile(ranges: readonly TextRange[], test: (range: TextRange) => boolean): number {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (test(ranges[middle]!)) low = middle + 1;
    else high = middle;
  }
  return low;
}

function clamp(offset: number, range: TextRange): number {
  return Math.min(Math.max(offset, range.start), range.end);
}

/** The code without its continuation flags: a whole code again, to cut anew. */
export function withoutContinuation(code: MarkupCode): MarkupCode {
  const { continuedFrom: _from, continuesAfter: _after, ...rest } = code;
  return rest;
}

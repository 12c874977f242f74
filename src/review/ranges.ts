/**
 * Overlapping ranges over a text, made well nested: the text is cut at every range boundary, so
 * each piece lies wholly inside or wholly outside every range and can be wrapped in one element
 * naming all the ranges over it. A range of length zero (an insertion point) becomes an empty
 * piece of its own at its position.
 */

export interface Range<T> {
  /** UTF-16 offsets, `end` exclusive; clamped to the text. */
  readonly start: number;
  readonly end: number;
  readonly value: T;
}

export interface Piece<T> {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The ranges over the whole piece, in the order given. */
  readonly values: readonly T[];
}

export function splitAtRanges<T>(text: string, ranges: readonly Range<T>[]): Piece<T>[] {
  const placed = ranges.map((range) => {
    const start = boundary(text, range.start);
    return { start, end: Math.max(start, boundary(text, range.end)), value: range.value };
  });
  const cuts = [...new Set([0, text.length, ...placed.flatMap((range) => [range.start, range.end])])].sort((a, b) => a - b);
  const pieces: Piece<T>[] = [];
  for (const [i, start] of cuts.entries()) {
    const points = placed.filter((range) => range.start === start && range.end === start);
    if (points.length > 0) pieces.push({ start, end: start, text: '', values: points.map((range) => range.value) });
    const end = cuts[i + 1];
    if (end === undefined) break;
    const over = placed.filter((range) => range.start <= start && range.end >= end && range.start < range.end);
    pieces.push({ start, end, text: text.slice(start, end), values: over.map((range) => range.value) });
  }
  return pieces;
}

/** An offset within the text, never between the two halves of a surrogate pair (it moves back onto the pair's start). */
function boundary(text: string, offset: number): number {
  const clamped = Math.min(Math.max(Number.isFinite(offset) ? Math.trunc(offset) : 0, 0), text.length);
  const splitsPair = clamped > 0 && clamped < text.length && isHigh(text.charCodeAt(clamped - 1)) && isLow(text.charCodeAt(clamped));
  return splitsPair ? clamped - 1 : clamped;
}

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

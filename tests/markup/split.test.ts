import { describe, expect, it } from 'vitest';
import { splitMarkup } from '../../src/markup/index.js';
import type { MarkupCode } from '../../src/model.js';

const pair = (id: string, start: number, end: number): MarkupCode => ({ id, kind: 'paired', element: 'em', open: '<em>', close: '</em>', start, end });
const br = (id: string, at: number): MarkupCode => ({ id, kind: 'standalone', element: 'br', open: '<br/>', start: at, end: at });
const spans = (parts: MarkupCode[][]) => parts.map((codes) => codes.map((c) => [c.id, c.start, c.end, c.continuedFrom ?? false, c.continuesAfter ?? false]));

//            0123456789012345678901
const text = 'One two. Three four.';
const sentences = [{ start: 0, end: 8 }, { start: 9, end: 20 }];

describe('splitMarkup', () => {
  it('keeps codes inside one sentence, relative to it', () => {
    expect(spans(splitMarkup([pair('m1', 4, 7), pair('m2', 9, 14)], sentences))).toEqual([[['m1', 4, 7, false, false]], [['m2', 0, 5, false, false]]]);
    expect(text.slice(9, 14)).toBe('Three');
  });

  it('cuts a pair across a boundary into two continued pieces', () => {
    expect(spans(splitMarkup([pair('m1', 4, 14)], sentences))).toEqual([[['m1', 4, 8, false, true]], [['m1', 0, 5, true, false]]]);
  });

  it('gives a pair over three sentences a piece in each, the middle one continued both ways', () => {
    const three = [{ start: 0, end: 3 }, { start: 4, end: 7 }, { start: 8, end: 11 }];
    expect(spans(splitMarkup([pair('m1', 1, 10)], three))).toEqual([[['m1', 1, 3, false, true]], [['m1', 0, 3, true, true]], [['m1', 0, 2, true, false]]]);
  });

  it('puts a code between sentences where it loses nothing: a standalone or a close at the end before, an open at the start after', () => {
    expect(spans(splitMarkup([br('m1', 8), pair('m2', 8, 14), pair('m3', 0, 9)], sentences))).toEqual([
      [['m1', 8, 8, false, false], ['m3', 0, 8, false, false]],
      [['m2', 0, 5, false, false]],
    ]);
  });

  it('keeps a pair with no words inside whole at the end of the sentence before it', () => {
    expect(spans(splitMarkup([pair('m1', 8, 9)], sentences))).toEqual([[['m1', 8, 8, false, false]], []]);
  });

  it('keeps what a reader cut before (a piece already continued) continued', () => {
    expect(spans(splitMarkup([{ ...pair('m1', 0, 3), continuedFrom: true }], sentences))).toEqual([[['m1', 0, 3, true, false]], []]);
  });
});

import { describe, expect, it } from 'vitest';
import { splitAtRanges } from '../../src/review/ranges.js';

const shape = (text: string, ranges: Array<[number, number, string]>) =>
  splitAtRanges(text, ranges.map(([start, end, value]) => ({ start, end, value }))).map((piece) => [piece.text, piece.values.join('+')]);

describe('splitAtRanges', () => {
  it('gives the whole text as one piece when nothing is over it', () => {
    expect(shape('hello', [])).toEqual([['hello', '']]);
    expect(shape('', [])).toEqual([]);
  });

  it('cuts overlapping ranges at every boundary, each piece naming every range over it', () => {
    expect(shape('abcdefghij', [[1, 6, 'A'], [4, 9, 'B']])).toEqual([
      ['a', ''],
      ['bcd', 'A'],
      ['ef', 'A+B'],
      ['ghi', 'B'],
      ['j', ''],
    ]);
  });

  it('keeps ranges nested inside others and equal ranges together', () => {
    expect(shape('abcdef', [[0, 6, 'outer'], [2, 4, 'inner'], [2, 4, 'twin']])).toEqual([
      ['ab', 'outer'],
      ['cd', 'outer+inner+twin'],
      ['ef', 'outer'],
    ]);
  });

  it('gives a range of length zero an empty piece at its place, before the text that starts there', () => {
    expect(shape('abcd', [[2, 2, 'here'], [0, 4, 'all']])).toEqual([
      ['ab', 'all'],
      ['', 'here'],
      ['cd', 'all'],
    ]);
    expect(shape('ab', [[2, 2, 'end']])).toEqual([['ab', ''], ['', 'end']]);
  });

  it('clamps ranges to the text and never cuts a surrogate pair in two', () => {
    expect(shape('ab', [[-3, 99, 'A']])).toEqual([['ab', 'A']]);
    // 😀 is two UTF-16 code units at 1–3; a cut at 2 moves back to 1.
    expect(shape('a😀b', [[2, 4, 'A']])).toEqual([['a', ''], ['😀b', 'A']]);
  });
});

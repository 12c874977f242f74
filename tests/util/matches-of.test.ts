import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../src/util/matches-of.js';

const asMatchAll = (pattern: RegExp, text: string): Array<[string, number]> => [...text.matchAll(pattern)].map((match) => [match[0], match.index]);
const asMatchesOf = (pattern: RegExp, text: string): Array<[string, number]> => matchesOf(pattern, text).map((match) => [match[0], match.index]);

describe('matchesOf', () => {
  it.each([
    [/\p{L}+/gu, 'Café au lait, 3 fois'],
    [/(?<=\d)[ \t]*%/gu, '5 % et 7%'],
    [/x*/gu, 'a😀x'],
    [/x*/g, 'a😀x'],
    [/(?<n>\d+)/gu, 'no digits'],
  ])('finds what matchAll finds: %s in %j', (pattern, text) => {
    expect(asMatchesOf(pattern, text)).toEqual(asMatchAll(pattern, text));
  });

  it('keeps named groups', () => {
    expect(matchesOf(/(?<n>\d+)/gu, 'a 12 b 3').map((match) => match.groups?.n)).toEqual(['12', '3']);
  });

  it('leaves the pattern ready for the next text, even after a use that stopped midway', () => {
    const pattern = /\d/gu;
    pattern.exec('1 2');
    expect(asMatchesOf(pattern, '4 5')).toEqual([['4', 0], ['5', 2]]);
    expect(pattern.lastIndex).toBe(0);
  });

  it('refuses a pattern without the global flag, as matchAll does', () => {
    expect(() => matchesOf(/\d/u, '1')).toThrow(TypeError);
  });
});

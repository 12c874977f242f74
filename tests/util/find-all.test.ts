import { describe, expect, it } from 'vitest';
import { occurrencesOf } from '../../src/util/find-all.js';

/** Every start of `needle` in `text`, overlapping ones included: the plain definition. */
function naive(needle: string, text: string): number[] {
  const starts: number[] = [];
  for (let start = text.indexOf(needle); start >= 0; start = text.indexOf(needle, start + 1)) starts.push(start);
  return starts;
}

describe('occurrencesOf', () => {
  it('finds every occurrence of each needle, overlapping and nested ones included', () => {
    const text = 'she sells seashells; he shelled 777 shells at 7:77';
    const needles = ['she', 'he', 'hell', 'shells', 'e', '77', '7', 'sea', 'absent', 'she'];
    const found = occurrencesOf(needles, text);
    expect([...found.keys()].sort()).toEqual([...new Set(needles)].sort());
    for (const needle of needles) expect(found.get(needle), needle).toEqual(naive(needle, text));
  });

  it('agrees with the plain definition on random texts and needles, few needles (searched one by one) and many (one automaton)', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const word = (length: number) => Array.from({ length }, () => 'ab1,'[random(4)]).join('');
    for (let round = 0; round < 50; round++) {
      const text = word(200);
      const needles = Array.from({ length: 1 + (round % 20) }, () => word(1 + random(5)));
      const found = occurrencesOf(needles, text);
      for (const needle of needles) expect(found.get(needle)).toEqual(naive(needle, text));
    }
  });

  it('works in UTF-16 code units, like indexOf', () => {
    const text = 'a😀b😀';
    expect(occurrencesOf(['😀', 'b'], text)).toEqual(new Map([['😀', [1, 4]], ['b', [3]]]));
  });

  it('ignores empty needles', () => {
    expect(occurrencesOf(['', 'a'], 'aa')).toEqual(new Map([['a', [0, 1]]]));
    expect(occurrencesOf([''], 'aa')).toEqual(new Map());
  });

  it('keeps the needles in the order given, each once, whichever way they are searched', () => {
    const many = Array.from({ length: 12 }, (_, i) => String(12 - i));
    expect([...occurrencesOf(['b', 'a', 'b'], 'ab').keys()]).toEqual(['b', 'a']);
    expect([...occurrencesOf([...many, ...many], '1 2 3').keys()]).toEqual(many);
  });
});

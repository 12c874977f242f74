/**
 * Many protected values in one sentence: each code still lands where the rule in inline-write.ts
 * says (the first free occurrence from the left, never inside a longer number). Time growth is
 * measured by `npm run bench:growth`.
 */
import { spanOf } from '../helpers/builders.js';
import { describe, expect, it } from 'vitest';
import type { ProtectedSpan } from '../../src/model.js';
import { sourceRuns, spanCodes, targetRuns, type SpanRun } from '../../src/xliff/inline-write.js';
import { runsToText } from '../../src/xliff/inline.js';

/** The rule, written the plain way: for each code in order, scan the target from the left. */
function plainPlacements(target: string, source: readonly SpanRun[]): Array<[string, number]> {
  const taken: Array<[number, number]> = [];
  const placed: Array<[string, number]> = [];
  for (const code of spanCodes(source)) {
    for (let start = target.indexOf(code.text); start >= 0; start = target.indexOf(code.text, start + 1)) {
      const end = start + code.text.length;
      const inNumber = (/\d/u.test(target[start]!) && /(\d|\d[.,])$/u.test(target.slice(0, start))) ||
        (/\d/u.test(target[end - 1]!) && /^(\d|[.,]\d)/u.test(target.slice(end)));
      if (inNumber || taken.some(([a, b]) => a < end && start < b)) continue;
      taken.push([start, end]);
      placed.push([code.id, start]);
      break;
    }
  }
  return placed.sort((a, b) => a[1] - b[1]);
}

function placements(runs: readonly SpanRun[]): Array<[string, number]> {
  const result: Array<[string, number]> = [];
  let offset = 0;
  for (const run of runs) {
    if (typeof run !== 'string') result.push([run.id, offset]);
    offset += typeof run === 'string' ? run.length : run.text.length;
  }
  return result;
}

function numbersIn(text: string): ProtectedSpan[] {
  return Array.from(text.matchAll(/\d+(?:,\d{3})*/gu), (match) => spanOf(match[0], match.index, 'value'));
}

describe('targetRuns with many values in one sentence', () => {
  it('codes each of thousands of equal values at its own occurrence, in order', () => {
    const text = Array.from({ length: 3000 }, () => '7').join(' ');
    const runs = targetRuns(text, sourceRuns(text, numbersIn(text)));
    expect(runsToText(runs)).toBe(text);
    expect(placements(runs)).toEqual(Array.from({ length: 3000 }, (_, i) => [String(i + 1), 2 * i]));
  });

  it('places codes as the plain rule does when the target reorders, repeats, drops and glues values', () => {
    let seed = 3;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const values = ['2', '12', '2,500', '7', '77', '500', '1'];
    for (let round = 0; round < 40; round++) {
      const source = Array.from({ length: 60 }, () => values[random(values.length)]).join(' and ');
      const target = Array.from({ length: 70 }, () => values[random(values.length)]! + [' et ', ',', '', '.5 '][random(4)]!).join('');
      const runs = targetRuns(target, sourceRuns(source, numbersIn(source)));
      expect(runsToText(runs)).toBe(target);
      expect(placements(runs)).toEqual(plainPlacements(target, sourceRuns(source, numbersIn(source))));
    }
  });
});

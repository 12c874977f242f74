import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/report/index.js';

describe('countWords', () => {
  it.each([
    ['Iran-allied armed groups vowed Friday', 5],
    ['There are roughly 2,500 US troops', 6],
    ['Iraq’s Prime Minister — whose government', 5],
    ['U.S. forces', 2],
    ['تنظيم الدولة الإسلامية', 3],
    ['', 0],
  ])('counts %j as %i words', (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});

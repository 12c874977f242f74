import { describe, expect, it } from 'vitest';
import {
  boundedEditDistance,
  fuzzyBounds,
  fuzzyTokens,
  similarity,
  tokenSimilarity,
} from '../../src/leverage/similarity.js';

describe('fuzzyTokens', () => {
  it('lowercases, collapses whitespace, composes accents and keeps punctuation as tokens', () => {
    expect(fuzzyTokens('  The  U.S. army’s\n“Élite” unit, 2,500 troops! ')).toEqual([
      'the', 'u', '.', 's', '.', 'army', "'", 's', '"', 'élite', '"', 'unit', ',', '2', ',', '500', 'troops', '!',
    ]);
    expect(fuzzyTokens('Cafe\u0301')).toEqual(['café']);
  });

  it('keeps Arabic words whole, diacritics included', () => {
    expect(fuzzyTokens('قالَ المسؤولون، الجمعة.')).toEqual(['قالَ', 'المسؤولون', '،', 'الجمعة', '.']);
  });
});

describe('similarity', () => {
  it('is 100 × (1 − word edits / longer length)', () => {
    expect(similarity('The troops left Baghdad on Friday.', 'The troops left Baghdad on Thursday.')).toBeCloseTo(85.714, 3);
    expect(similarity('Troops left.', 'Troops left Baghdad.')).toBe(75);
    expect(similarity('Same text.', 'same   TEXT.')).toBe(100);
    expect(similarity('', '')).toBe(100);
    expect(similarity('Nothing alike', 'Rien de commun')).toBe(0);
  });

  it('is symmetric', () => {
    const a = fuzzyTokens('Officials said three people were killed in Mosul.');
    const b = fuzzyTokens('Three people were killed, officials said.');
    expect(tokenSimilarity(a, b)).toBe(tokenSimilarity(b, a));
  });
});

describe('boundedEditDistance', () => {
  it('gives the distance within the limit and undefined beyond it', () => {
    const a = ['a', 'b', 'c', 'd'];
    expect(boundedEditDistance(a, ['a', 'x', 'c', 'd'], 1)).toBe(1);
    expect(boundedEditDistance(a, ['x', 'y', 'c', 'd'], 1)).toBeUndefined();
    expect(boundedEditDistance(a, ['a'], 2)).toBeUndefined();
    expect(boundedEditDistance([], ['a', 'b'], 5)).toBe(2);
  });
});

describe('fuzzyBounds', () => {
  it('gives the lengths and shared tokens any match at the threshold must have', () => {
    expect(fuzzyBounds(8, 75)).toEqual({ minLength: 6, maxLength: 10, minShared: 6 });
    expect(fuzzyBounds(7, 100)).toEqual({ minLength: 7, maxLength: 7, minShared: 7 });
    expect(fuzzyBounds(10, 70)).toEqual({ minLength: 7, maxLength: 14, minShared: 7 });
  });
});

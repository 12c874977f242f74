/**
 * How alike two sources are, for fuzzy translation-memory matches: a word-level Levenshtein
 * similarity, 100 × (1 − distance / longer length), over "fuzzy tokens" (normalized, lowercased
 * words and single punctuation marks). Pure; shared by the store's fuzzy search and its tests.
 */
import { normalizeText } from '../util/hash.js';

/** A run of letters, marks and digits, or any single other non-space character. */
const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const WORD = /^[\p{L}\p{M}\p{N}]/u;

/**
 * Wire copy mixes typographic and typewriter quotes; for matching they are the same mark,
 * so "Baghdad’s" and "Baghdad's" do not cost an edit.
 */
const QUOTE_FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\u2018\u2019\u201A\u2032]/gu, "'"],
  [/[\u201C\u201D\u201E\u2033]/gu, '"'],
];

/** The tokens similarity is computed over: NFC, whitespace collapsed, lowercased, quotes folded. */
export function fuzzyTokens(text: string): string[] {
  let folded = normalizeText(text).toLowerCase();
  for (const [pattern, replacement] of QUOTE_FOLDS) folded = folded.replace(pattern, replacement);
  return folded.match(TOKEN) ?? [];
}

/** True for word tokens (letters or digits), false for punctuation tokens. */
export function isWordToken(token: string): boolean {
  return WORD.test(token);
}

/**
 * Levenshtein distance between two token sequences, or `undefined` as soon as it is certain to
 * exceed `limit` (rows whose minimum passes the limit end the computation early).
 */
export function boundedEditDistance(a: readonly string[], b: readonly string[], limit: number): number | undefined {
  if (Math.abs(a.length - b.length) > limit) return undefined;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      const cell = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
      current[j] = cell;
      if (cell < rowMinimum) rowMinimum = cell;
    }
    if (rowMinimum > limit) return undefined;
    [previous, current] = [current, previous];
  }
  const distance = previous[b.length]!;
  return distance > limit ? undefined : distance;
}

/** How often each token occurs, for `sharedTokenCount`. */
export function tokenCounts(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

/**
 * Tokens a sequence has in common with the one `counts` was made from, with multiplicity.
 * Cheap, and longer length − shared ≤ distance, so it rules candidates out before the edit distance.
 */
export function sharedTokenCount(counts: ReadonlyMap<string, number>, tokens: readonly string[]): number {
  const used = new Map<string, number>();
  let shared = 0;
  for (const token of tokens) {
    const available = counts.get(token) ?? 0;
    const taken = used.get(token) ?? 0;
    if (taken < available) {
      used.set(token, taken + 1);
      shared++;
    }
  }
  return shared;
}

/** 100 × (1 − distance / longer length); 100 for two empty sequences. */
export function tokenSimilarity(a: readonly string[], b: readonly string[]): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 100;
  const distance = boundedEditDistance(a, b, longer)!;
  return ((longer - distance) * 100) / longer;
}

/** Similarity of two texts (see `fuzzyTokens`), from 0 to 100. */
export function similarity(a: string, b: string): number {
  return tokenSimilarity(fuzzyTokens(a), fuzzyTokens(b));
}

/** Absorbs floating-point noise in bounds such as 8 × 75 / 100. */
const EPSILON = 1e-9;

/**
 * What any candidate reaching `threshold` against a query of `queryLength` tokens must satisfy,
 * so that a search can discard the rest without scoring them:
 * - its length lies in [minLength, maxLength] (the distance is at least the length difference);
 * - it shares at least `minShared` tokens with the query (counted with multiplicity), since
 *   distance ≥ longer length − shared tokens.
 */
export interface FuzzyBounds {
  readonly minLength: number;
  readonly maxLength: number;
  readonly minShared: number;
}

export function fuzzyBounds(queryLength: number, threshold: number): FuzzyBounds {
  const minLength = Math.max(1, Math.ceil((queryLength * threshold) / 100 - EPSILON));
  return {
    minLength,
    maxLength: Math.floor((queryLength * 100) / threshold + EPSILON),
    minShared: minLength,
  };
}

/** The largest distance that still reaches `threshold` between sequences of these lengths. */
export function distanceLimit(lengthA: number, lengthB: number, threshold: number): number {
  const longer = Math.max(lengthA, lengthB);
  return Math.floor((longer * (100 - threshold)) / 100 + EPSILON);
}

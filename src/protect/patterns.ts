import type { ProtectedSpan } from '../model.js';

type PatternKind = 'number' | Exclude<ProtectedSpan['kind'], 'value'>;

/**
 * What counts as a protected span in source text, most specific first: an e-mail address is
 * not also a URL, and the digits inside a URL are not also a number. Each pattern runs in time
 * linear in the text's length: no start position can scan a long run again (bench:growth).
 */
export const protectedPatterns: ReadonlyArray<{ readonly kind: PatternKind; readonly pattern: RegExp }> = [
  // The address starts where its run of characters starts: without the look-behind, a long run
  // with no "@" in it was scanned again from each of its characters (quadratic).
  { kind: 'email', pattern: /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu },
  {
    kind: 'url',
    pattern: /\b(?:https?:\/\/|www\.)[^\s<>"“”«»]+[^\s<>"“”«».,;:!?)\]’']/gu,
  },
  // 2,500 · 3.5 · 2014 · 1,000,000 · 42% — not the digits of a word like "G7".
  { kind: 'number', pattern: /(?<![\p{L}\p{N}])\d{1,3}(?:,\d{3})+(?:\.\d+)?%?(?![\p{L}\p{N}])|(?<![\p{L}\p{N}.,])\d+(?:\.\d+)?%?(?![\p{L}\p{N}]|[.,]\d)/gu },
];

/**
 * ar-typography/quote-style — quotations in «…» or “…”, with no space inside the marks. Straight
 * "…" and single ‘…’ / '…' used as quotation marks are violations; the fix writes «…» (a nested
 * quotation “…”) and drops the spaces inside. Marks inside isolates (an English quotation set
 * apart), URLs, and primes after digits are not read.
 */
import { replacementHit, type HouseStyleRule, type RuleHit } from '../rule.js';
import { scanQuotes, type QuoteMark } from '../quotes.js';
import { literalCoverage, spaceRunEndAfter, spaceRunStartBefore } from '../text.js';
import { arabicIsolateInteriors } from './isolation.js';

export const arabicQuoteStyle: HouseStyleRule = {
  name: 'quote-style',
  defaultSeverity: 'warning',
  description: 'quotations in «…» or “…”, no space inside',
  check(text) {
    const zones = literalCoverage(text);
    const isolated = arabicIsolateInteriors(text);
    return scanQuotes(text, (i) => zones.has(i) || isolated.has(i)).flatMap((mark) => judge(text, mark));
  },
};

function judge(text: string, mark: QuoteMark): RuleHit[] {
  const house = mark.style === 'guillemet' || mark.style === 'curly-double';
  const expected = house ? mark.char : mark.level === 0 ? (mark.role === 'open' ? '«' : '»') : mark.role === 'open' ? '“' : '”';
  // The spaces inside the quotation, between the mark and the quoted words.
  const inner = mark.role === 'open' ? { start: mark.index + 1, end: spaceRunEndAfter(text, mark.index + 1) } : { start: spaceRunStartBefore(text, mark.index), end: mark.index };
  const spaced = inner.end > inner.start && inner.end < text.length && inner.start > 0 && text[inner.end] !== '\n';
  if (house && !spaced) return [];
  const start = Math.min(mark.index, inner.start);
  const end = Math.max(mark.index + 1, inner.end);
  const reason = house ? `no space inside ${mark.char}` : `${mark.char} used as a quotation mark; write «…»`;
  return [replacementHit(start, end, expected, reason)];
}

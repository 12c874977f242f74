/**
 * fr-typography/quote-style — quotations in « » (U+202F inside); English “ ” only as second-level
 * quotes inside « »; straight "…" and single ‘…’ / '…' used as quotation marks are violations.
 * The fix: a top-level quotation becomes « … » with U+202F inside (replacing the spaces there), a
 * nested one “…”; a quotation glued to its colon gets a space before « (dit:"non" → dit : « non »). Primes after digits (12", 48°51'24") and marks inside URLs are not quotation marks.
 */
import { replacementHit, type HouseStyleRule, type RuleHit } from '../rule.js';
import { scanQuotes, type QuoteMark } from '../quotes.js';
import { NNBSP, literalCoverage, spaceRunEndAfter, spaceRunStartBefore } from '../text.js';

export const quoteStyle: HouseStyleRule = {
  name: 'quote-style',
  defaultSeverity: 'warning',
  description: 'quotations in « » with U+202F inside; “ ” only inside « »',
  check(text) {
    const zones = literalCoverage(text);
    const marks = scanQuotes(text, (i) => zones.has(i));
    return marks.flatMap((mark) => judge(text, mark));
  },
};

function judge(text: string, mark: QuoteMark): RuleHit[] {
  if (mark.style === 'guillemet') return [];
  if (mark.style === 'curly-double' && mark.level > 0) return [];
  if (mark.level > 0) {
    const expected = mark.role === 'open' ? '“' : '”';
    return [replacementHit(mark.index, mark.index + 1, expected, `a quotation inside « » takes “ ”, not ${mark.char}`)];
  }
  const reason = mark.style === 'curly-double' ? `“ ” only inside « »; a quotation takes « »` : `${mark.char} used as a quotation mark; a quotation takes « »`;
  // The spaces on the inside of the mark become the one narrow no-break space « » take.
  if (mark.role === 'open') {
    const end = spaceRunEndAfter(text, mark.index + 1);
    // A quotation glued to the colon that announces it (dit:"non") is set off by a space too.
    const spaceBefore = text[mark.index - 1] === ':' ? ' ' : '';
    return [{ start: mark.index, end: mark.index + 1, reason, expected: '«', edits: [{ start: mark.index, end, text: `${spaceBefore}«${NNBSP}` }] }];
  }
  const start = spaceRunStartBefore(text, mark.index);
  return [{ start: mark.index, end: mark.index + 1, reason, expected: '»', edits: [{ start, end: mark.index + 1, text: `${NNBSP}»` }] }];
}

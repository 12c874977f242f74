/**
 * fr-typography/decimal-separator — a decimal comma in quantities: 3,5 not 3.5 (also in 1,234.5
 * and $2.5 billion left by MT). The fix writes the comma, and U+202F for the commas of an English
 * grouping before the point (38,654.42 → 38 654,42).
 * Not quantities: a reference number (article 16.2, résolution 2231.3, version 2.1), a number
 * after a name (Windows 3.1, Web 2.0, iOS 17.2), a reference used as a noun after an article and
 * before no unit or noun (recours au 49.3 pour, le 49.3 a été), dates and addresses with several dots (12.05.2024,
 * 192.168.1.1), times (4.15pm, 16.30 GMT — `time-format`'s) and race times (4:32.15), a dot before exactly three digits
 * (1.200, `thousands-separator`'s), digits glued to letters (but a unit or scale glued to a quantity,
 * €12.3bn, 2.5km, is read) and digits inside URLs.
 */
import { replacementHit, type HouseStyleRule, type RuleHit } from '../rule.js';
import { NNBSP, literalCoverage } from '../text.js';
import { isReferenceNumber } from './number-context.js';
import { matchesOf } from '../../../util/matches-of.js';

/** Units and scales MT leaves glued to a quantity (€12.3bn, 2.5km, 1.5m): the number is still a quantity. */
const unitGlued = /^(?:bn|mn|m|k|km|kg|cm|mm|t|l|ha|kw|mw|gw|kwh|mwh)(?![\p{L}\p{N}])/u;
const clockAfter = /^\s?(?:[ap]\.?m\b|[AP]\.?M\b|GMT|UTC)/u;
const isAsciiDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';
const groupSeparator = /^[,\u202F\u00A0\u2009 ]$/u;

export const decimalSeparator: HouseStyleRule = {
  name: 'decimal-separator',
  defaultSeverity: 'warning',
  description: 'a decimal comma in quantities (3,5), not a point',
  check(text) {
    const zones = literalCoverage(text);
    const hits: RuleHit[] = [];
    for (const match of matchesOf(/(?<=[0-9])\.(?=[0-9])/gu, text)) {
      const dot = match.index;
      const { start, end } = numberAround(text, dot);
      if (/[\p{L}\p{N}_.,/#°]/u.test(text[start - 1] ?? ' ') || /(?:\p{L}-|\d:)$/u.test(text.slice(Math.max(0, start - 2), start))) continue;
      if (/^(?:[\p{L}\p{N}_]|[.,]\d)/u.test(text.slice(end, end + 2)) && !unitGlued.test(text.slice(end, end + 5))) continue;
      const fraction = text.slice(dot + 1, end);
      // 1.200 is a grouping (thousands-separator's), not 1.2.
      if (/^\d{1,3}$/u.test(text.slice(start, dot)) && fraction.length === 3) continue;
      if (zones.has(start) || clockAfter.test(text.slice(end)) || isReferenceNumber(text, start) || isNumberAsNoun(text, start, end)) continue;
      // 38,654.42: the English grouping commas go with the point, or the fix would read 38,654,42.
      const expected = `${text.slice(start, dot).replace(/,/gu, NNBSP)},${fraction}`;
      hits.push(replacementHit(start, end, expected, 'a decimal point in a quantity; French writes a decimal comma'));
    }
    return hits;
  },
};

/** An article right before the number (le 49.3, au 49.3, un 49.3). */
const articleBefore = /(?:^|[\s(«“"])(?:le|la|au|du|un|une)\s+$/iu;
/** What follows a number that counts nothing: punctuation, the end, or a word that is no unit or noun. */
const nothingCounted = /^(?:\s*(?:$|[.,;:!?)»”"])|\s+(?:pour(?!\s+cent)|à|a|avait|aura|est|était|étant|sera|serait|et|ou|sur|sans|par|contre|qui|que|de|d['’]|n['’]|ne)(?![\p{L}]))/iu;

/** A reference used as a noun, after an article and before nothing it counts: "recours au 49.3 pour", "le 49.3, adopté". */
function isNumberAsNoun(text: string, start: number, end: number): boolean {
  return articleBefore.test(text.slice(Math.max(0, start - 6), start)) && nothingCounted.test(text.slice(end, end + 14));
}

/** The number a decimal point sits in: its fraction, and its integer part with any grouping by threes (1,234.5, 1 234.5). */
function numberAround(text: string, dot: number): { start: number; end: number } {
  let end = dot + 1;
  while (isAsciiDigit(text[end])) end += 1;
  let start = dot;
  while (isAsciiDigit(text[start - 1])) start -= 1;
  // Walk left over "<group><separator>" while the group right of the separator has three digits.
  let group = dot - start;
  while (group === 3 && groupSeparator.test(text[start - 1] ?? '')) {
    let head = start - 1;
    while (isAsciiDigit(text[head - 1]) && start - 1 - head < 3) head -= 1;
    const length = start - 1 - head;
    if (length === 0 || isAsciiDigit(text[head - 1])) break;
    start = head;
    group = length;
  }
  return { start, end };
}

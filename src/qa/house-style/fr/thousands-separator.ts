/**
 * fr-typography/thousands-separator — quantities of five or more digits are grouped by threes
 * with U+202F (four digits may be grouped or not, with U+202F when they are). Violations: an
 * English grouping (2,500), an agency grouping with dots (1.200), a grouping with ordinary, thin
 * (U+2009) or no-break spaces, an ungrouped 25000. The fix groups with U+202F.
 * Never grouped: years (four digits), numbers with a leading zero, numbers glued to letters or
 * hyphens (F-16, A320), numbers after a reference or identifier word (article, n°, vol, code
 * postal…) or a name, after `<digits>-` unless that is a quantity too (2023-12345, but 10000-15000
 * is a range and both ends are reported), postcodes (`, 75008 Paris`, `Boulogne (92100)`), telephone numbers (after
 * +33…), digits inside URLs. Agency dots are reported in 7.345,12 too. A comma followed by exactly three
 * digits reads as an English grouping: a French decimal with three places (2,500 for 2.5) is
 * reported too — it is ambiguous, and the numbers check (given the source) decides its value.
 */
import { replacementHit, type HouseStyleRule, type RuleHit } from '../rule.js';
import { Coverage, NNBSP, literalCoverage } from '../text.js';
import { isReferenceNumber } from './number-context.js';
import { matchesOf } from '../../../util/matches-of.js';

/** Not inside another token; after `<digits>-` only in a range of quantities (`isRangeEnd`). */
const notAfter = String.raw`(?<![\p{L}\p{N}_.,/#°+]|\p{L}-)`;
/** A quantity just before a hyphen: grouped, or five digits or more (10000-15000, 2 000-3 000; not 2023-12345). */
const quantityBeforeHyphen = /(?<![\p{L}\p{N}_.,/#°+-])(?:[1-9]\d{0,2}(?:[ \u00A0\u202F\u2009.,]\d{3})+|[1-9]\d{4,})-$/u;
/** The spaces a grouping may be written with (U+2009, the thin space, breaks a line like an ordinary one). */
const groupSpace = String.raw`[ \u00A0\u202F\u2009]`;

const groupings: ReadonlyArray<{ readonly pattern: RegExp; readonly reason: string }> = [
  { pattern: new RegExp(`${notAfter}[1-9]\\d{0,2}(?:,\\d{3})+(?![\\p{L}\\p{N}_]|,\\d)`, 'gu'), reason: 'English thousands grouping with commas' },
  // 7.345,12: dots grouping the integer part of a decimal written with a comma.
  { pattern: new RegExp(`${notAfter}[1-9]\\d{0,2}(?:\\.\\d{3})+(?![\\p{L}\\p{N}_]|\\.\\d)`, 'gu'), reason: 'thousands grouped with dots' },
  {
    pattern: new RegExp(`${notAfter}(?<!\\d${groupSpace})[1-9]\\d{0,2}(?:${groupSpace}\\d{3})+(?![\\p{L}\\p{N}_]|${groupSpace}?\\d)`, 'gu'),
    reason: 'thousands grouped with a space other than U+202F',
  },
  // 142500.12 is a quantity (decimal-separator writes its comma); 12345.67.89 and 12345/6 are not.
  { pattern: new RegExp(`${notAfter}(?<!\\d${groupSpace})[1-9]\\d{4,}(?![\\p{L}\\p{N}_]|\\/\\d|\\.\\d+[.,/]\\d)`, 'gu'), reason: 'a quantity of five or more digits, not grouped' },
];

export const thousandsSeparator: HouseStyleRule = {
  name: 'thousands-separator',
  defaultSeverity: 'warning',
  description: 'quantities of five or more digits grouped by threes with U+202F; no 2,500 or 1.200',
  check(text) {
    const zones = literalCoverage(text);
    const taken = new Coverage(text.length);
    const hits: RuleHit[] = [];
    for (const { pattern, reason } of groupings) {
      for (const match of matchesOf(pattern, text)) {
        const start = match.index;
        const end = start + match[0].length;
        const digits = match[0].replace(/\D/gu, '');
        const expected = groupByThrees(digits);
        if (expected === match[0] || zones.overlaps(start, end) || taken.overlaps(start, end)) continue;
        if (isReferenceNumber(text, start) || isPostcode(text, start, end, digits) || !isRangeEndOrFree(text, start)) continue;
        taken.add({ start, end });
        hits.push(replacementHit(start, end, expected, reason));
      }
    }
    return hits.sort((a, b) => a.start - b.start);
  },
};

/** A number right after `<digits>-` is the end of a range of quantities, or part of an identifier (2023-12345). */
function isRangeEndOrFree(text: string, start: number): boolean {
  if (text[start - 1] !== '-' || !/\d/u.test(text[start - 2] ?? '')) return true;
  return quantityBeforeHyphen.test(text.slice(Math.max(0, start - 40), start));
}

/** 25000 → 25 000, 2500 → 2 500 (U+202F). */
function groupByThrees(digits: string): string {
  const head = digits.length % 3 || 3;
  const groups = [digits.slice(0, head)];
  for (let at = head; at < digits.length; at += 3) groups.push(digits.slice(at, at + 3));
  return groups.join(NNBSP);
}

/** "…, 75008 Paris" (five digits after a comma and before a capitalized word), or "Boulogne-Billancourt (92100)" (in brackets after a place). */
function isPostcode(text: string, start: number, end: number, digits: string): boolean {
  if (digits.length !== 5) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  return (/,\s*$/u.test(before) && /^\s\p{Lu}/u.test(text.slice(end))) || (/\p{Lu}[\p{L}-]*\s\($/u.test(before) && text[end] === ')');
}

/**
 * fr-typography/decimal-separator — a decimal comma in quantities: 3,5 not 3.5 (also in 1,234.5
 * and $2.5 billion left by MT). The fix writes the comma.
 * Not quantities: a reference number (article 16.2, résolution 2231.3, version 2.1), a number
 * after a name (Windows 3.1, Web 2.0), dates and addresses with several dots (12.05.2024,
 * 192.168.1.1), times (4.15pm, 16.30 GMT — `time-format`'s), a dot before exactly three digits
 * (1.200, `thousands-separator`'s), digits glued to letters and digits inside URLs.
 * Limitation: a number glued to its unit (2.5km) is not read.
 */
import { replacementHit, type HouseStyleRule, type RuleHit } from '../rule.js';
import { insideAny, literalZones } from '../text.js';
import { isReferenceNumber } from './number-context.js';

const decimalNumber = /(?<![\p{L}\p{N}_.,/#°]|\p{L}-)(?:[1-9]\d{0,2}(?:[,\u202F\u00A0 ]\d{3})+|\d+)\.(\d+)(?![\p{L}\p{N}_]|[.,]\d)/gu;
const clockAfter = /^\s?(?:[ap]\.?m\b|[AP]\.?M\b|GMT|UTC)/u;

export const decimalSeparator: HouseStyleRule = {
  name: 'decimal-separator',
  defaultSeverity: 'warning',
  description: 'a decimal comma in quantities (3,5), not a point',
  check(text) {
    const zones = literalZones(text);
    const hits: RuleHit[] = [];
    for (const match of text.matchAll(decimalNumber)) {
      const start = match.index;
      const end = start + match[0].length;
      const fraction = match[1]!;
      const dot = end - fraction.length - 1;
      if (/^\d{1,3}$/u.test(text.slice(start, dot)) && fraction.length === 3) continue;
      if (insideAny(zones, start) || clockAfter.test(text.slice(end)) || isReferenceNumber(text, start)) continue;
      const expected = `${text.slice(start, dot)},${fraction}`;
      hits.push({ ...replacementHit(dot, dot + 1, ',', 'a decimal point in a quantity; French writes a decimal comma'), start, end, expected });
    }
    return hits;
  },
};

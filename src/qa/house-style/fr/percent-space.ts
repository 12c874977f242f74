/**
 * fr-typography/percent-space — a no-break space between a number and % (3,5 %), as Intl `fr`
 * prints it: U+00A0 (U+202F accepted). "3,5%" and "3,5 %" with an ordinary or a thin space are violations;
 * the fix writes U+00A0. "pour cent" is fine; % inside URLs (%20) is not a percent sign.
 */
import type { HouseStyleRule } from '../rule.js';
import { NBSP, literalCoverage } from '../text.js';
import { matchesOf } from '../../../util/matches-of.js';

export const percentSpace: HouseStyleRule = {
  name: 'percent-space',
  defaultSeverity: 'warning',
  description: 'a no-break space (U+00A0) between a number and %',
  check(text) {
    const zones = literalCoverage(text);
    return [...matchesOf(/(?<=\d)[ \t\u2009]*%/gu, text)]
      .filter((match) => !zones.has(match.index))
      .map((match) => {
        const end = match.index + match[0].length;
        // The finding shows the digit too (5% → 5 %); the edit replaces only the space and the sign.
        const reason = '% takes a no-break space (U+00A0) after the number';
        return { start: match.index - 1, end, reason, expected: `${text[match.index - 1]!}${NBSP}%`, edits: [{ start: match.index, end, text: `${NBSP}%` }] };
      });
  },
};

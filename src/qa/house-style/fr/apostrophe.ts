/**
 * fr-typography/apostrophe — elision takes ’ (U+2019): l’armée, aujourd’hui, qu’il. A straight
 * ', a ‘ or an acute accent ´ (or a backtick) between two letters is a violation; the fix writes ’.
 * Marks inside URLs and e-mail addresses are left alone; quotation marks are `quote-style`'s.
 */
import { replacementHit, type HouseStyleRule } from '../rule.js';
import { literalCoverage } from '../text.js';

export const apostrophe: HouseStyleRule = {
  name: 'apostrophe',
  defaultSeverity: 'warning',
  description: 'elision takes ’ (U+2019), never \' ‘ ´',
  check(text) {
    const zones = literalCoverage(text);
    return [...text.matchAll(/(?<=\p{L})['‘´`](?=\p{L})/gu)]
      .filter((match) => !zones.has(match.index))
      .map((match) => replacementHit(match.index, match.index + 1, '’', `elision takes ’ (U+2019), not ${match[0]}`));
  },
};

/**
 * fr-typography/apostrophe — elision takes ’ (U+2019): l’armée, aujourd’hui, qu’il, and so does
 * every apostrophe of a French page (O’Brien, rock’n’roll). A straight ', a ‘ or an acute accent ´
 * (or a backtick) between two letters is a violation, and so is one
 * that elides a word before a quotation (`d'« un calendrier »`, `l'"accord"`); the fix writes ’.
 * Marks inside URLs and e-mail addresses are left alone; quotation marks are `quote-style`'s.
 */
import { replacementHit, type HouseStyleRule } from '../rule.js';
import { literalCoverage } from '../text.js';
import { matchesOf } from '../../../util/matches-of.js';

/**
 * A mark between two letters, or after an elided word (l, d, qu, jusqu …) and before an opening
 * quotation mark: only those words elide, so a closing single quote after a word is not taken.
 */
const elision = /(?<=\p{L})['‘´`](?=\p{L})|(?<=(?<!\p{L})(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu))['‘´`](?=[\s\u00A0\u202F]?[«“"])/giu;

export const apostrophe: HouseStyleRule = {
  name: 'apostrophe',
  defaultSeverity: 'warning',
  description: 'elision takes ’ (U+2019), never \' ‘ ´',
  check(text) {
    const zones = literalCoverage(text);
    return [...matchesOf(elision, text)]
      .filter((match) => !zones.has(match.index))
      .map((match) => replacementHit(match.index, match.index + 1, '’', `an apostrophe takes ’ (U+2019), not ${match[0]}`));
  },
};

/**
 * The French house-style rules (Imprimerie nationale / AFP), in the order the fixer applies them:
 * quotation marks before the spaces inside them; times and numbers before the spaces before
 * punctuation (a time's colon is not punctuation once it is 14 h 30).
 */
import type { HouseStyleRule } from '../rule.js';
import { abbreviation } from './abbreviation.js';
import { apostrophe } from './apostrophe.js';
import { decimalSeparator } from './decimal-separator.js';
import { percentSpace } from './percent-space.js';
import { quoteStyle } from './quote-style.js';
import { spaceBeforePunct } from './space-before-punct.js';
import { spaceInsideGuillemets } from './space-inside-guillemets.js';
import { thousandsSeparator } from './thousands-separator.js';
import { timeFormat } from './time-format.js';

export const frenchRules: readonly HouseStyleRule[] = [
  quoteStyle,
  spaceInsideGuillemets,
  apostrophe,
  timeFormat,
  thousandsSeparator,
  decimalSeparator,
  percentSpace,
  abbreviation,
  spaceBeforePunct,
];

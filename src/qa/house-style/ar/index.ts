/**
 * The Arabic house-style rules (pan-Arab agency style), in the order the fixer applies them:
 * characters first (tatweel, digits, quotation marks, punctuation), then isolation of the Latin
 * runs those leave, then the balance of the controls that leaves.
 */
import type { HouseStyleRule } from '../rule.js';
import { bidiControlsUnbalanced } from './bidi-controls-unbalanced.js';
import { bidiIsolationMissing } from './bidi-isolation-missing.js';
import { latinComma, latinQuestionMark, latinSemicolon } from './latin-punctuation.js';
import { mixedDigits } from './mixed-digits.js';
import { arabicQuoteStyle } from './quote-style.js';
import { tatweelRule } from './tatweel.js';

export const arabicRules: readonly HouseStyleRule[] = [
  tatweelRule,
  mixedDigits,
  arabicQuoteStyle,
  latinComma,
  latinSemicolon,
  latinQuestionMark,
  bidiIsolationMissing,
  bidiControlsUnbalanced,
];

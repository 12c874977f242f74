import { describe, expect, it } from 'vitest';
import { fixWithRule, type HouseStyleRule, type RuleContext } from '../../../src/qa/house-style/rule.js';

export const latnContext: RuleContext = { digits: 'latn' };

/** What a rule reports on a text, as [what is written, what it should read]. */
export function reported(rule: HouseStyleRule, text: string, context: RuleContext = latnContext): Array<[string, string | undefined]> {
  return rule.check(text, context).map((hit) => [text.slice(hit.start, hit.end), hit.expected]);
}

/** Fixes with the rule, asserts the rule then finds nothing, returns the fixed text. */
export function fixedAndClean(rule: HouseStyleRule, text: string, context: RuleContext = latnContext): string {
  const fixed = fixWithRule(rule, text, context);
  expect(rule.check(fixed, context), `after fixing: ${fixed}`).toEqual([]);
  return fixed;
}

/** Makes invisible spaces and bidi controls readable in expectations: ⍽ U+202F, ␣ U+00A0, ⁅ FSI, ⁆ PDI. */
export const visible = (text: string): string =>
  text
    .replace(/\u202F/gu, '⍽')
    .replace(/\u00A0/gu, '␣')
    .replace(/\u2068/gu, '⁅')
    .replace(/\u2066/gu, '⁌')
    .replace(/\u2067/gu, '⁍')
    .replace(/\u2069/gu, '⁆')
    .replace(/\u200E/gu, '‹LRM›')
    .replace(/\u200F/gu, '‹RLM›')
    .replace(/\u061C/gu, '‹ALM›');

/** The reverse of `visible`, so fixtures are written readably. */
export const real = (text: string): string =>
  text
    .replace(/⍽/gu, '\u202F')
    .replace(/␣/gu, '\u00A0')
    .replace(/⁅/gu, '\u2068')
    .replace(/⁌/gu, '\u2066')
    .replace(/⁍/gu, '\u2067')
    .replace(/⁆/gu, '\u2069')
    .replace(/‹LRM›/gu, '\u200E')
    .replace(/‹RLM›/gu, '\u200F')
    .replace(/‹ALM›/gu, '\u061C');

export interface RuleFixtures {
  readonly rule: HouseStyleRule;
  /** [text, what is reported (the written forms), the fixed text], all written with `visible`'s signs. */
  readonly violations: ReadonlyArray<readonly [string, readonly string[], string]>;
  /** Texts the rule must leave alone. */
  readonly clean: readonly string[];
}

/** Per rule: each violation is reported as listed and fixed as listed (then clean); each clean text reports nothing. */
export function describeRules(lang: 'fr' | 'ar', fixtures: readonly RuleFixtures[]): void {
  describe.each(fixtures)(`${lang}-typography/$rule.name`, ({ rule, violations, clean }) => {
    it.each(violations.map(([text, actual, fixed]) => ({ text, actual, fixed })))('reports and fixes: $text', ({ text, actual, fixed }) => {
      expect(reported(rule, real(text)).map(([written]) => visible(written))).toEqual(actual);
      expect(visible(fixedAndClean(rule, real(text)))).toBe(fixed);
      // A house-style finding's id ends with its range (`rangeKey`): one rule never reports one range twice.
      const ranges = rule.check(real(text), latnContext).map((hit) => `${hit.start}-${hit.end}`);
      expect(new Set(ranges).size).toBe(ranges.length);
    });

    it.each(clean)('leaves alone: %s', (text) => {
      expect(reported(rule, real(text))).toEqual([]);
    });
  });
}

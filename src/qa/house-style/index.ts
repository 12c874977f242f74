/**
 * qa/house-style — French and Arabic house typography: a check and a deterministic fixer per rule.
 *
 * Takes: a target text in French or Arabic and the language's profile (`houseStyleProfile`, from
 *   `wire-l10n.json` `houseStyle.fr` / `houseStyle.ar`; defaults when absent).
 * Returns: `checkHouseStyle` → findings (`fr-typography/<rule>`, `ar-typography/<rule>`) with
 *   UTF-16 ranges into the text, in text order, keyed by range (no unit yet); `fixHouseStyle` → the text with every fixable
 *   finding corrected, rule after rule in the profile's order, touching nothing else.
 * Options: per rule on/off or severity; Arabic `digits` (latn | arab) and `months` (used when
 *   dates are rendered).
 * Limitations: plain text (no markup); rules read typography, not meaning — see README.md.
 */
import type { TargetFinding } from '../../model.js';
import { houseStyleFinding } from './finding.js';
import { fixWithRule, type RuleContext } from './rule.js';
import type { HouseStyleProfile } from './settings.js';

export {
  houseStyleDigitSets,
  houseStyleMonthNames,
  ruleSettingNames,
  houseStyleLanguages,
  houseStyleProfile,
  houseStyleRules,
  valueStyleOf,
  type ArabicMonthNames,
  type HouseStyleConfig,
  type HouseStyleLanguage,
  type HouseStyleProfile,
} from './settings.js';
export type { DigitSet, HouseStyleRule, RuleHit } from './rule.js';

export const houseStyleRuleId = (lang: string, name: string): string => `${lang}-typography/${name}`;

/** Every finding of the profile's rules on `text`, in text order. */
export function checkHouseStyle(text: string, profile: HouseStyleProfile): TargetFinding[] {
  const context = contextOf(profile);
  return profile.rules
    .flatMap(({ rule, severity }) => rule.check(text, context).map((hit) => houseStyleFinding(houseStyleRuleId(profile.lang, rule.name), severity, text, hit)))
    .sort((a, b) => a.place!.start - b.place!.start || a.place!.end - b.place!.end);
}

/** The text with each rule's fixer applied in turn. */
export function fixHouseStyle(text: string, profile: HouseStyleProfile): string {
  const context = contextOf(profile);
  return profile.rules.reduce((fixed, { rule }) => fixWithRule(rule, fixed, context), text);
}

const contextOf = (profile: HouseStyleProfile): RuleContext => ({ digits: profile.digits });

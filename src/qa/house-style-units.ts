/**
 * qa/house-style-units — the house-style fixer and check (qa/house-style/) applied to units.
 *
 * Takes: units of one target language; the `houseStyle` settings of `wire-l10n.json`.
 * Returns: the same units. A French or Arabic target (regional tags included: `fr-CA`) that no
 *   human has vouched for — machine translation, pseudo-translation, a TM match, a human
 *   `translated` target — is fixed (`fix: true`); a human `reviewed`/`final` target is never
 *   changed: its findings stay, marked fixable, for the desk to decide. Each unit then carries the
 *   findings its (fixed) target still has (`findingOnUnit`); a target the
 *   fixer changed also carries one `qa/house-style-fixed` info naming the rules applied, with the
 *   target as it was in `actual`, so a reviewer can tell the fixer's edits from the engine's words.
 *   The target's markup follows the fixer's edits (`withEditedTarget`).
 *   Other languages are left alone.
 */
import { findingOnUnit, hasTarget, type Finding, type LanguageTag, type Unit } from '../model.js';
import { withEditedTarget } from '../markup/follow.js';
import { baseLanguage } from '../util/language-tag.js';
import {
  checkHouseStyle,
  fixHouseStyle,
  houseStyleLanguages,
  houseStyleProfile,
  type HouseStyleConfig,
  type HouseStyleLanguage,
  type HouseStyleProfile,
} from './house-style/index.js';

export const houseStyleFixedRuleId = 'qa/house-style-fixed';

/** The house-style profile that serves `lang`, or undefined when its language has none. */
export function houseStyleProfileFor(lang: LanguageTag, config: HouseStyleConfig = {}): HouseStyleProfile | undefined {
  const base = baseLanguage(lang);
  const known = houseStyleLanguages.find((language): language is HouseStyleLanguage => language === base);
  return known === undefined ? undefined : houseStyleProfile(known, config);
}

/**
 * What of the settings decides a language's outputs, as plain data (for output fingerprints): the
 * resolved profile, so key order in the file or a setting equal to its default changes nothing.
 */
export function houseStyleSettingsOf(lang: LanguageTag, config: HouseStyleConfig = {}): unknown {
  const profile = houseStyleProfileFor(lang, config);
  if (profile === undefined) return null;
  return { lang: profile.lang, rules: profile.rules.map(({ rule, severity }) => [rule.name, severity]), digits: profile.digits, months: profile.months };
}

/** `fix: false` only reports (a file checked as it is, `qa` on files). */
export function applyHouseStyle(units: readonly Unit[], profile: HouseStyleProfile, mode: { readonly fix: boolean }): Unit[] {
  return units.map((unit) => {
    if (!hasTarget(unit)) return unit;
    const before = unit.target;
    const target = mode.fix && mayFix(unit) ? fixHouseStyle(before, profile) : before;
    const remaining = checkHouseStyle(target, profile).map((finding) => findingOnUnit(finding, unit));
    const fixed = target === before ? [] : [fixedNote(unit, before, target, profile)];
    if (remaining.length === 0 && fixed.length === 0) return unit;
    return { ...withEditedTarget(unit, target), findings: [...unit.findings, ...fixed, ...remaining] };
  });
}

/** A target a human has vouched for is theirs: the fixer only reports on it. */
function mayFix(unit: Unit): boolean {
  return !(unit.origin === 'human' && (unit.state === 'reviewed' || unit.state === 'final'));
}

function fixedNote(unit: Unit, before: string, after: string, profile: HouseStyleProfile): Finding {
  const counts = new Map<string, number>();
  for (const finding of checkHouseStyle(before, profile)) {
    if (finding.fixable) counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
  }
  const rules = [...counts].map(([rule, count]) => (count === 1 ? rule : `${rule} ×${count}`)).join(', ');
  return findingOnUnit(
    { ruleId: houseStyleFixedRuleId, source: 'qa/house-style', severity: 'info', reason: `house style applied to the target: ${rules}`, actual: before },
    unit,
  );
}

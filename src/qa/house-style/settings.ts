/**
 * House-style settings as `wire-l10n.json` holds them (`houseStyle.fr`, `houseStyle.ar`), their
 * defaults and the profile they resolve to. Their schema is src/cli/config-schema.ts's, with the
 * rest of the file's: this module takes them validated, as plain data. Every rule is on by default
 * at its own severity; a rule set to `"off"` (or `false`) is neither checked nor fixed.
 *
 *   { "houseStyle": { "fr": { "rules": { "time-format": "off", "abbreviation": "error" } },
 *                     "ar": { "digits": "arab", "months": "levantine", "rules": { "tatweel": "info" } } } }
 */
import { defaultValueStyle, type ArabicMonthNames, type DigitSet, type Severity, type ValueStyle } from '../../model.js';
import type { HouseStyleRule } from './rule.js';
import { arabicRules } from './ar/index.js';
import { frenchRules } from './fr/index.js';

export type HouseStyleLanguage = 'fr' | 'ar';
export const houseStyleLanguages: readonly HouseStyleLanguage[] = ['fr', 'ar'];

/** A rule's setting: a severity, `"off"`, or `true`/`false` (its default severity / off). */
export type RuleSetting = Severity | 'off' | boolean;

export type { ArabicMonthNames };

export interface HouseStyleLanguageConfig {
  /** Per rule name; a rule not named runs at its default severity. */
  readonly rules?: Readonly<Partial<Record<string, RuleSetting>>>;
}

export interface ArabicHouseStyleConfig extends HouseStyleLanguageConfig {
  /** @default 'latn' */
  readonly digits?: DigitSet;
  /** @default 'paired' */
  readonly months?: ArabicMonthNames;
}

export interface HouseStyleConfig {
  readonly fr?: HouseStyleLanguageConfig;
  readonly ar?: ArabicHouseStyleConfig;
}

/** The settings of one language, resolved: the rules that run, each at its severity. */
export interface HouseStyleProfile {
  readonly lang: HouseStyleLanguage;
  readonly rules: ReadonlyArray<{ readonly rule: HouseStyleRule; readonly severity: Severity }>;
  readonly digits: DigitSet;
  readonly months: ArabicMonthNames;
}

/** Records, so that a value added to the model's types must be added here too (and so to the schema). */
const digitSetSet: Readonly<Record<DigitSet, true>> = { latn: true, arab: true };
const monthNamesSet: Readonly<Record<ArabicMonthNames, true>> = { egyptian: true, levantine: true, paired: true };
const ruleSettingNameSet: Readonly<Record<Exclude<RuleSetting, boolean>, true>> = { error: true, warning: true, info: true, off: true };

/** The values `houseStyle.ar.digits`, `houseStyle.ar.months` and a rule's setting (besides true/false) may take. */
export const houseStyleDigitSets = Object.keys(digitSetSet) as [DigitSet, ...DigitSet[]];
export const houseStyleMonthNames = Object.keys(monthNamesSet) as [ArabicMonthNames, ...ArabicMonthNames[]];
export const ruleSettingNames = Object.keys(ruleSettingNameSet) as [Exclude<RuleSetting, boolean>, ...Exclude<RuleSetting, boolean>[]];

const rulesOf: Record<HouseStyleLanguage, readonly HouseStyleRule[]> = { fr: frenchRules, ar: arabicRules };

export function houseStyleRules(lang: HouseStyleLanguage): readonly HouseStyleRule[] {
  return rulesOf[lang];
}

/** How values and dates are written in Arabic, from `houseStyle.ar` (digits and month names). */
export function valueStyleOf(config: HouseStyleConfig = {}): ValueStyle {
  const { digits, months } = houseStyleProfile('ar', config);
  return { digits, months };
}

/** The profile of one language from a validated configuration (absent: the defaults). */
export function houseStyleProfile(lang: HouseStyleLanguage, config: HouseStyleConfig = {}): HouseStyleProfile {
  const languageConfig: ArabicHouseStyleConfig = config[lang] ?? {};
  const rules = rulesOf[lang].flatMap((rule) => {
    const setting = languageConfig.rules?.[rule.name] ?? true;
    if (setting === false || setting === 'off') return [];
    return [{ rule, severity: setting === true ? rule.defaultSeverity : setting }];
  });
  return {
    lang,
    rules,
    digits: languageConfig.digits ?? defaultValueStyle.digits,
    months: languageConfig.months ?? defaultValueStyle.months,
  };
}

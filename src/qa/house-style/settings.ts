/**
 * House-style settings as `wire-l10n.json` holds them (`houseStyle.fr`, `houseStyle.ar`), their
 * defaults and their validation. Every rule is on by default at its own severity; a rule set to
 * `"off"` (or `false`) is neither checked nor fixed.
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
  readonly rules?: Readonly<Record<string, RuleSetting>>;
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

export const houseStyleDefaults = defaultValueStyle;

const rulesOf: Record<HouseStyleLanguage, readonly HouseStyleRule[]> = { fr: frenchRules, ar: arabicRules };
const severities: readonly string[] = ['error', 'warning', 'info'];
const digitSets: readonly DigitSet[] = ['latn', 'arab'];
const monthNames: readonly ArabicMonthNames[] = ['egyptian', 'levantine', 'paired'];

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
    digits: languageConfig.digits ?? houseStyleDefaults.digits,
    months: languageConfig.months ?? houseStyleDefaults.months,
  };
}

/** What is wrong with a `houseStyle` value, as `[setting path, problem]`, or undefined when it is valid. */
export function houseStyleConfigProblem(value: unknown): readonly [string, string] | undefined {
  if (!isObject(value)) return ['houseStyle', 'expected an object keyed by language (fr, ar)'];
  for (const [lang, settings] of Object.entries(value)) {
    if (lang !== 'fr' && lang !== 'ar') return [`houseStyle.${lang}`, 'unknown language (known: fr, ar)'];
    const problem = languageProblem(lang, settings);
    if (problem) return problem;
  }
  return undefined;
}

function languageProblem(lang: HouseStyleLanguage, settings: unknown): readonly [string, string] | undefined {
  const where = `houseStyle.${lang}`;
  if (!isObject(settings)) return [where, 'expected an object'];
  const known = lang === 'ar' ? ['rules', 'digits', 'months'] : ['rules'];
  for (const key of Object.keys(settings)) if (!known.includes(key)) return [`${where}.${key}`, `unknown setting (known: ${known.join(', ')})`];
  if (settings['digits'] !== undefined && !digitSets.includes(settings['digits'] as DigitSet)) {
    return [`${where}.digits`, `expected one of ${digitSets.join(', ')}`];
  }
  if (settings['months'] !== undefined && !monthNames.includes(settings['months'] as ArabicMonthNames)) {
    return [`${where}.months`, `expected one of ${monthNames.join(', ')}`];
  }
  const rules = settings['rules'];
  if (rules === undefined) return undefined;
  const names = rulesOf[lang].map((rule) => rule.name);
  if (!isObject(rules)) return [`${where}.rules`, `expected an object keyed by rule (${names.join(', ')})`];
  for (const [name, setting] of Object.entries(rules)) {
    if (!names.includes(name)) return [`${where}.rules.${name}`, `unknown rule (known: ${names.join(', ')})`];
    if (typeof setting !== 'boolean' && !(typeof setting === 'string' && [...severities, 'off'].includes(setting))) {
      return [`${where}.rules.${name}`, 'expected "error", "warning", "info", "off", true or false'];
    }
  }
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

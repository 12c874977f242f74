/** Which languages have sentence rules, and their compiled form, cached per language. */
import type { LanguageTag } from '../model.js';
import { UsageError } from '../errors.js';
import { compileRules, type CompiledRules } from './compile-rules.js';
import { ar } from './rules/ar.js';
import { en } from './rules/en.js';
import { fr } from './rules/fr.js';
import type { LanguageRules } from './rules/types.js';

const ruleData: ReadonlyMap<string, LanguageRules> = new Map([en, fr, ar].map((rules) => [rules.lang, rules]));
const compiled = new Map<string, CompiledRules>();

/** Languages with sentence rules, sorted. */
export const knownLanguages: readonly string[] = [...ruleData.keys()].sort();

/**
 * The compiled rules for a language tag. Region and script subtags are ignored
 * (`en-US` uses `en`). Throws a UsageError naming the known languages otherwise.
 */
export function rulesForLanguage(lang: LanguageTag): CompiledRules {
  const primary = lang.split(/[-_]/)[0]?.toLowerCase() ?? '';
  const cached = compiled.get(primary);
  if (cached) return cached;
  const data = ruleData.get(primary);
  if (!data) {
    throw new UsageError(`No sentence rules for language "${lang}"; known languages: ${knownLanguages.join(', ')}.`, {
      hint: 'Pass one of the known languages, or add rules in src/segment/rules/.',
    });
  }
  const rules = compileRules(data);
  compiled.set(primary, rules);
  return rules;
}

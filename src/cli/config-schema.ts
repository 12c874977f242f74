/**
 * The one schema of `wire-l10n.json` (zod), the `ProjectConfig` type derived from it, and the
 * messages its problems are reported with: each names the key path (`houseStyle.ar.digits`) and
 * what is allowed there (`expected one of latn, arab, got "persian"`). Every object is strict: an
 * unknown key is an error naming the keys that are known.
 *
 * Only the CLI knows zod: the stages take the parsed value as plain data, typed by their own
 * interfaces (`HouseStyleConfig`, `DeepLLanguageOptions`, `XliffSizeLimits`, `RetryPolicy`), which
 * `ProjectConfig` must be assignable to where `options.ts` hands it over. Defaults are not filled in
 * here: each stays with the code it belongs to (`defaultRetryPolicy`, `defaultValueStyle`…).
 */
import { z } from 'zod';
import { deeplFormalities, deeplModelTypes } from '../mt/engines/deepl/config.js';
import {
  houseStyleDigitSets,
  houseStyleLanguages,
  houseStyleMonthNames,
  houseStyleRules,
  ruleSettingNames,
  type HouseStyleLanguage,
} from '../qa/house-style/index.js';
import { engineNames } from '../mt/registry.js';
import { sizeLimitBlockKinds } from '../xliff/index.js';

/** A value as a message shows it: JSON, cut short (a configuration file may be 1 MiB). */
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** Every problem of a value is reported as what was expected there and what came instead. */
function expecting(what: string): { error: (issue: { input?: unknown }) => string } {
  return { error: (issue) => `expected ${what}, got ${shown(issue.input)}` };
}

/**
 * A strict object: a key not in `shape` is "unknown <noun> (known: …)", anything but an object is
 * "expected <what>". Every key is optional: a configuration says only what it changes.
 */
function settings<Shape extends z.core.$ZodLooseShape>(shape: Shape, noun = 'setting', what = 'an object') {
  const known = Object.keys(shape).join(', ');
  return z
    .strictObject(shape, {
      error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown ${noun} (known: ${known})` : `expected ${what}, got ${shown(issue.input)}`),
    })
    .partial();
}

function oneOf<const Values extends readonly [string, ...string[]]>(values: Values) {
  return z.enum(values, expecting(`one of ${values.join(', ')}`));
}

/** A whole number of at least `least` (and within JavaScript's safe integers). */
function wholeNumber(least: number, unit?: string) {
  const what = `a whole number${unit ? ` of ${unit}` : ''}, at least ${least}`;
  return z.int(expecting(what)).min(least, expecting(what));
}

/** `true`/`false` or a severity: `true` is the rule's default severity, `false` and `"off"` turn it off. */
const ruleSetting = z.union([z.enum(ruleSettingNames), z.boolean()], expecting(`${ruleSettingNames.map((name) => `"${name}"`).join(', ')}, true or false`));

function houseStyleRulesSchema(lang: HouseStyleLanguage) {
  const names = houseStyleRules(lang).map((rule) => rule.name);
  return settings(Object.fromEntries(names.map((name) => [name, ruleSetting])), 'rule', `an object keyed by rule (${names.join(', ')})`);
}

const languages = houseStyleLanguages.join(', ');

const deeplSchema = settings({
  languages: z.record(
    z.string(),
    settings({ formality: oneOf(deeplFormalities), modelType: oneOf(deeplModelTypes), context: z.boolean(expecting('true or false')) }),
    expecting(`an object keyed by language (${languages})`),
  ),
  timeoutMs: wholeNumber(1, 'milliseconds'),
  /** Requests in flight on the account across every process sharing it (`--redis`); one process alone keeps to `--concurrency`. */
  maxConcurrentRequests: wholeNumber(1, 'requests'),
});

const xliffSchema = settings({
  sizeLimits: settings(
    Object.fromEntries(sizeLimitBlockKinds.map((kind) => [kind, wholeNumber(1, 'characters')])),
    'block kind',
    `an object keyed by block kind (${sizeLimitBlockKinds.join(', ')})`,
  ),
});

const houseStyleSchema = settings(
  {
    fr: settings({ rules: houseStyleRulesSchema('fr') }),
    ar: settings({ rules: houseStyleRulesSchema('ar'), digits: oneOf(houseStyleDigitSets), months: oneOf(houseStyleMonthNames) }),
  },
  'language',
  `an object keyed by language (${languages})`,
);

/** The backoff and attempts of engine requests; how long 429s may last is `--max-wait`, not here. */
const retrySchema = settings({
  maxAttempts: wholeNumber(1, 'attempts'),
  baseDelayMs: wholeNumber(0, 'milliseconds'),
  maxDelayMs: wholeNumber(0, 'milliseconds'),
});

/** Engines an embargoed story may go to before its embargo lifts (default: defaultEmbargoEngines, the offline ones). */
const engineName = z.string(expecting(`one of ${engineNames.join(', ')}`)).refine((name) => engineNames.includes(name), expecting(`one of ${engineNames.join(', ')}`));
const embargoSchema = settings({ engines: z.array(engineName, expecting('a list of engine names')) });

export const projectConfigSchema = settings({
  deepl: deeplSchema,
  xliff: xliffSchema,
  houseStyle: houseStyleSchema,
  retry: retrySchema,
  embargo: embargoSchema,
});

/** `wire-l10n.json` as validated: only the settings it gives, as it gives them. */
export type ProjectConfig = z.infer<typeof projectConfigSchema>;

/** One line per problem, `key.path: what is wrong`; an unknown key is named in the path. */
export function configProblems(error: z.ZodError): string[] {
  return error.issues.flatMap((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    return keys.map((key) => `${keyPath([...issue.path, ...(key === undefined ? [] : [key])])}: ${issue.message}`);
  });
}

function keyPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? 'top level' : path.map(String).join('.');
}

/**
 * The project's configuration file, `wire-l10n.json` in the working folder (or `--config FILE`):
 * settings that belong to a newsroom rather than to one command line. Today: DeepL options per
 * target language, the newsroom's size limits per block kind for XLIFF, and its house style per
 * language (see src/qa/house-style/settings.ts).
 *
 *   { "deepl": { "languages": { "fr": { "formality": "prefer_more", "context": true },
 *                               "ar": { "modelType": "quality_optimized" } },
 *                "timeoutMs": 10000 },
 *     "xliff": { "sizeLimits": { "headline": 90 } },
 *     "retry": { "maxAttempts": 6, "baseDelayMs": 1000, "maxDelayMs": 60000 } }
 */
import { existsSync } from 'node:fs';
import { errorMessage, UsageError } from '../errors.js';
import { readRegularFile } from '../io/read-file.js';
import type { DeepLLanguageOptions } from '../mt/engines/deepl.js';
import { houseStyleConfigProblem, type HouseStyleConfig } from '../qa/house-style/index.js';
import type { RetryPolicy } from '../mt/index.js';
import { isBlockKind, sizeLimitBlockKinds, sizeLimitProblem, type XliffSizeLimits } from '../xliff/index.js';

export interface ProjectConfig {
  readonly deepl?: {
    readonly languages?: Readonly<Record<string, DeepLLanguageOptions>>;
    readonly timeoutMs?: number;
  };
  readonly xliff?: {
    /** Most characters of a block's whole target, per block kind: `{ "headline": 90 }`. */
    readonly sizeLimits?: XliffSizeLimits;
  };
  /** House typography per target language: rules on/off or their severity; Arabic digits and month names. */
  readonly houseStyle?: HouseStyleConfig;
  /** How engine requests are retried: attempts for server errors, and the backoff between them and after a 429. */
  readonly retry?: Partial<Pick<RetryPolicy, RetrySetting>>;
}

type RetrySetting = 'maxAttempts' | 'baseDelayMs' | 'maxDelayMs';
const retrySettings: readonly RetrySetting[] = ['maxAttempts', 'baseDelayMs', 'maxDelayMs'];

export const defaultConfigFile = 'wire-l10n.json';

/** Largest configuration file read: a few hundred bytes in practice. */
export const CONFIG_MAX_BYTES = 1024 * 1024;

/** Reads the configuration: `path` must exist when given; the default file is optional. */
export function readProjectConfig(path: string | undefined): ProjectConfig {
  const file = path ?? defaultConfigFile;
  if (!existsSync(file)) {
    if (path === undefined) return {};
    throw new UsageError(`${file}: no such configuration file`);
  }
  const limit = { maxBytes: CONFIG_MAX_BYTES, kind: 'a configuration file', sizeHint: 'check the --config path' };
  const bytes = readRegularFile(file, limit, (problem) => {
    throw new UsageError(`${file}: ${problem.message}`, problem);
  });
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new UsageError(`${file}: not valid JSON: ${errorMessage(error)}`);
  }
  return checkConfig(value, file);
}

const topLevelKeys = ['deepl', 'xliff', 'houseStyle', 'retry'];
const languageKeys = new Set(['formality', 'modelType', 'context']);

type Fail = (where: string, what: string) => never;

function checkConfig(value: unknown, file: string): ProjectConfig {
  const fail: Fail = (where, what) => {
    throw new UsageError(`${file}: ${where}: ${what}`, { hint: 'see "Configuration" in the README' });
  };
  if (!isObject(value)) return fail('top level', 'expected an object');
  for (const key of Object.keys(value)) if (!topLevelKeys.includes(key)) fail(key, `unknown setting (known: ${topLevelKeys.join(', ')})`);
  checkDeepL(value['deepl'], fail);
  checkXliff(value['xliff'], fail);
  const houseStyleProblem = value['houseStyle'] === undefined ? undefined : houseStyleConfigProblem(value['houseStyle']);
  if (houseStyleProblem) fail(...houseStyleProblem);
  checkRetry(value['retry'], fail);
  return value as ProjectConfig;
}

function checkDeepL(deepl: unknown, fail: Fail): void {
  if (deepl === undefined) return;
  if (!isObject(deepl)) return fail('deepl', 'expected an object');
  for (const key of Object.keys(deepl)) if (key !== 'languages' && key !== 'timeoutMs') fail(`deepl.${key}`, 'unknown setting (known: languages, timeoutMs)');
  const timeoutMs = deepl['timeoutMs'];
  if (timeoutMs !== undefined && (typeof timeoutMs !== 'number' || !Number.isInteger(timeoutMs) || timeoutMs < 1)) {
    fail('deepl.timeoutMs', 'expected a whole number of milliseconds');
  }
  const languages = deepl['languages'];
  if (languages !== undefined) {
    if (!isObject(languages)) fail('deepl.languages', 'expected an object keyed by language (fr, ar)');
    for (const [lang, options] of Object.entries(languages as Record<string, unknown>)) {
      if (!isObject(options)) fail(`deepl.languages.${lang}`, 'expected an object');
      for (const key of Object.keys(options as Record<string, unknown>)) {
        if (!languageKeys.has(key)) fail(`deepl.languages.${lang}.${key}`, 'unknown setting (known: formality, modelType, context)');
      }
    }
  }
  // Values (formality names, Arabic without formality…) are checked by the DeepL engine itself.
}

function checkXliff(xliff: unknown, fail: Fail): void {
  if (xliff === undefined) return;
  if (!isObject(xliff)) return fail('xliff', 'expected an object');
  for (const key of Object.keys(xliff)) if (key !== 'sizeLimits') fail(`xliff.${key}`, 'unknown setting (known: sizeLimits)');
  const sizeLimits = xliff['sizeLimits'];
  if (sizeLimits === undefined) return;
  const kinds = sizeLimitBlockKinds.join(', ');
  if (!isObject(sizeLimits)) return fail('xliff.sizeLimits', `expected an object keyed by block kind (${kinds})`);
  for (const [kind, limit] of Object.entries(sizeLimits)) {
    if (!isBlockKind(kind)) fail(`xliff.sizeLimits.${kind}`, `unknown block kind (known: ${kinds})`);
    const problem = sizeLimitProblem(limit);
    if (problem) fail(`xliff.sizeLimits.${kind}`, problem);
  }
}

function checkRetry(retry: unknown, fail: Fail): void {
  if (retry === undefined) return;
  if (!isObject(retry)) return fail('retry', 'expected an object');
  for (const [key, setting] of Object.entries(retry)) {
    if (!retrySettings.some((known) => known === key)) fail(`retry.${key}`, `unknown setting (known: ${retrySettings.join(', ')})`);
    const least = key === 'maxAttempts' ? 1 : 0;
    if (typeof setting !== 'number' || !Number.isSafeInteger(setting) || setting < least) {
      fail(`retry.${key}`, `expected a whole number of at least ${least}${key === 'maxAttempts' ? '' : ' (milliseconds)'}`);
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

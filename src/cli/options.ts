/**
 * argv + environment → one validated, typed options object per command. Nothing below the CLI
 * reads argv or the environment.
 */
import { UsageError } from '../errors.js';
import { readProjectConfig } from './config.js';
import { commandEngines, type CommandEngines } from './engines.js';
import { sharedLimitsSettings, type RawSharedLimitsOptions } from './shared-limits.js';
import type { SharedLimitsSettings } from '../scale/shared-limits.js';
import { sourceFormats, type LanguageTag, type SourceFormat } from '../model.js';
import { xliffVersions, type XliffVersion } from '../xliff/index.js';
import { bundleFormats, type BundleFormat } from '../render/bundle.js';
import type { RunOptions } from '../job/run.js';
import { outputKinds, type OutputKind } from '../job/outputs.js';
import { canonicalLanguageTag } from '../util/language-tag.js';
import { failOnSeverities, type FailOn } from './fail-on.js';

/** Options as commander hands them over: strings, booleans and repeated flags. */
export interface RawRunOptions extends RawSharedLimitsOptions {
  readonly to?: readonly string[];
  readonly out: string;
  readonly locales: string;
  readonly glossary: string;
  readonly engine?: string;
  readonly xliff: readonly string[];
  readonly allowPartial?: boolean;
  /** False with `--no-review`. */
  readonly review?: boolean;
  /** `plain` or `icu`; commander gives the default. */
  readonly bundleFormat?: string;
  /** `auto` (by content), `text`, `ninjs`, `nitf` or `html`. */
  readonly format?: string;
  readonly concurrency: string;
  /** Stories per window (`--window`); commander gives the default. */
  readonly window?: string;
  readonly fuzzyThreshold: string;
  readonly store?: string;
  readonly dryRun?: boolean;
  readonly maxChars?: string;
  readonly maxRate?: string;
  readonly maxWait?: string;
  readonly deeplServerUrl?: string;
  readonly config?: string;
  readonly json?: boolean;
  readonly quiet?: boolean;
  readonly failOn?: string;
}

export interface RunCommandOptions extends RunOptions {
  /** The store file; undefined = the default `.wire-l10n/store.sqlite` in the working folder. */
  readonly storePath?: string;
  readonly json: boolean;
  readonly quiet: boolean;
  /** Why this engine was chosen, when the user did not choose it: printed so nobody is misled. */
  readonly engineNote?: string;
  /** Exit with E_FINDINGS when findings at or above this severity remain in the outputs. */
  readonly failOn?: FailOn;
}

export const runDefaults = {
  out: 'out',
  locales: 'locales',
  glossary: 'glossary',
  xliff: ['1.2'],
  concurrency: '4',
  fuzzyThreshold: '75',
  bundleFormat: 'plain',
} as const;

/** The options alone, for callers that run no job with them (validation, tests). */
export function normalizeRunOptions(inputs: readonly string[], raw: RawRunOptions, env: NodeJS.ProcessEnv, demand?: RunDemand): RunCommandOptions {
  return normalizeRunCommand(inputs, raw, env, demand).options;
}

/**
 * `import` takes its languages from the files when `--to` is not given; `check`, which never
 * sends, takes `--engine deepl` without a key.
 */
export interface RunDemand {
  readonly targetLangs: 'required' | 'optional';
  readonly engineKey?: 'required' | 'not-needed';
}

/**
 * The job's options (plain data: the engine by its settings), the command's live engines, built
 * from the environment, and the engine account's limits shared through Redis (`--redis`), if any. `engines`: those of a command that normalizes again (another engine for
 * `check`, a story's recorded flags for `import`), so one engine object serves all its jobs.
 */
export function normalizeRunCommand(
  inputs: readonly string[],
  raw: RawRunOptions,
  env: NodeJS.ProcessEnv,
  demand: RunDemand = { targetLangs: 'required' },
  given?: CommandEngines,
): { options: RunCommandOptions; engines: CommandEngines; sharedLimits?: SharedLimitsSettings } {
  if (inputs.length === 0) throw new UsageError('no input story given', { hint: 'wire-l10n run STORY.txt --to fr,ar' });
  const targetLangs = languageList(splitList(raw.to ?? []));
  if (targetLangs.length === 0 && demand.targetLangs === 'required') {
    throw new UsageError('no target language given', { hint: 'add --to fr,ar' });
  }
  const config = readProjectConfig(raw.config);
  const engines = given ?? commandEngines(env, raw.deeplServerUrl, config);
  const { settings: engine, note } = engines.choose(raw.engine, demand.engineKey ?? 'required');
  const sizeLimits = config.xliff?.sizeLimits;
  const retry = { ...config.retry, ...(raw.maxWait === undefined ? {} : { maxWaitMs: duration('--max-wait', raw.maxWait) }) };
  const options: RunCommandOptions = {
    inputs,
    targetLangs,
    outDir: raw.out,
    localesDir: raw.locales,
    glossaryPath: raw.glossary,
    engine,
    xliffVersions: xliffVersionList(splitList(raw.xliff)),
    ...(sizeLimits === undefined ? {} : { xliffSizeLimits: sizeLimits }),
    ...(config.houseStyle === undefined ? {} : { houseStyle: config.houseStyle }),
    ...(config.embargo?.engines === undefined ? {} : { embargoEngines: config.embargo.engines }),
    allowPartial: raw.allowPartial === true,
    review: raw.review !== false,
    bundleFormat: bundleFormatOf(raw.bundleFormat),
    ...(raw.format === undefined || raw.format === 'auto' ? {} : { format: formatChoiceOf(raw.format) }),
    concurrency: positiveInteger('--concurrency', raw.concurrency),
    ...(raw.window === undefined ? {} : { windowSize: positiveInteger('--window', raw.window) }),
    fuzzyThreshold: percentage('--fuzzy-threshold', raw.fuzzyThreshold),
    ...(raw.dryRun ? { dryRun: true } : {}),
    ...(raw.maxChars === undefined ? {} : { maxCharacters: positiveInteger('--max-chars', raw.maxChars) }),
    ...(raw.maxRate === undefined ? {} : { maxRequestsPerSecond: positiveNumber('--max-rate', raw.maxRate) }),
    ...(Object.keys(retry).length === 0 ? {} : { retry }),
    ...(raw.store === undefined ? {} : { storePath: raw.store }),
    json: raw.json === true,
    quiet: raw.quiet === true,
    ...(note === undefined ? {} : { engineNote: note }),
    ...(raw.failOn === undefined ? {} : { failOn: failOnSeverity(raw.failOn) }),
  };
  const sharedLimits = sharedLimitsSettings(raw, env, {
    ...(options.maxRequestsPerSecond === undefined ? {} : { maxRequestsPerSecond: options.maxRequestsPerSecond }),
    ...(options.maxCharacters === undefined ? {} : { maxCharacters: options.maxCharacters }),
    ...(config.deepl?.maxConcurrentRequests === undefined ? {} : { maxConcurrentRequests: config.deepl.maxConcurrentRequests }),
  });
  return { options, engines, ...(sharedLimits === undefined ? {} : { sharedLimits }) };
}

/** "fr,ar" and repeated flags alike become one list, in order, without duplicates. */
export function splitList(values: readonly string[]): string[] {
  const items = values.flatMap((value) => value.split(',')).map((item) => item.trim()).filter(Boolean);
  return [...new Set(items)];
}

/** Language tags in their canonical spelling, each once: `fr,FR` is one language. */
export function languageList(tags: readonly string[]): LanguageTag[] {
  const canonical = tags.map((tag) => {
    const spelled = canonicalLanguageTag(tag);
    if (spelled === undefined) throw new UsageError(`"${tag}" is not a language tag`, { hint: 'use BCP 47 tags such as fr, ar, fr-CA' });
    return spelled;
  });
  return [...new Set(canonical)];
}

function xliffVersionList(values: readonly string[]): XliffVersion[] {
  return values.map((value) => {
    const version = xliffVersions.find((known) => known === value);
    if (!version) {
      throw new UsageError(`unknown XLIFF version "${value}"`, { hint: `known versions: ${xliffVersions.join(', ')}` });
    }
    return version;
  });
}

function formatChoiceOf(value: string): SourceFormat {
  const format = sourceFormats.find((known) => known === value);
  if (!format) throw new UsageError(`--format expects auto, ${sourceFormats.join(', ')}, got "${value}"`);
  return format;
}

function bundleFormatOf(value: string | undefined): BundleFormat {
  const format = bundleFormats.find((known) => known === (value ?? runDefaults.bundleFormat));
  if (!format) throw new UsageError(`--bundle-format expects ${bundleFormats.join(' or ')}, got "${value}"`);
  return format;
}

export function positiveInteger(flag: string, value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number < 1) {
    throw new UsageError(`${flag} expects a whole number of at least 1, got "${value}"`);
  }
  return number;
}

function percentage(flag: string, value: string): number {
  const number = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || number <= 0 || number > 100) {
    throw new UsageError(`${flag} expects a similarity above 0 and at most 100, got "${value}"`);
  }
  return number;
}

export function failOnSeverity(value: string): FailOn {
  const severity = failOnSeverities.find((known) => known === value);
  if (!severity) throw new UsageError(`--fail-on expects ${failOnSeverities.join(' or ')}, got "${value}"`);
  return severity;
}

export function outputKindList(values: readonly string[]): OutputKind[] {
  return values.map((value) => {
    const kind = outputKinds.find((known) => known === value);
    if (!kind) throw new UsageError(`unknown output kind "${value}"`, { hint: `known kinds: ${outputKinds.join(', ')}` });
    return kind;
  });
}

const durationUnits: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** "90" (seconds), "500ms", "30s", "10m", "1h" → milliseconds. */
export function duration(flag: string, value: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/u.exec(value.trim());
  const ms = match ? Math.round(Number(match[1]) * durationUnits[match[2] ?? 's']!) : Number.NaN;
  if (!Number.isSafeInteger(ms)) {
    throw new UsageError(`${flag} expects a duration such as 90 (seconds), 30s, 10m or 500ms, got "${value}"`);
  }
  return ms;
}

/** A duration above zero (a lock or a check interval of 0 ms would mean none). */
export function positiveDuration(flag: string, value: string): number {
  const ms = duration(flag, value);
  if (ms < 1) throw new UsageError(`${flag} expects a duration above 0, got "${value}"`);
  return ms;
}

export function positiveNumber(flag: string, value: string): number {
  const number = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || number <= 0) {
    throw new UsageError(`${flag} expects a number above 0, got "${value}"`);
  }
  return number;
}

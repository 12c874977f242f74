import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProjectConfig } from '../../src/cli/config.js';
import { exitCodes } from '../../src/cli/exit-codes.js';
import { WireL10nError } from '../../src/errors.js';
import { normalizeRunOptions } from '../../src/cli/options.js';
import { rawRunOptions } from '../helpers/run-options.js';

async function configFile(content: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'wire-l10n-config-')), 'wire-l10n.json');
  await writeFile(path, content);
  return path;
}

const raw = (config: string) => rawRunOptions({ config });

describe('the project configuration', () => {
  it('reads DeepL options per language into the engine (and so into its cache key)', async () => {
    const path = await configFile(JSON.stringify({ deepl: { languages: { fr: { formality: 'prefer_more', context: true } }, timeoutMs: 5000 } }));
    expect(readProjectConfig(path)).toEqual({ deepl: { languages: { fr: { formality: 'prefer_more', context: true } }, timeoutMs: 5000 } });
    const options = normalizeRunOptions(['a.txt'], raw(path), { DEEPL_AUTH_KEY: 'k:fx' });
    expect(JSON.stringify(options.engine.options)).toContain('prefer_more');
  });

  it('is optional when not named, required when named', () => {
    expect(readProjectConfig(undefined)).toEqual({});
    expect(() => readProjectConfig('/nonexistent/wire-l10n.json')).toThrowError(/no such configuration file/);
  });

  it.each([
    ['{ "deepl": ', /not valid JSON/],
    ['{ "deepel": {} }', /deepel: unknown setting/],
    ['{ "deepl": { "languages": { "fr": { "formalty": "more" } } } }', /deepl\.languages\.fr\.formalty: unknown setting/],
    ['{ "deepl": { "timeoutMs": -1 } }', /deepl\.timeoutMs: expected a whole number/],
  ])('refuses %s with the file and the setting named', async (content, message) => {
    const path = await configFile(content);
    expect(() => readProjectConfig(path)).toThrowError(message);
    expect(() => readProjectConfig(path)).toThrowError(path);
  });

  it('reads the XLIFF size limits and hands them to the job', async () => {
    const path = await configFile(JSON.stringify({ xliff: { sizeLimits: { headline: 90, caption: 200 } } }));
    expect(readProjectConfig(path)).toEqual({ xliff: { sizeLimits: { headline: 90, caption: 200 } } });
    const options = normalizeRunOptions(['a.txt'], raw(path), {});
    expect(options.xliffSizeLimits).toEqual({ headline: 90, caption: 200 });
  });

  it('reads the retry backoff and attempts, and --max-wait joins them', async () => {
    const path = await configFile(JSON.stringify({ retry: { maxAttempts: 3, baseDelayMs: 20, maxDelayMs: 200 } }));
    expect(normalizeRunOptions(['a.txt'], raw(path), {}).retry).toEqual({ maxAttempts: 3, baseDelayMs: 20, maxDelayMs: 200 });
    const withWait = normalizeRunOptions(['a.txt'], { ...raw(path), maxWait: '2s' }, {});
    expect(withWait.retry).toEqual({ maxAttempts: 3, baseDelayMs: 20, maxDelayMs: 200, maxWaitMs: 2000 });
  });

  it.each([
    ['{ "retry": 5 }', /retry: expected an object/],
    ['{ "retry": { "maxWait": 5 } }', /retry\.maxWait: unknown setting \(known: maxAttempts, baseDelayMs, maxDelayMs\)/],
    ['{ "retry": { "maxAttempts": 0 } }', /retry\.maxAttempts: expected a whole number of attempts, at least 1, got 0/],
    ['{ "retry": { "baseDelayMs": 1.5 } }', /retry\.baseDelayMs: expected a whole number of milliseconds, at least 0, got 1\.5/],
  ])('refuses the retry setting %s with the file and the setting named', async (content, message) => {
    const path = await configFile(content);
    expect(() => readProjectConfig(path)).toThrowError(message);
    expect(() => readProjectConfig(path)).toThrowError(path);
  });

  it('reads the engines an embargoed story may go to, and refuses an unknown engine or a non-list by their key path', async () => {
    const path = await configFile(JSON.stringify({ embargo: { engines: ['pseudo'] } }));
    expect(normalizeRunOptions(['a.txt'], raw(path), {}).embargoEngines).toEqual(['pseudo']);
    expect(normalizeRunOptions(['a.txt'], rawRunOptions({}), {}).embargoEngines).toBeUndefined();
    const unknown = await configFile(JSON.stringify({ embargo: { engines: ['none', 'google'] } }));
    expect(() => readProjectConfig(unknown)).toThrowError(/embargo\.engines\.1: expected one of none, pseudo, deepl, got "google"/);
    const notList = await configFile(JSON.stringify({ embargo: { engines: 'none' } }));
    expect(() => readProjectConfig(notList)).toThrowError(/embargo\.engines: expected a list of engine names, got "none"/);
    const extra = await configFile(JSON.stringify({ embargo: { until: 'x' } }));
    expect(() => readProjectConfig(extra)).toThrowError(/embargo\.until: unknown setting \(known: engines\)/);
  });

  it('sets no size limits when the configuration has none', async () => {
    const path = await configFile(JSON.stringify({ deepl: { timeoutMs: 5000 } }));
    expect(normalizeRunOptions(['a.txt'], raw(path), {})).not.toHaveProperty('xliffSizeLimits');
  });

  it.each([
    ['{ "xliff": [] }', /xliff: expected an object/],
    ['{ "xliff": { "sizeLimit": { "headline": 90 } } }', /xliff\.sizeLimit: unknown setting \(known: sizeLimits\)/],
    ['{ "xliff": { "sizeLimits": [90] } }', /xliff\.sizeLimits: expected an object keyed by block kind \(headline, standfirst, caption, subhead, paragraph\)/],
    ['{ "xliff": { "sizeLimits": { "title": 90 } } }', /xliff\.sizeLimits\.title: unknown block kind \(known: headline, standfirst, caption, subhead, paragraph\)/],
    ['{ "xliff": { "sizeLimits": { "headline": 0 } } }', /xliff\.sizeLimits\.headline: expected a whole number of characters, at least 1, got 0/],
    ['{ "xliff": { "sizeLimits": { "headline": -5 } } }', /xliff\.sizeLimits\.headline: expected a whole number of characters, at least 1, got -5/],
    ['{ "xliff": { "sizeLimits": { "headline": 90.5 } } }', /xliff\.sizeLimits\.headline: expected a whole number of characters, at least 1, got 90\.5/],
    ['{ "xliff": { "sizeLimits": { "headline": "90" } } }', /xliff\.sizeLimits\.headline: expected a whole number of characters, at least 1, got "90"/],
    ['{ "xliff": { "sizeLimits": { "headline": null } } }', /xliff\.sizeLimits\.headline: expected a whole number of characters, at least 1, got null/],
    ['{ "xlif": {} }', /xlif: unknown setting \(known: deepl, xliff, houseStyle, retry, embargo\)/],
  ])('refuses the XLIFF setting %s with the file and the setting named', async (content, message) => {
    const path = await configFile(content);
    expect(() => readProjectConfig(path)).toThrowError(message);
    expect(() => readProjectConfig(path)).toThrowError(path);
    expect(() => normalizeRunOptions(['a.txt'], raw(path), {})).toThrowError(message);
  });

  it('refuses formality for Arabic, which DeepL would answer with a 400', async () => {
    const path = await configFile(JSON.stringify({ deepl: { languages: { ar: { formality: 'more' } } } }));
    expect(() => normalizeRunOptions(['a.txt'], raw(path), { DEEPL_AUTH_KEY: 'k:fx' })).toThrowError(/deepl: .*ar/);
  });

  /** The error `readProjectConfig` throws for `value`, written to a file as JSON. */
  async function refusal(value: unknown): Promise<{ error: WireL10nError; path: string }> {
    const path = await configFile(JSON.stringify(value));
    try {
      readProjectConfig(path);
    } catch (error) {
      if (error instanceof WireL10nError) return { error, path };
      throw error;
    }
    throw new Error(`${JSON.stringify(value)} was accepted`);
  }

  it.each([
    [{ engine: 'deepl' }, 'engine: unknown setting (known: deepl, xliff, houseStyle, retry, embargo)'],
    [{ deepl: { languages: { ar: { glossary: 'id' } } } }, 'deepl.languages.ar.glossary: unknown setting (known: formality, modelType, context)'],
    [{ deepl: { serverUrl: 'http://x' } }, 'deepl.serverUrl: unknown setting (known: languages, timeoutMs, maxConcurrentRequests)'],
    [{ retry: { maxWaitMs: 1000 } }, 'retry.maxWaitMs: unknown setting (known: maxAttempts, baseDelayMs, maxDelayMs)'],
    [{ houseStyle: { ar: { rules: { kashida: 'off' } } } }, 'houseStyle.ar.rules.kashida: unknown rule (known: tatweel, mixed-digits, '],
    [{ houseStyle: { 'fr-CA': {} } }, 'houseStyle.fr-CA: unknown language (known: fr, ar)'],
  ])('refuses the unknown key in %j at any depth, listing the known ones', async (value, message) => {
    const { error, path } = await refusal(value);
    expect(error.message).toContain(`${path}: ${message}`);
  });

  it.each([
    [{ deepl: { languages: { fr: { context: 'yes' } } } }, 'deepl.languages.fr.context: expected true or false, got "yes"'],
    [{ deepl: { timeoutMs: '5000' } }, 'deepl.timeoutMs: expected a whole number of milliseconds, at least 1, got "5000"'],
    [{ deepl: { languages: ['fr'] } }, 'deepl.languages: expected an object keyed by language (fr, ar), got ["fr"]'],
    [{ houseStyle: { fr: { rules: ['apostrophe'] } } }, 'houseStyle.fr.rules: expected an object keyed by rule (quote-style, '],
    [{ houseStyle: { ar: null } }, 'houseStyle.ar: expected an object, got null'],
    [[], 'top level: expected an object, got []'],
    [null, 'top level: expected an object, got null'],
  ])('refuses the wrong type in %j, saying what is expected', async (value, message) => {
    const { error, path } = await refusal(value);
    expect(error.message).toContain(`${path}: ${message}`);
  });

  it.each([
    [{ deepl: { languages: { fr: { formality: 'formal' } } } }, 'deepl.languages.fr.formality: expected one of less, more, default, prefer_less, prefer_more, got "formal"'],
    [{ deepl: { languages: { ar: { modelType: 'fast' } } } }, 'deepl.languages.ar.modelType: expected one of quality_optimized, latency_optimized, prefer_quality_optimized, got "fast"'],
    [{ houseStyle: { ar: { digits: 'persian' } } }, 'houseStyle.ar.digits: expected one of latn, arab, got "persian"'],
    [{ houseStyle: { ar: { digits: 'ARAB' } } }, 'houseStyle.ar.digits: expected one of latn, arab, got "ARAB"'],
    [{ houseStyle: { fr: { rules: { apostrophe: 'warn' } } } }, 'houseStyle.fr.rules.apostrophe: expected "error", "warning", "info", "off", true or false, got "warn"'],
  ])('refuses the value outside its list in %j, listing the allowed values', async (value, message) => {
    const { error, path } = await refusal(value);
    expect(error.message).toContain(`${path}: ${message}`);
  });

  it.each([
    [{ retry: { maxAttempts: 0 } }, 'retry.maxAttempts: expected a whole number of attempts, at least 1, got 0'],
    [{ retry: { maxDelayMs: -1 } }, 'retry.maxDelayMs: expected a whole number of milliseconds, at least 0, got -1'],
    [{ deepl: { timeoutMs: 0 } }, 'deepl.timeoutMs: expected a whole number of milliseconds, at least 1, got 0'],
    [{ xliff: { sizeLimits: { paragraph: 2 ** 60 } } }, 'xliff.sizeLimits.paragraph: expected a whole number of characters, at least 1, got 1152921504606847000'],
  ])('refuses the number out of range in %j', async (value, message) => {
    const { error, path } = await refusal(value);
    expect(error.message).toContain(`${path}: ${message}`);
  });

  it('accepts the bounds themselves', async () => {
    const bounds = { deepl: { timeoutMs: 1 }, xliff: { sizeLimits: { paragraph: 1 } }, retry: { maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 0 } };
    expect(readProjectConfig(await configFile(JSON.stringify(bounds)))).toEqual(bounds);
  });

  it('names every problem of the file at once, each with the file, as a usage error (exit 2)', async () => {
    const { error, path } = await refusal({ xlif: {}, retry: { maxAttempts: 0 }, houseStyle: { ar: { months: 'gregorian' } } });
    expect(error.message.split('\n')).toEqual([
      `${path}: houseStyle.ar.months: expected one of egyptian, levantine, paired, got "gregorian"`,
      `${path}: retry.maxAttempts: expected a whole number of attempts, at least 1, got 0`,
      `${path}: xlif: unknown setting (known: deepl, xliff, houseStyle, retry, embargo)`,
    ]);
    expect(error.code).toBe('E_USAGE');
    expect(exitCodes[error.code]).toBe(2);
  });

  it('cuts a long wrong value short in the message', async () => {
    const { error } = await refusal({ houseStyle: { ar: { digits: 'x'.repeat(10_000) } } });
    expect(error.message).toMatch(/got "x{38}…$/);
  });

  it('reads a full configuration as written, and the run options get the same settings as before', async () => {
    const full = {
      deepl: { languages: { fr: { formality: 'prefer_more', modelType: 'quality_optimized', context: true }, ar: { modelType: 'latency_optimized', context: false } }, timeoutMs: 5000 },
      xliff: { sizeLimits: { headline: 90, standfirst: 250, caption: 200, paragraph: 1200 } },
      houseStyle: { fr: { rules: { 'time-format': 'error', apostrophe: false, abbreviation: true } }, ar: { digits: 'arab', months: 'levantine', rules: { tatweel: 'off', 'mixed-digits': 'info' } } },
      retry: { maxAttempts: 3, baseDelayMs: 0, maxDelayMs: 200 },
    };
    const path = await configFile(JSON.stringify(full));
    expect(readProjectConfig(path)).toEqual(full);
    const options = normalizeRunOptions(['a.txt'], raw(path), { DEEPL_AUTH_KEY: 'k:fx' });
    expect(options.xliffSizeLimits).toEqual(full.xliff.sizeLimits);
    expect(options.houseStyle).toEqual(full.houseStyle);
    expect(options.retry).toEqual(full.retry);
    expect(options.engine.options).toMatchObject({ 'fr.formality': 'prefer_more', 'fr.modelType': 'quality_optimized', 'fr.context': true, 'ar.modelType': 'latency_optimized' });
    expect(options.engine.options).not.toHaveProperty(['ar.context']);
  });
});

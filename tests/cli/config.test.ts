import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProjectConfig } from '../../src/cli/config.js';
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
    ['{ "retry": { "maxAttempts": 0 } }', /retry\.maxAttempts: expected a whole number of at least 1/],
    ['{ "retry": { "baseDelayMs": 1.5 } }', /retry\.baseDelayMs: expected a whole number of at least 0 \(milliseconds\)/],
  ])('refuses the retry setting %s with the file and the setting named', async (content, message) => {
    const path = await configFile(content);
    expect(() => readProjectConfig(path)).toThrowError(message);
    expect(() => readProjectConfig(path)).toThrowError(path);
  });

  it('sets no size limits when the configuration has none', async () => {
    const path = await configFile(JSON.stringify({ deepl: { timeoutMs: 5000 } }));
    expect(normalizeRunOptions(['a.txt'], raw(path), {})).not.toHaveProperty('xliffSizeLimits');
  });

  it.each([
    ['{ "xliff": [] }', /xliff: expected an object/],
    ['{ "xliff": { "sizeLimit": { "headline": 90 } } }', /xliff\.sizeLimit: unknown setting \(known: sizeLimits\)/],
    ['{ "xliff": { "sizeLimits": [90] } }', /xliff\.sizeLimits: expected an object keyed by block kind \(headline, standfirst, caption, paragraph\)/],
    ['{ "xliff": { "sizeLimits": { "title": 90 } } }', /xliff\.sizeLimits\.title: unknown block kind \(known: headline, standfirst, caption, paragraph\)/],
    ['{ "xliff": { "sizeLimits": { "headline": 0 } } }', /xliff\.sizeLimits\.headline: expected a whole number of characters, at least 1, got 0/],
    ['{ "xliff": { "sizeLimits": { "headline": -5 } } }', /xliff\.sizeLimits\.headline: expected a whole number of characters, at least 1, got -5/],
    ['{ "xliff": { "sizeLimits": { "headline": 90.5 } } }', /xliff\.sizeLimits\.headline: expected a whole number of characters, at least 1, got 90\.5/],
    ['{ "xliff": { "sizeLimits": { "headline": "90" } } }', /xliff\.sizeLimits\.headline: expected a whole number of characters, at least 1, got "90"/],
    ['{ "xliff": { "sizeLimits": { "headline": null } } }', /xliff\.sizeLimits\.headline: expected a whole number of characters, at least 1, got null/],
    ['{ "xlif": {} }', /xlif: unknown setting \(known: deepl, xliff, houseStyle, retry\)/],
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
});

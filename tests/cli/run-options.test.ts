import { describe, expect, it } from 'vitest';
import { normalizeRunOptions } from '../../src/cli/options.js';
import { rawRunOptions } from '../helpers/run-options.js';
import { UsageError } from '../../src/errors.js';

const raw = rawRunOptions;

describe('run options', () => {
  it.each([
    [{ to: ['fr,ar'] }, ['fr', 'ar']],
    [{ to: ['fr', 'ar', 'fr'] }, ['fr', 'ar']],
    [{ to: [' fr , fr-ca '] }, ['fr', 'fr-CA']],
    [{ to: ['fr,FR', 'fr-ca,FR-CA'] }, ['fr', 'fr-CA']],
  ])('normalizes %j into target languages %j', (patch, expected) => {
    expect(normalizeRunOptions(['story.txt'], raw(patch), {}).targetLangs).toEqual(expected);
  });

  it('splits XLIFF versions and keeps the defaults', () => {
    const options = normalizeRunOptions(['a.txt'], raw({ xliff: ['1.2,2.1'] }), {});
    expect(options.xliffVersions).toEqual(['1.2', '2.1']);
    expect(options.outDir).toBe('out');
    expect(options.localesDir).toBe('locales');
    expect(options.concurrency).toBe(4);
    expect(options.allowPartial).toBe(false);
    expect(options.fuzzyThreshold).toBe(75);
    expect(options.storePath).toBeUndefined();
  });

  it('takes a dry run, a character budget and a request rate', () => {
    const options = normalizeRunOptions(['a.txt'], raw({ dryRun: true, maxChars: '50000', maxRate: '2.5' }), {});
    expect(options).toMatchObject({ dryRun: true, maxCharacters: 50000, maxRequestsPerSecond: 2.5 });
  });

  it('uses the none engine without a key and says why', () => {
    const options = normalizeRunOptions(['a.txt'], raw(), {});
    expect(options.engine.name).toBe('none');
    expect(options.engineNote).toMatch(/no DEEPL_AUTH_KEY/);
  });

  it('uses DeepL when a key is set, at the server DEEPL_SERVER_URL names, never showing the key', () => {
    const options = normalizeRunOptions(['a.txt'], raw(), { DEEPL_AUTH_KEY: 'secret-key:fx', DEEPL_SERVER_URL: 'http://127.0.0.1:9/' });
    expect(options.engine.name).toBe('deepl');
    expect(options.engineNote).toBeUndefined();
    expect(JSON.stringify(options.engine.options)).toContain('127.0.0.1:9');
    expect(JSON.stringify(options.engine.options)).not.toContain('secret-key');
  });

  it('lets --deepl-server-url win over DEEPL_SERVER_URL, and --engine over the key', () => {
    const env = { DEEPL_AUTH_KEY: 'k:fx', DEEPL_SERVER_URL: 'http://127.0.0.1:9/' };
    const flagged = normalizeRunOptions(['a.txt'], raw({ deeplServerUrl: 'http://127.0.0.1:10/' }), env);
    expect(JSON.stringify(flagged.engine.options)).toContain('127.0.0.1:10');
    expect(normalizeRunOptions(['a.txt'], raw({ engine: 'pseudo' }), env).engine.name).toBe('pseudo');
  });

  it('refuses --engine deepl without a key, saying what to set', () => {
    expect(() => normalizeRunOptions(['a.txt'], raw({ engine: 'deepl' }), {})).toThrowError(/needs an API key/);
  });

  it('takes an explicit engine without a note', () => {
    const options = normalizeRunOptions(['a.txt'], raw({ engine: 'pseudo' }), {});
    expect(options.engine.name).toBe('pseudo');
    expect(options.engineNote).toBeUndefined();
  });

  it.each([
    [[], raw(), /no input story/],
    [['a.txt'], raw({ to: [] }), /no target language/],
    [['a.txt'], raw({ to: ['fr,!!'] }), /not a language tag/],
    [['a.txt'], raw({ xliff: ['1.3'] }), /unknown XLIFF version "1.3"/],
    [['a.txt'], raw({ concurrency: '0' }), /--concurrency expects a whole number/],
    [['a.txt'], raw({ concurrency: '2.5' }), /--concurrency/],
    [['a.txt'], raw({ engine: 'google' }), /unknown engine "google"/],
    [['a.txt'], raw({ fuzzyThreshold: '0' }), /--fuzzy-threshold expects a similarity above 0/],
    [['a.txt'], raw({ maxChars: '-5' }), /--max-chars expects a whole number/],
    [['a.txt'], raw({ maxRate: '0' }), /--max-rate expects a number above 0/],
    [['a.txt'], raw({ fuzzyThreshold: '101' }), /--fuzzy-threshold/],
  ])('rejects bad input %#', (inputs, options, message) => {
    expect(() => normalizeRunOptions(inputs, options, {})).toThrowError(UsageError);
    expect(() => normalizeRunOptions(inputs, options, {})).toThrowError(message);
  });
});

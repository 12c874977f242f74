import { describe, expect, it } from 'vitest';
import { normalizeRunCommand, normalizeRunOptions } from '../../src/cli/options.js';
import { rawRunOptions } from '../helpers/run-options.js';
import { UsageError } from '../../src/errors.js';
import type { EngineBatch } from '../../src/mt/engine.js';
import { glossaryOf, segmentOf } from '../helpers/builders.js';
import { fakeDeepLPerTest } from '../helpers/fake-deepl/per-test.js';

const raw = rawRunOptions;
const authKey = 'options-test-key:fx';
const fake = fakeDeepLPerTest({ authKey });
const oneSegment: EngineBatch = { sourceLang: 'en', targetLang: 'fr', segments: [segmentOf('Two dead')] };

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
    expect(options.review).toBe(true);
    expect(normalizeRunOptions(['a.txt'], raw({ review: false }), {}).review).toBe(false);
    expect(options.fuzzyThreshold).toBe(75);
    expect(options.storePath).toBeUndefined();
  });

  it('takes --window as the stories per window, and refuses a window of no stories', () => {
    expect(normalizeRunOptions(['a.txt'], raw(), {}).windowSize).toBeUndefined();
    expect(normalizeRunOptions(['a.txt'], raw({ window: '8' }), {}).windowSize).toBe(8);
    expect(() => normalizeRunOptions(['a.txt'], raw({ window: '0' }), {})).toThrow(/--window/);
  });

  it('writes plain bundles unless told icu, and refuses another bundle format', () => {
    expect(normalizeRunOptions(['a.txt'], raw(), {}).bundleFormat).toBe('plain');
    expect(normalizeRunOptions(['a.txt'], raw({ bundleFormat: 'icu' }), {}).bundleFormat).toBe('icu');
    expect(() => normalizeRunOptions(['a.txt'], raw({ bundleFormat: 'ICU-MessageFormat' }), {})).toThrow(UsageError);
    expect(() => normalizeRunOptions(['a.txt'], raw({ bundleFormat: 'ICU-MessageFormat' }), {})).toThrow(/--bundle-format expects plain or icu, got "ICU-MessageFormat"/);
  });

  it('reads stories by content unless --format names one, and refuses an unknown format', () => {
    expect(normalizeRunOptions(['a.txt'], raw(), {}).format).toBeUndefined();
    expect(normalizeRunOptions(['a.txt'], raw({ format: 'auto' }), {}).format).toBeUndefined();
    expect(normalizeRunOptions(['a.xml'], raw({ format: 'nitf' }), {}).format).toBe('nitf');
    expect(() => normalizeRunOptions(['a.xml'], raw({ format: 'newsml' }), {})).toThrow(/--format expects auto, text, ninjs, nitf, html, got "newsml"/);
  });

  it('takes a dry run, a character budget and a request rate', () => {
    const options = normalizeRunOptions(['a.txt'], raw({ dryRun: true, maxChars: '50000', maxRate: '2.5' }), {});
    expect(options).toMatchObject({ dryRun: true, maxCharacters: 50000, maxRequestsPerSecond: 2.5 });
  });

  it.each([
    ['90', 90_000],
    ['30s', 30_000],
    ['10m', 600_000],
    ['1h', 3_600_000],
    ['500ms', 500],
    ['0', 0],
  ])('reads --max-wait %s as %i ms', (maxWait, ms) => {
    expect(normalizeRunOptions(['a.txt'], raw({ maxWait }), {}).retry).toEqual({ maxWaitMs: ms });
  });

  it.each(['', '10 minutes', '-5s', '1d', 'soon'])('refuses --max-wait "%s" naming the flag', (maxWait) => {
    expect(() => normalizeRunOptions(['a.txt'], raw({ maxWait }), {})).toThrowError(/--max-wait expects a duration/);
  });

  it('leaves the retry policy at its defaults without --max-wait', () => {
    expect(normalizeRunOptions(['a.txt'], raw(), {})).not.toHaveProperty('retry');
  });

  it('uses the none engine without a key and says why', () => {
    const options = normalizeRunOptions(['a.txt'], raw(), {});
    expect(options.engine.name).toBe('none');
    expect(options.engineNote).toMatch(/no DEEPL_AUTH_KEY/);
  });

  it('uses DeepL when a key is set, at the server DEEPL_SERVER_URL names, never showing the key', async () => {
    const server = await fake();
    const { options, engines } = normalizeRunCommand(['a.txt'], raw(), { DEEPL_AUTH_KEY: authKey, DEEPL_SERVER_URL: server.url });
    expect(options.engine.name).toBe('deepl');
    expect(options.engineNote).toBeUndefined();
    await engines.engine(options.engine).translateBatch(oneSegment, { glossary: glossaryOf() });
    expect(server.log.map((request) => request.path)).toEqual(['/v2/translate']);
    expect(JSON.stringify(options)).not.toContain(authKey);
  });

  it('lets --deepl-server-url win over DEEPL_SERVER_URL, and --engine over the key', async () => {
    const server = await fake();
    const env = { DEEPL_AUTH_KEY: authKey, DEEPL_SERVER_URL: 'http://127.0.0.1:9/' };
    const flagged = normalizeRunCommand(['a.txt'], raw({ deeplServerUrl: server.url }), env);
    await flagged.engines.engine(flagged.options.engine).translateBatch(oneSegment, { glossary: glossaryOf() });
    expect(server.log.map((request) => request.path)).toEqual(['/v2/translate']);
    expect(normalizeRunOptions(['a.txt'], raw({ engine: 'pseudo' }), env).engine.name).toBe('pseudo');
  });

  it('gives check, which never sends, DeepL without a key: the same cache options, and no request possible', async () => {
    const config = raw({ engine: 'deepl' });
    const keyless = normalizeRunCommand(['a.txt'], config, {}, { targetLangs: 'required', engineKey: 'not-needed' });
    const keyed = normalizeRunCommand(['a.txt'], config, { DEEPL_AUTH_KEY: authKey });
    expect(keyless.options.engine).toEqual({ name: 'deepl', origin: 'mt', offline: false, options: keyed.options.engine.options });
    const engine = keyless.engines.engine(keyless.options.engine);
    expect(engine.limits).toEqual(keyed.engines.engine(keyed.options.engine).limits);
    await expect(engine.translateBatch(oneSegment, { glossary: glossaryOf() })).rejects.toMatchObject({ kind: 'auth' });
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

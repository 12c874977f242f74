/**
 * A job's options as the CLI builds them are plain data (a queue can carry them as JSON) and hold
 * no secret; the live engine comes from the command's engines, one object per engine settings.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { regenerateOptions } from '../../src/cli/commands/import.js';
import { normalizeRunCommand } from '../../src/cli/options.js';
import { UsageError } from '../../src/errors.js';
import type { RunSettings } from '../../src/store/store.js';
import { rawRunOptions } from '../helpers/run-options.js';

const authKey = 'job-options-secret:fx';
const env = { DEEPL_AUTH_KEY: authKey, DEEPL_SERVER_URL: 'http://127.0.0.1:9/' };

/** A project configuration with every section a job reads, DeepL context included (a function in the engine). */
async function projectConfig(): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'wire-l10n-job-options-')), 'wire-l10n.json');
  await writeFile(
    path,
    JSON.stringify({
      deepl: { languages: { fr: { formality: 'prefer_more', context: true } }, timeoutMs: 5000 },
      xliff: { sizeLimits: { headline: 80 } },
      houseStyle: { ar: { digits: 'arab' } },
      retry: { maxAttempts: 3 },
      embargo: { engines: ['pseudo'] },
    }),
  );
  return path;
}

/** The options go through JSON unchanged, and the key is nowhere in them. */
function expectPlainData(options: object): void {
  expect(JSON.parse(JSON.stringify(options))).toStrictEqual(options);
  expect(JSON.stringify(options)).not.toContain(authKey);
}

describe('job options built by the CLI', () => {
  it('are plain data without the key for run (DeepL with context, every config section) and for check', async () => {
    const raw = rawRunOptions({ config: await projectConfig(), maxWait: '30s', maxRate: '2', window: '8' });
    const run = normalizeRunCommand(['a.txt'], raw, env);
    expect(run.options.engine).toMatchObject({ name: 'deepl', origin: 'mt', offline: false });
    expectPlainData(run.options);
    const check = normalizeRunCommand(['a.txt'], rawRunOptions({ config: raw.config, engine: 'deepl' }), {}, { targetLangs: 'required', engineKey: 'not-needed' });
    expectPlainData(check.options);
    expect(check.options.engine).toStrictEqual(run.options.engine);
    expectPlainData(normalizeRunCommand(['a.txt'], rawRunOptions(), {}).options);
  });

  it('are plain data without the key for the stories import regenerates, as run recorded them and with typed flags', async () => {
    const config = await projectConfig();
    const typed = normalizeRunCommand(['fr.xlf'], rawRunOptions({ config, to: [] }), env, { targetLangs: 'optional' });
    const regenerate = regenerateOptions(
      { files: ['fr.xlf'], raw: rawRunOptions({ config, allowPartial: true }), explicit: new Set(['allowPartial']), env },
      typed.engines,
    );
    const recorded: RunSettings = {
      targetLangs: ['fr', 'ar'],
      xliffVersions: ['2.1'],
      engine: 'deepl',
      allowPartial: false,
      fuzzyThreshold: 80,
      outDir: 'published',
      localesDir: 'i18n',
      glossaryPath: 'terms',
    };
    const options = regenerate(recorded, ['fr']);
    expectPlainData(options);
    expect(options).toMatchObject({ targetLangs: ['fr', 'ar'], xliffVersions: ['2.1'], engine: { name: 'deepl' }, allowPartial: true, outDir: 'published' });
    expect(regenerate(recorded, ['ar'])).toBe(options);
    expectPlainData(regenerate(undefined, ['fr']));
  });
});

describe('the command engines', () => {
  it('give one live engine per settings, for the settings as chosen or as read back from JSON', () => {
    const { options, engines } = normalizeRunCommand(['a.txt'], rawRunOptions(), env);
    const engine = engines.engine(options.engine);
    expect(engine.name).toBe('deepl');
    expect(engines.engine(JSON.parse(JSON.stringify(options.engine)))).toBe(engine);
    expect(normalizeRunCommand(['b.txt'], rawRunOptions(), env, undefined, engines).engines.engine(options.engine)).toBe(engine);
  });

  it('build an engine for settings they were not asked to choose, and refuse settings their environment does not make', () => {
    const { engines } = normalizeRunCommand(['a.txt'], rawRunOptions(), env);
    expect(engines.engine({ name: 'pseudo', options: {}, origin: 'pseudo', offline: true }).name).toBe('pseudo');
    expect(() => engines.engine({ name: 'deepl', options: { 'fr.formality': 'less' }, origin: 'mt', offline: false })).toThrowError(UsageError);
  });
});

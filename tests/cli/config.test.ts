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

  it('refuses formality for Arabic, which DeepL would answer with a 400', async () => {
    const path = await configFile(JSON.stringify({ deepl: { languages: { ar: { formality: 'more' } } } }));
    expect(() => normalizeRunOptions(['a.txt'], raw(path), { DEEPL_AUTH_KEY: 'k:fx' })).toThrowError(/deepl: .*ar/);
  });
});

/**
 * The DeepL engine end to end: the real CLI, spawned, against the DeepL-compatible fake on a
 * loopback port, reached through DEEPL_SERVER_URL as a user would.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, sampleName, scratchProject } from '../helpers/cli.js';
import type { FakeDeepL } from '../helpers/fake-deepl/index.js';
import { fakeDeepLPerTest } from '../helpers/fake-deepl/per-test.js';

const authKey = 'test-secret-4f1c9b2e:fx';
const args = ['run', `samples/${sampleName}`, '--to', 'fr,ar', '--xliff', '1.2,2.1', '--out', 'out'];
const fake = fakeDeepLPerTest({ authKey });

const env = (server: FakeDeepL) => ({ DEEPL_AUTH_KEY: authKey, DEEPL_SERVER_URL: server.url });

/** Every file of the project except the inputs, as path → content (the store as raw bytes, latin1). */
async function files(folder: string, options: { withStore?: boolean } = {}): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const name of await readdir(folder, { recursive: true })) {
    const path = join(folder, name);
    const rel = relative(folder, path);
    if (!(await stat(path)).isFile() || rel.startsWith('samples') || rel.startsWith('glossary')) continue;
    if (rel.startsWith('.wire-l10n') && !options.withStore) continue;
    result[rel] = (await readFile(path)).toString(rel.startsWith('.wire-l10n') ? 'latin1' : 'utf8');
  }
  return result;
}

const digest = (record: Record<string, string>) =>
  Object.fromEntries(Object.entries(record).map(([path, content]) => [path, createHash('sha256').update(content).digest('hex')]));

/** The texts of the translate requests the fake answered with translations. */
const translatedTexts = (server: FakeDeepL) =>
  server.log.filter((request) => request.path === '/v2/translate' && request.status === 200).flatMap((request) => request.texts);

describe('wire-l10n run with DeepL (spawned, fake server)', () => {
  it('is chosen by DEEPL_AUTH_KEY, translates every unit once, and never writes the key anywhere', async () => {
    const server = await fake();
    const project = await scratchProject();
    const result = await runCli(args, { cwd: project, env: env(server) });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^engine: deepl \(machine translation: every target needs human review\)/);
    const billed = result.stdout.match(/^billed characters this run: fr (\d+), ar (\d+), total (\d+)$/m);
    expect(billed).not.toBeNull();
    expect(Number(billed![1]) + Number(billed![2])).toBe(Number(billed![3]));
    expect(Number(billed![3])).toBe(server.billedCharacters);
    const report = JSON.parse(await readFile(join(project, 'out', 'report.json'), 'utf8'));
    expect(report.totals.languages.fr).toMatchObject({ units: 13, translated: 13, untranslated: 0 });
    const texts = translatedTexts(server);
    expect(texts).toHaveLength(26);
    expect(new Set(server.log.filter((r) => r.path === '/v2/translate').map((r) => r.params['split_sentences']))).toEqual(new Set(['0']));
    for (const [path, content] of Object.entries(await files(project, { withStore: true }))) {
      expect(content.includes(authKey), `${path} contains the key`).toBe(false);
    }
    expect(result.stdout + result.stderr).not.toContain(authKey);
  });

  it('after 429s, server errors and a reset still translates every unit exactly once, billing no character twice', async () => {
    const server = await fake();
    const translate = { path: '/v2/translate' };
    server.faults.fail(2, { status: 429, ...translate }).fail(1, { status: 503, ...translate }).reset(1, translate);
    const project = await scratchProject();
    const result = await runCli([...args, '--concurrency', '2'], { cwd: project, env: env(server) });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/rate limited: waiting \d+ ms/);
    const texts = translatedTexts(server);
    expect(texts).toHaveLength(26);
    const perLanguage = server.log
      .filter((request) => request.path === '/v2/translate' && request.status === 200)
      .flatMap((request) => request.texts.map((text) => `${request.params['target_lang']}\u0000${text}`));
    expect(new Set(perLanguage).size).toBe(26);
    const report = JSON.parse(await readFile(join(project, 'out', 'report.json'), 'utf8'));
    expect(report.totals.languages.ar).toMatchObject({ translated: 13, failed: 0 });
    // billed = the characters of the units that needed translation, once each
    const sourceCharacters = texts.reduce((sum, text) => sum + [...text].length, 0);
    expect(server.billedCharacters).toBe(sourceCharacters);
  });

  it('stops on quota with exit 9, and a re-run resumes to every output file of an uninterrupted run, report.json and findings included, without re-sending', async () => {
    // In every run the first text of each request comes back with a tag DeepL never got: an error
    // finding the MT cache must give back to the resumed run as the engine gave it to the first.
    const corrupted = (server: FakeDeepL) => server.faults.corruptTags(100, 'invent');
    const reference = await fake();
    corrupted(reference);
    const referenceProject = await scratchProject();
    expect((await runCli(args, { cwd: referenceProject, env: env(reference) })).code).toBe(0);
    const referenceReport = JSON.parse(await readFile(join(referenceProject, 'out', 'report.json'), 'utf8'));
    expect(referenceReport.articles[0].languages.fr.findings['mt/placeholder-unknown']).toBe(1);

    const server = await fake();
    corrupted(server).quotaAfter(3000); // the French batch fits, the Arabic one does not
    const project = await scratchProject();
    const stopped = await runCli(args, { cwd: project, env: env(server) });
    expect(stopped.code).toBe(9);
    expect(stopped.stderr).toMatch(/quota is used up/);
    expect(stopped.stderr).toMatch(/run the same command again to resume/);
    const sentBefore = translatedTexts(server).length;
    expect(sentBefore).toBeGreaterThan(0);
    expect(sentBefore).toBeLessThan(26);

    server.faults.clear();
    corrupted(server);
    const resumed = await runCli(args, { cwd: project, env: env(server) });
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(translatedTexts(server)).toHaveLength(26);
    expect(digest(await files(project))).toEqual(digest(await files(referenceProject)));

    // out/ and locales/ deleted: everything comes from the MT cache, to the same bytes.
    await Promise.all(['out', 'locales'].map((folder) => rm(join(project, folder), { recursive: true })));
    const again = await runCli(args, { cwd: project, env: env(server) });
    expect(again.code, again.stderr).toBe(0);
    expect(translatedTexts(server)).toHaveLength(26);
    expect(digest(await files(project))).toEqual(digest(await files(referenceProject)));
  });

  it('reuses what was paid for through another server address for the same account (endpoint, gateway, proxy)', async () => {
    const first = await fake();
    const project = await scratchProject();
    expect((await runCli(args, { cwd: project, env: env(first) })).code).toBe(0);
    const written = digest(await files(project));
    await Promise.all(['out', 'locales'].map((folder) => rm(join(project, folder), { recursive: true })));

    const second = await fake();
    expect(new URL(second.url).port).not.toBe(new URL(first.url).port);
    const again = await runCli(args, { cwd: project, env: env(second) });
    expect(again.code, again.stderr).toBe(0);
    expect(second.log).toEqual([]);
    expect(digest(await files(project))).toEqual(written);
  });

  it('check right after a run exits 0 with the server gone: with the key, with --engine deepl, or with neither (the recorded engine)', async () => {
    const server = await fake();
    const project = await scratchProject();
    expect((await runCli(args, { cwd: project, env: env(server) })).code).toBe(0);
    await server.stop();
    const check = ['check', ...args.slice(1)];
    const keyed = await runCli(check, { cwd: project, env: env(server) });
    expect(keyed.code, keyed.stdout + keyed.stderr).toBe(0);
    expect(keyed.stdout).toMatch(/^up to date: \d+ files checked/);
    const keyless = await runCli([...check, '--engine', 'deepl'], { cwd: project, env: {} });
    expect(keyless.code, keyless.stdout + keyless.stderr).toBe(0);
    expect(server.log.filter((request) => request.path === '/v2/translate')).toHaveLength(2);

    // Without a key nor --engine (a CI job), check takes the engine run recorded for the stories.
    const unnamed = await runCli(check, { cwd: project, env: {} });
    expect(unnamed.code, unnamed.stdout + unnamed.stderr).toBe(0);
    // --engine typed wins over the record: engine none would leave every unit untranslated.
    const none = await runCli([...check, '--engine', 'none'], { cwd: project, env: {} });
    expect(none.code).toBe(8);
    expect(server.log.filter((request) => request.path === '/v2/translate')).toHaveLength(2);
  });

  it('sends formality for French only, and each batch\'s paragraphs as context, as configured', async () => {
    const server = await fake();
    const project = await scratchProject();
    await writeFile(
      join(project, 'wire-l10n.json'),
      JSON.stringify({ deepl: { languages: { fr: { formality: 'prefer_more', context: true }, ar: { context: true } } } }),
    );
    const result = await runCli(args, { cwd: project, env: env(server) });
    expect(result.code, result.stderr).toBe(0);
    const requests = server.log.filter((request) => request.path === '/v2/translate');
    const byTarget = (lang: string) => requests.filter((request) => request.params['target_lang']?.toUpperCase() === lang);
    expect(byTarget('FR').every((request) => request.params['formality'] === 'prefer_more')).toBe(true);
    expect(byTarget('AR').every((request) => request.params['formality'] === undefined)).toBe(true);
    expect(requests.every((request) => (request.params['context'] ?? '').includes('Iran-allied'))).toBe(true);
  });

  it('makes the termbase a DeepL glossary once, sends its id with every request, and reuses it next time', async () => {
    const server = await fake();
    const project = await scratchProject();
    await writeFile(join(project, 'wire-l10n.json'), JSON.stringify({ deepl: { languages: { fr: { context: true } } } }));
    expect((await runCli(args, { cwd: project, env: env(server) })).code).toBe(0);
    const creates = () => server.log.filter((request) => request.method === 'POST' && request.path.includes('glossaries'));
    expect(creates()).toHaveLength(1);
    const translate = server.log.filter((request) => request.path === '/v2/translate');
    // context does not displace the glossary: both go with every request
    expect(translate.every((request) => request.params['glossary_id'] !== undefined)).toBe(true);
    expect(translate.filter((r) => r.params['target_lang']?.toUpperCase() === 'FR').every((r) => r.params['context'] !== undefined)).toBe(true);
    const id = JSON.parse(await readFile(join(project, 'out', 'report.json'), 'utf8')).articles[0].id as string;
    expect(await readFile(join(project, 'out', `${id}.fr.txt`), 'utf8')).toContain('Brigades du Hezbollah');

    await writeFile(join(project, 'samples', 'second.txt'), 'Kataib Hezbollah claims new attack\n\nKataib Hezbollah said it struck a base on Sunday.\n');
    expect((await runCli([...args, 'samples/second.txt'], { cwd: project, env: env(server) })).code).toBe(0);
    expect(creates()).toHaveLength(1);
  });

  it('reports a refused key with exit 6 and a hint, without printing the key', async () => {
    const server = await fake();
    const project = await scratchProject();
    const result = await runCli(args, { cwd: project, env: { DEEPL_AUTH_KEY: 'wrong-key-123:fx', DEEPL_SERVER_URL: server.url } });
    expect(result.code).toBe(6);
    expect(result.stderr).toMatch(/authoriz|authentic/i);
    expect(result.stderr).toMatch(/hint: check DEEPL_AUTH_KEY/);
    expect(result.stderr).not.toContain('wrong-key-123');
  });

  it('wire-l10n usage shows the account usage', async () => {
    const server = await fake();
    const project = await scratchProject();
    expect((await runCli(args, { cwd: project, env: env(server) })).code).toBe(0);
    const usage = await runCli(['usage', '--json'], { cwd: project, env: env(server) });
    expect(usage.code, usage.stderr).toBe(0);
    const answer = JSON.parse(usage.stdout);
    expect(answer).toMatchObject({ characterCount: server.billedCharacters, characterLimit: 500_000 });
    // the store's request log agrees with what the server billed
    const stored = (answer.sentByThisProject as Array<{ characters: number }>).reduce((sum, row) => sum + row.characters, 0);
    expect(stored).toBe(server.billedCharacters);
  });
});

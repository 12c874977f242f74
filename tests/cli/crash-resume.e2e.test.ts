/**
 * Kill -9 at random moments, re-run, and compare with an uninterrupted run: same bytes out (every
 * file of out/ and locales/, report.json included), and every unit paid for exactly once (the
 * store's engine request log lists each MT cache key once). Once with pseudo on 300 stories, once
 * with DeepL (the fake server) losing placeholders, whose findings must survive the MT cache.
 */
import { mkdir, mkdtemp, readFile, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { outputs, repoRoot, runAndKill, runCli } from '../helpers/cli.js';
import { generateStories, seededRandom, storyText } from '../helpers/generate-stories.js';
import type { FakeDeepL } from '../helpers/fake-deepl/index.js';
import { fakeDeepLPerTest } from '../helpers/fake-deepl/per-test.js';

const STORIES = 300;
const KILLS = 5;
const seed = Number(process.env['CRASH_TEST_SEED'] ?? Date.now() % 100_000);

async function projectWithStories(names: string[], texts: string[]): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'wire-l10n-crash-'));
  await cp(join(repoRoot, 'glossary'), join(folder, 'glossary'), { recursive: true });
  await mkdir(join(folder, 'stories'));
  await Promise.all(names.map((name, i) => writeFile(join(folder, 'stories', `${name}.txt`), texts[i]!)));
  return folder;
}


async function requestedKeys(folder: string): Promise<string[]> {
  const store = await openSqliteStore(join(folder, '.wire-l10n', 'store.sqlite'), { readonly: true });
  try {
    return await store.mtCache.requestedKeys();
  } finally {
    await store.close();
  }
}

/**
 * Runs the job in `crashed` `kills` times, each SIGKILLed at a random moment within the reference
 * run's time, then once to the end; expects the outputs of `reference` and no unit sent twice.
 */
async function killResumeAndCompare(test: {
  crashed: string;
  reference: string;
  args: string[];
  kills: number;
  referenceMs: number;
  random: () => number;
  label: string;
  env?: NodeJS.ProcessEnv;
}): Promise<void> {
  const outcomes: Array<'killed' | number | null> = [];
  for (let i = 0; i < test.kills; i++) {
    // Anywhere from start-up to the end of an uninterrupted run (a later attempt, with less left
    // to do, may finish first). The first attempt does the whole job, so it is killed before
    // 90 % of the reference time: otherwise a seed could let every attempt finish unharmed.
    const span = i === 0 ? 0.9 : 1.1;
    outcomes.push(await runAndKill(test.crashed, test.args, Math.floor(test.random() * test.referenceMs * span), test.env));
  }
  const final = await runCli(test.args, { cwd: test.crashed, ...(test.env ? { env: test.env } : {}) });
  expect(final.code, final.stderr).toBe(0);
  console.info(`${test.label} seed ${seed}: reference run ${test.referenceMs} ms; outcomes ${outcomes.join(', ')}`);
  expect(outcomes.filter((outcome) => outcome === 'killed').length).toBeGreaterThan(0);

  expect(await outputs(test.crashed)).toEqual(await outputs(test.reference));
  const keys = await requestedKeys(test.crashed);
  expect(new Set(keys).size).toBe(keys.length);
  expect(keys.sort()).toEqual((await requestedKeys(test.reference)).sort());
}

describe(`a job killed with SIGKILL at random moments (seed ${seed}) and run again`, () => {
  const stories = generateStories(STORIES, { seed: 7 });
  const names = stories.map((story) => story.name);
  const texts = stories.map(storyText);
  const args = ['run', ...names.map((name) => `stories/${name}.txt`), '--to', 'fr,ar', '--engine', 'pseudo', '--xliff', '1.2,2.1', '--concurrency', '1', '--quiet'];
  let reference: string;
  let referenceMs: number;

  beforeAll(async () => {
    reference = await projectWithStories(names, texts);
    const started = Date.now();
    const result = await runCli(args, { cwd: reference });
    referenceMs = Date.now() - started;
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  }, 120_000);

  it('finishes with byte-identical outputs and sends no unit to the engine twice', async () => {
    const crashed = await projectWithStories(names, texts);
    await killResumeAndCompare({ crashed, reference, args, kills: KILLS, referenceMs, random: seededRandom(seed), label: 'crash test' });
  }, 300_000);

  it('lets two processes share one store at the same time', async () => {
    const shared = await projectWithStories(names, texts);
    const half = STORIES / 2;
    const first = args.slice(0, 1 + half).concat(args.slice(1 + STORIES));
    const second = ['run', ...args.slice(1 + half, 1 + STORIES), ...args.slice(1 + STORIES), '--out', 'out2'];
    const [a, b] = await Promise.all([runCli(first, { cwd: shared }), runCli(second, { cwd: shared })]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    const keys = await requestedKeys(shared);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.sort()).toEqual((await requestedKeys(reference)).sort());
    const all = await outputs(shared);
    const expected = await outputs(reference);
    for (const name of names.slice(0, half)) expect(all[`out/${name}.fr.txt`]).toBeUndefined();
    expect(Object.keys(all).filter((path) => path.startsWith('locales/')).sort()).toEqual(
      Object.keys(expected).filter((path) => path.startsWith('locales/')).sort(),
    );
    for (const path of Object.keys(expected).filter((p) => p.startsWith('locales/'))) expect(all[path]).toBe(expected[path]);
  }, 300_000);
});

describe(`a DeepL job whose engine drops placeholders, killed with SIGKILL at random moments (seed ${seed}) and run again`, () => {
  const authKey = 'crash-test-key:fx';
  const fake = fakeDeepLPerTest({ authKey });
  const stories = generateStories(30, { seed: 11 });
  const names = stories.map((story) => story.name);
  const texts = stories.map(storyText);
  const args = ['run', ...names.map((name) => `stories/${name}.txt`), '--to', 'fr,ar', '--xliff', '1.2', '--concurrency', '1', '--quiet'];
  /** DeepL losing the first placeholder of every text that has one (the same texts whatever the batches), slowly. */
  const server = async (): Promise<FakeDeepL> => {
    const started = await fake();
    started.faults.corruptTags(10_000, 'drop', { textIndex: 'every' }).latency(150);
    return started;
  };
  const envFor = (deepl: FakeDeepL) => ({ DEEPL_AUTH_KEY: authKey, DEEPL_SERVER_URL: deepl.url });

  it('finishes with the outputs of an uninterrupted run, findings and report.json included', async () => {
    const reference = await projectWithStories(names, texts);
    const referenceServer = await server();
    const started = Date.now();
    const uninterrupted = await runCli(args, { cwd: reference, env: envFor(referenceServer) });
    const referenceMs = Date.now() - started;
    expect(uninterrupted.code, uninterrupted.stderr).toBe(0);
    const report = JSON.parse(await readFile(join(reference, 'out', 'report.json'), 'utf8'));
    expect(report.articles.some((article: { languages: { fr: { findings: Record<string, number> } } }) =>
      (article.languages.fr.findings['mt/placeholder-missing'] ?? 0) > 0)).toBe(true);

    const crashed = await projectWithStories(names, texts);
    const crashedServer = await server();
    const env = envFor(crashedServer);
    await killResumeAndCompare({ crashed, reference, args, kills: 3, referenceMs, random: seededRandom(seed + 1), label: 'DeepL crash test', env });
  }, 300_000);
});

/**
 * A DeepL account that keeps answering 429: the real CLI, spawned, against the fake refusing the
 * next N requests of the whole job (glossary set-up included) behind a token bucket. Backoffs are
 * made short through wire-l10n.json so that the test takes seconds; the rules are the defaults'.
 */
import { mkdir, mkdtemp, readFile, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, type CliRun } from '../helpers/cli.js';
import type { FakeDeepL, ReceivedRequest } from '../helpers/fake-deepl/index.js';
import { fakeDeepLPerTest } from '../helpers/fake-deepl/per-test.js';
import { generateStories, storyText } from '../helpers/generate-stories.js';

const authKey = 'test-secret-9a7c1e44:fx';
const fake = fakeDeepLPerTest({ authKey });
const bucket = { ratePerSecond: 40, burst: 4 };
// 8 stories of 13 segments, 2 languages: 208 units in 6 requests of up to 50 texts.
const stories = generateStories(8, { seed: 5 });
const unitCount = stories.length * 13 * 2;
const args = ['run', ...stories.map((story) => `stories/${story.name}.txt`), '--to', 'fr,ar'];

async function project(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'wire-l10n-refusals-'));
  await cp(join(repoRoot, 'glossary'), join(folder, 'glossary'), { recursive: true });
  await mkdir(join(folder, 'stories'));
  await Promise.all(stories.map((story) => writeFile(join(folder, 'stories', `${story.name}.txt`), storyText(story))));
  await writeFile(join(folder, 'wire-l10n.json'), JSON.stringify({ retry: { baseDelayMs: 10, maxDelayMs: 100 } }));
  return folder;
}

async function server(): Promise<FakeDeepL> {
  const started = await fake();
  started.faults.tokenBucket(bucket);
  return started;
}

const run = (folder: string, server: FakeDeepL, extra: string[] = ['--quiet']): Promise<CliRun> =>
  runCli([...args, ...extra], { cwd: folder, env: { DEEPL_AUTH_KEY: authKey, DEEPL_SERVER_URL: server.url } });

const translated = (requests: readonly ReceivedRequest[]) =>
  requests.filter((request) => request.path === '/v2/translate' && request.status === 200).flatMap((request) => request.texts);

async function unitsTranslated(folder: string): Promise<number> {
  const report = JSON.parse(await readFile(join(folder, 'out', 'report.json'), 'utf8'));
  return Object.values(report.totals.languages as Record<string, { translated: number }>).reduce((sum, lang) => sum + lang.translated, 0);
}

/** Every request (refused ones included) ≤ what the bucket allows since the first, plus one burst. */
function expectWithinBucket(requests: readonly ReceivedRequest[]): void {
  const start = requests[0]!.at;
  requests.forEach((request, i) => {
    const allowed = bucket.burst + (bucket.ratePerSecond * (request.at - start)) / 1000;
    expect(i + 1, `request ${i + 1} at +${request.at - start} ms`).toBeLessThanOrEqual(allowed + bucket.burst);
  });
}

/** What a run looked like from the server: for the figures in the README and the report. */
function figures(requests: readonly ReceivedRequest[], wallMs: number, units: number) {
  const gaps = requests.slice(1).map((request, i) => request.at - requests[i]!.at);
  return {
    requests: requests.length,
    refused: requests.filter((request) => request.status === 429).length,
    longestPauseMs: Math.max(0, ...gaps),
    /** From the first request the server saw to the last. */
    serverSpanMs: requests.at(-1)!.at - requests[0]!.at,
    wallMs,
    unitsTranslated: units,
  };
}

describe('wire-l10n run against a server refusing every request for a while (spawned, fake server)', () => {
  it.each([
    [20, 'from the first request (the glossary set-up)', 0],
    [60, 'from the fourth request (after the glossary set-up and a first batch)', 3],
  ])('translates every unit in one run after %i refusals in a row across the whole job, %s', async (refusals, _from, afterRequests) => {
    const folder = await project();
    const deepl = await server();
    deepl.faults.refuse(refusals, { afterRequests });
    const started = Date.now();
    const result = await run(folder, deepl, ['--json']);
    const wallMs = Date.now() - started;
    expect(result.code, result.stderr).toBe(0);
    // every wait is on the progress output, the glossary set-up's included
    const events = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { event: string });
    // (at least: the bucket may refuse one more once the refusals are over)
    expect(events.filter((event) => event.event === 'rate-limited').length).toBeGreaterThanOrEqual(refusals);
    expect(deepl.faults.pendingRefusals).toBe(0);
    expect(await unitsTranslated(folder)).toBe(unitCount);
    // each unit translated once: no refused batch was failed, split or sent twice
    expect(translated(deepl.log)).toHaveLength(unitCount);
    expectWithinBucket(deepl.log);
    if (process.env['WIRE_L10N_FIGURES']) {
      console.log(`${refusals} refusals: ${JSON.stringify(figures(deepl.log, wallMs, await unitsTranslated(folder)))}`);
    }
  }, 60_000);

  it('past --max-wait, stops sending at once (exit 6, the server kept refusing), keeps what was translated, and a re-run resumes', async () => {
    const folder = await project();
    const deepl = await server();
    // Refuse for good once the glossary set-up and a first batch are through: the stop comes mid-job.
    deepl.faults.refuse(1_000_000, { afterRequests: 3 });
    const stopped = await run(folder, deepl, ['--quiet', '--max-wait', '400ms']);
    expect(stopped.code, stopped.stderr).toBe(6);
    expect(stopped.stderr).toMatch(/kept refusing requests \(too many requests\)/);
    expect(stopped.stderr).toMatch(/no request succeeded for 0\.\d s \(the longest wait allowed is 0\.4 s\)/);
    expect(stopped.stderr).toMatch(/run the same command again to resume/);
    const sentBefore = translated(deepl.log).length;
    expect(sentBefore).toBeGreaterThan(0);
    expect(sentBefore).toBeLessThan(unitCount);
    expect(await unitsTranslated(folder)).toBe(sentBefore);
    // no burst: within the bucket to the end, and the job ended on a refusal, no unit failed
    // (the dispatcher tests show on a fake clock that nothing is sent after giving up)
    expectWithinBucket(deepl.log);
    expect(deepl.log.at(-1)!.status).toBe(429);
    const report = JSON.parse(await readFile(join(folder, 'out', 'report.json'), 'utf8'));
    expect(Object.values(report.totals.languages as Record<string, { failed: number }>).every((lang) => lang.failed === 0)).toBe(true);

    deepl.faults.clear();
    const logged = deepl.log.length;
    const resumed = await run(folder, deepl);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(await unitsTranslated(folder)).toBe(unitCount);
    // what was translated before the stop was not paid for again
    expect(sentBefore + translated(deepl.log.slice(logged)).length).toBe(unitCount);
  }, 60_000);
});

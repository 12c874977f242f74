/**
 * Three worker processes on one DeepL account (issue #15 §6): the built CLI's `worker` ×3 against
 * the fake DeepL server's token bucket, one private Redis (the queue and the account's shared
 * limits), one private PostgreSQL store and one output folder. Stories that share sentences, so
 * that two workers may want the same one at once. What the fake saw: the combined request rate kept
 * to its bucket in every window, each sentence translated once, the store's request log equal to
 * what it billed; and the outputs are the bytes one `run` of the same stories writes.
 */
import { describe, expect, it } from 'vitest';
import { outputs, runCli } from '../helpers/cli.js';
import { fakeDeepLPerTest } from '../helpers/fake-deepl/per-test.js';
import type { FakeDeepL } from '../helpers/fake-deepl/index.js';
import { redisAndPostgresForTests, skipReason } from '../helpers/servers.js';
import {
  billedPerLanguage,
  copyProject,
  until,
  projectWithStories,
  queueOn,
  rateOverruns,
  startWorkers,
  stopWorkers,
  translatedTexts,
  untilSettled,
} from '../helpers/worker-cluster.js';

const skip = skipReason('redis') ?? skipReason('postgres');
const authKey = 'test-three-workers-7d1e:fx';
const fakeDeepL = fakeDeepLPerTest({ authKey });

const STORIES = 40;
const RATE = 8;
/**
 * The workers keep to RATE with a burst of 1 at Redis's clock; requests then reach the server
 * a few milliseconds earlier or later (the HTTP stack, timers), so two of them may arrive a little
 * closer than 1/RATE apart: the account's bucket holds one token more than that for them.
 */
const BURST = 2;
/** The job's options, the same for the workers and the one run. */
const jobFlags = ['--to', 'fr,ar', '--engine', 'deepl'];

/** A fake with the account's limits: RATE requests/s, BURST tokens, answers after 20 ms. */
async function limitedFake(): Promise<FakeDeepL> {
  const fake = await fakeDeepL();
  fake.faults.tokenBucket({ ratePerSecond: RATE, burst: BURST }).latency(20);
  return fake;
}

describe.skipIf(skip)('three workers on one account, one Redis and one PostgreSQL store', () => {
  const servers = redisAndPostgresForTests();

  it('keep to the rate together, pay for each sentence once, and write the outputs one run writes', async () => {
    const folder = await projectWithStories(STORIES, { paragraphs: 3, sharedParagraphs: 3 });
    const reference = await copyProject(folder);
    const fake = await limitedFake();
    const deepl = { DEEPL_AUTH_KEY: authKey, DEEPL_SERVER_URL: fake.url };
    const queue = queueOn(servers.redis.port);
    // All three waiting before the stories come, so that each takes a share.
    const workers = await startWorkers(
      folder,
      3,
      ['--redis', servers.redis.url, '--store', servers.postgres.url, '--concurrency', '4', '--max-rate', String(RATE), '--lock-duration', '5s', '--stalled-interval', '1s'],
      deepl,
    );
    const enqueued = await runCli(['enqueue', 'stories', ...jobFlags, '--redis', servers.redis.url], { cwd: folder });
    expect(enqueued.code, enqueued.stderr).toBe(0);
    expect(await untilSettled(queue, STORIES)).toEqual({ completed: STORIES, failed: 0 });
    await stopWorkers(workers);
    await queue.close();
    expect(workers.map((worker) => worker.events.filter((event) => event['event'] === 'done').length).every((done) => done > 0)).toBe(true);
    const log = [...fake.log];

    // Every request took a token of the fake's bucket: in every window they kept to it.
    expect(rateOverruns(log.map((request) => request.at), RATE, BURST)).toEqual([]);
    expect(log.filter((request) => request.status === 429).length).toBeLessThanOrEqual(1);
    // The store's request log is what the fake billed.
    const usage = await runCli(['usage', '--json', '--store', servers.postgres.url], { cwd: folder, env: deepl });
    expect(usage.code, usage.stderr).toBe(0);
    const { sentByThisProject } = JSON.parse(usage.stdout) as { sentByThisProject: Array<{ engine: string; targetLang: string; characters: number; requests: number }> };
    const logged = Object.fromEntries(sentByThisProject.map((row) => [row.targetLang, { characters: row.characters, requests: row.requests }]));
    expect(logged).toEqual(billedPerLanguage(log));

    // One run of the same stories, its own fake and store.
    const alone = await limitedFake();
    const run = await runCli(['run', 'stories', ...jobFlags, '--max-rate', String(RATE)], { cwd: reference, env: { DEEPL_AUTH_KEY: authKey, DEEPL_SERVER_URL: alone.url } });
    expect(run.code, run.stderr).toBe(0);
    // Each sentence paid for once, whichever worker had it: the texts one run sends, no more.
    expect(translatedTexts(log).length).toBeGreaterThan(0);
    expect(translatedTexts(log)).toEqual(translatedTexts(alone.log));
    // The same bytes.
    expect(await outputs(folder)).toEqual(await outputs(reference));
  });

  it('one of them SIGKILLed mid-run: the others finish its jobs, and only what it had in flight is paid for again', async () => {
    const folder = await projectWithStories(STORIES, { paragraphs: 3, sharedParagraphs: 3 });
    const reference = await copyProject(folder);
    const fake = await limitedFake();
    const deepl = { DEEPL_AUTH_KEY: authKey, DEEPL_SERVER_URL: fake.url };
    const queue = queueOn(servers.redis.port, 'killed');
    const flags = ['--redis', servers.redis.url, '--queue-name', 'killed', '--redis-prefix', 'killed', '--store', `${servers.postgres.url}?schema=killed`];
    // A dead worker's jobs and its claims on sentences come back after its 2 s locks.
    const workers = await startWorkers(folder, 3, [...flags, '--concurrency', '4', '--max-rate', String(RATE), '--lock-duration', '2s', '--stalled-interval', '500ms'], deepl);
    const enqueued = await runCli(['enqueue', 'stories', ...jobFlags, '--redis', servers.redis.url, '--queue-name', 'killed'], { cwd: folder });
    expect(enqueued.code, enqueued.stderr).toBe(0);
    await until(async () => translatedTexts(fake.log).length >= 20, 10);
    const killedAt = Date.now();
    workers[0]!.child.kill('SIGKILL');
    expect((await workers[0]!.exit).signal).toBe('SIGKILL');
    expect(await untilSettled(queue, STORIES)).toEqual({ completed: STORIES, failed: 0 });
    await stopWorkers(workers.slice(1));
    await queue.close();
    const log = [...fake.log];
    expect(rateOverruns(log.map((request) => request.at), RATE, BURST)).toEqual([]);

    const alone = await limitedFake();
    const run = await runCli(['run', 'stories', ...jobFlags, '--max-rate', String(RATE)], { cwd: reference, env: { DEEPL_AUTH_KEY: authKey, DEEPL_SERVER_URL: alone.url } });
    expect(run.code, run.stderr).toBe(0);
    // Nothing one run sends is missing; what was sent beyond it is at most what reached the server in the second before the kill.
    expect(multisetMinus(translatedTexts(alone.log), translatedTexts(log))).toEqual([]);
    const paidAgain = multisetMinus(translatedTexts(log), translatedTexts(alone.log));
    const inFlight = translatedTexts(log.filter((request) => request.at >= killedAt - 1000 && request.at <= killedAt));
    expect(multisetMinus(paidAgain, inFlight)).toEqual([]);
    expect(await outputs(folder)).toEqual(await outputs(reference));
  });
});

/** The items of `all` left once each item of `taken` has been removed once (both sorted). */
function multisetMinus(all: readonly string[], taken: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const item of taken) left.set(item, (left.get(item) ?? 0) + 1);
  return all.filter((item) => {
    const count = left.get(item) ?? 0;
    if (count > 0) left.set(item, count - 1);
    return count === 0;
  });
}

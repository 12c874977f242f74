/**
 * Queues and workers end to end (issue #15 §1, §4): the real CLI spawned against a private Redis —
 * `enqueue` (a story twice is one job), `worker` (outputs as `run` writes them, a poison story
 * failing its job alone with its error kept, `queue status`), a worker SIGKILLed mid-job whose
 * jobs another worker finishes, and SIGTERM finishing the batch under way with no job lost. Each
 * test has its own queue in the one Redis of this file. Every wait is for a condition.
 */
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORY_JOB_NAME, storyJobId, type StoryJobData } from '../../src/queue/story-job.js';
import { outputs, runCli, startCli, type SpawnedCli } from '../helpers/cli.js';
import { fakeDeepLPerTest } from '../helpers/fake-deepl/per-test.js';
import { skipReason, startRedis, type PrivateServer } from '../helpers/servers.js';
import { copyProject, projectWithStories, until } from '../helpers/worker-cluster.js';

const skip = skipReason('redis');
const authKey = 'test-queue-3c9a:fx';
const fakeDeepL = fakeDeepLPerTest({ authKey });

describe.skipIf(skip)('queues and workers', () => {
  let redis: PrivateServer;
  const queues: Queue[] = [];
  let queueCount = 0;

  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await Promise.all(queues.map((queue) => queue.close()));
    await redis?.stop();
  });

  /** A queue of this test's own, and its flags. */
  function newQueue(): { queue: Queue; flags: string[] } {
    queueCount += 1;
    const name = `test-${queueCount}`;
    const queue = new Queue(name, { connection: { host: '127.0.0.1', port: redis.port, maxRetriesPerRequest: null } });
    queues.push(queue);
    return { queue, flags: ['--redis', redis.url, '--queue-name', name] };
  }

  const jobFlags = ['--to', 'fr,ar', '--engine', 'pseudo'];

  it('enqueues a story once however often it is given, and a newer version as a new job', async () => {
    const { queue, flags } = newQueue();
    const folder = await projectWithStories(3);
    const first = await runCli(['enqueue', 'stories', ...jobFlags, ...flags], { cwd: folder });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout.match(/^queued /gmu)).toHaveLength(3);
    const again = await runCli(['enqueue', 'stories', ...jobFlags, ...flags, '--json'], { cwd: folder });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { enqueued: string }).enqueued)).toEqual(['queued', 'queued', 'queued']);
    expect(await queue.getJobCounts('waiting')).toEqual({ waiting: 3 });

    const story = join(folder, 'stories', 'story-0001.txt');
    await writeFile(story, `---\nversion: 2\n---\n${await readFile(story, 'utf8')}`);
    const newer = await runCli(['enqueue', 'stories/story-0001.txt', ...jobFlags, ...flags, '--json'], { cwd: folder });
    const line = JSON.parse(newer.stdout) as { job: string; enqueued: string; version: number };
    expect(line).toMatchObject({ enqueued: 'added', version: 2 });
    expect(await queue.getJobCounts('waiting')).toEqual({ waiting: 4 });
    const job = await queue.getJob(line.job);
    const data = job!.data as StoryJobData;
    expect(data.story).toMatchObject({ input: 'stories/story-0001.txt', version: 2 });
    expect(Buffer.from(data.story.bytes, 'base64').toString('utf8')).toBe(await readFile(story, 'utf8'));
    // Plain data, no key: the options a worker runs with.
    expect(data.options).toMatchObject({ targetLangs: ['fr', 'ar'], engine: { name: 'pseudo' }, outDir: 'out' });
    expect(JSON.stringify(data)).not.toContain('DEEPL');
  });

  it('lists a story that cannot be read (file:line), enqueues the others, and exits 14', async () => {
    const { queue, flags } = newQueue();
    const folder = await projectWithStories(2);
    await writeFile(join(folder, 'stories', 'broken.txt'), '---\nversion: soon\n---\nA headline\n\nA paragraph.\n');
    const result = await runCli(['enqueue', 'stories', ...jobFlags, ...flags], { cwd: folder });
    expect(result.code).toBe(14);
    expect(result.stderr).toMatch(/stories\/broken\.txt:2: /u);
    expect(await queue.getJobCounts('waiting')).toEqual({ waiting: 2 });
  });

  it('fails at once with E_REDIS (exit 15) naming host:port without the password when Redis does not answer', async () => {
    const folder = await projectWithStories(1);
    const result = await runCli(['enqueue', 'stories', ...jobFlags, '--redis', 'redis://user:s3cret@127.0.0.1:1'], { cwd: folder });
    expect(result.code).toBe(15);
    expect(result.stderr).toContain('redis 127.0.0.1:1: cannot connect for the job queue');
    expect(result.stderr).not.toContain('s3cret');
  });

  it('runs queued stories into the outputs run writes, and stops on SIGTERM with exit 0', async () => {
    const { queue, flags } = newQueue();
    const folder = await projectWithStories(5);
    const reference = await copyProject(folder);
    expect((await runCli(['enqueue', 'stories', ...jobFlags, ...flags], { cwd: folder })).code).toBe(0);
    const worker = startWorker(folder, [...flags, '--concurrency', '8']);
    await until(async () => await count(queue, 'completed') === 5);
    worker.child.kill('SIGTERM');
    expect((await worker.exit).code, worker.stderr()).toBe(0);
    expect(worker.events.filter((event) => event['event'] === 'done')).toHaveLength(5);

    const run = await runCli(['run', 'stories', ...jobFlags], { cwd: reference });
    expect(run.code, run.stderr).toBe(0);
    expect(await outputs(folder)).toEqual(await outputs(reference));
  });

  it('fails a poison job alone with its error kept, and queue status shows it', async () => {
    const { queue, flags } = newQueue();
    const folder = await projectWithStories(2);
    expect((await runCli(['enqueue', 'stories', ...jobFlags, ...flags], { cwd: folder })).code).toBe(0);
    // A story that reads on the enqueuing host but not in the job (raw agency copy with no headline),
    // and data that is no story job at all.
    const [someJob] = await queue.getJobs(['waiting']);
    const options = (someJob!.data as StoryJobData).options;
    const poison = { story: { input: 'stories/poison.txt', id: 'poison', version: 1, bytes: Buffer.from('\n\n\n').toString('base64') }, options };
    await queue.add(STORY_JOB_NAME, poison, { jobId: storyJobId(poison.story) });
    await queue.add(STORY_JOB_NAME, { story: 'not a story' }, { jobId: 'junk' });

    const worker = startWorker(folder, [...flags, '--concurrency', '8']);
    await until(async () => {
      const counts = await queue.getJobCounts('completed', 'failed');
      return counts.completed === 2 && counts.failed === 2;
    });
    worker.child.kill('SIGTERM');
    expect((await worker.exit).code, worker.stderr()).toBe(0);
    expect(await readdir(join(folder, 'out'))).toContain('story-1-negotiators-said-more.fr.txt');

    const status = await runCli(['queue', 'status', ...flags, '--json'], { cwd: folder });
    expect(status.code, status.stderr).toBe(0);
    const parsed = JSON.parse(status.stdout) as { counts: Record<string, number>; failed: Array<{ job: string; story: string; attempts: number; error: string }> };
    expect(parsed.counts).toEqual({ waiting: 0, active: 0, completed: 2, failed: 2, delayed: 0 });
    const poisoned = parsed.failed.find((job) => job.job === 'poison@v1')!;
    expect(poisoned).toMatchObject({ story: 'stories/poison.txt', attempts: 1 });
    expect(poisoned.error).toMatch(/^stories\/poison\.txt(:\d+)?: /u);
    expect(parsed.failed.find((job) => job.job === 'junk')!.error).toContain("the job's data is not a wire-l10n story job: story:");
    const lines = await runCli(['queue', 'status', ...flags], { cwd: folder });
    expect(lines.stdout).toContain('0 waiting, 0 active, 0 delayed, 2 completed, 2 failed');
    expect(lines.stdout).toContain('  stories/poison.txt (job poison@v1, 1 attempt, ');
    // The engine account's shared limits in the same Redis: this queue's worker ran pseudo, which sends nothing to an account.
    expect(lines.stdout).toContain('account wire-l10n: 0 characters of the shared budget spent since it was reset, 0 requests in flight');
    expect((JSON.parse(status.stdout) as { account: unknown }).account).toEqual({ prefix: 'wire-l10n', budgetSpent: 0, requestsInFlight: 0 });
  });

  it('watch --queue enqueues each story that arrives (the event queued), moves it to done/, and a worker runs it', async () => {
    const { queue, flags } = newQueue();
    const folder = await projectWithStories(2);
    await mkdir(join(folder, 'inbox'));
    const watcher = startCli(folder, ['watch', 'inbox', ...jobFlags, ...flags, '--queue', '--settle', '200ms', '--poll', '50ms']);
    await until(async () => watcher.events.some((event) => event['event'] === 'watching'));
    for (const name of ['story-0001.txt', 'story-0002.txt']) await cp(join(folder, 'stories', name), join(folder, 'inbox', name));
    // Queued, not done: the watcher only hands them on.
    await until(async () => watcher.events.filter((event) => event['event'] === 'queued').length === 2);
    expect(watcher.events.filter((event) => event['event'] === 'done')).toEqual([]);
    expect((await readdir(join(folder, 'inbox', 'done'))).sort()).toEqual(['story-0001.txt', 'story-0002.txt']);
    const jobs = await queue.getJobs(['waiting']);
    expect(jobs.map((job) => (job.data as StoryJobData).story.input).sort()).toEqual([
      expect.stringMatching(/^inbox\/\.processing\/\d+-story-0001\.txt$/u),
      expect.stringMatching(/^inbox\/\.processing\/\d+-story-0002\.txt$/u),
    ]);
    watcher.child.kill('SIGTERM');
    expect((await watcher.exit).code, watcher.stderr()).toBe(0);

    // The files have moved on: the worker reads the stories from their jobs.
    const worker = startWorker(folder, flags);
    await until(async () => (await count(queue, 'completed')) === 2);
    worker.child.kill('SIGTERM');
    expect((await worker.exit).code, worker.stderr()).toBe(0);
    expect((await readdir(join(folder, 'out'))).filter((name) => name.endsWith('.fr.txt')).sort()).toEqual([
      'story-1-negotiators-said-more.fr.txt',
      'story-2-officials-suggested-more.fr.txt',
    ]);
  });

  it("shares the engine account's limits through the queue's Redis: a worker's --max-chars stops the job for a retry", async () => {
    const { queue, flags } = newQueue();
    const folder = await projectWithStories(1);
    const server = await fakeDeepL();
    // The enqueuing host names DeepL without a key; the worker has one.
    const enqueued = await runCli(['enqueue', 'stories', '--to', 'fr', '--engine', 'deepl', ...flags], { cwd: folder });
    expect(enqueued.code, enqueued.stderr).toBe(0);
    const worker = startCli(folder, ['worker', ...flags, '--max-chars', '20', '--redis-prefix', 'limits-test'], { DEEPL_AUTH_KEY: authKey, DEEPL_SERVER_URL: server.url });
    await until(async () => worker.events.some((event) => event['event'] === 'failed'));
    worker.child.kill('SIGTERM');
    expect((await worker.exit).code, worker.stderr()).toBe(0);
    expect(worker.events.find((event) => event['event'] === 'failed')).toMatchObject({ retry: true, error: expect.stringContaining('the engine stopped (budget') });
    expect(await count(queue, 'completed')).toBe(0);
  });

  it('a worker killed with SIGKILL mid-job: another worker finishes its jobs, outputs as a run without faults', async () => {
    const { queue, flags } = newQueue();
    const folder = await projectWithStories(40);
    const reference = await copyProject(folder);
    expect((await runCli(['enqueue', 'stories', ...jobFlags, ...flags], { cwd: folder })).code).toBe(0);
    const fast = [...flags, '--concurrency', '40', '--lock-duration', '2s', '--stalled-interval', '500ms'];

    const doomed = startWorker(folder, fast);
    await until(async () => await count(queue, 'active') > 0, 5);
    doomed.child.kill('SIGKILL');
    expect((await doomed.exit).signal).toBe('SIGKILL');
    expect(await count(queue, 'completed')).toBeLessThan(40);

    const second = startWorker(folder, fast);
    await until(async () => await count(queue, 'completed') === 40);
    second.child.kill('SIGTERM');
    expect((await second.exit).code, second.stderr()).toBe(0);
    expect(await queue.getJobCounts('failed', 'waiting', 'active')).toEqual({ failed: 0, waiting: 0, active: 0 });

    expect((await runCli(['run', 'stories', ...jobFlags], { cwd: reference })).code).toBe(0);
    expect(await outputs(folder)).toEqual(await outputs(reference));
  });

  it('SIGTERM finishes the batch under way and exits 0; no job is lost', async () => {
    const { queue, flags } = newQueue();
    const folder = await projectWithStories(24);
    expect((await runCli(['enqueue', 'stories', ...jobFlags, ...flags], { cwd: folder })).code).toBe(0);
    const worker = startWorker(folder, [...flags, '--concurrency', '4']);
    await until(async () => await count(queue, 'active') > 0, 5);
    worker.child.kill('SIGTERM');
    expect((await worker.exit).code, worker.stderr()).toBe(0);
    expect(await queue.getJobCounts('active', 'failed', 'delayed')).toEqual({ active: 0, failed: 0, delayed: 0 });
    const completed = await count(queue, 'completed');
    expect(completed).toBeGreaterThan(0);
    expect(completed + (await count(queue, 'waiting'))).toBe(24);
    expect(worker.events.at(-1)).toEqual({ event: 'stopped' });
  });
});

function startWorker(project: string, flags: readonly string[]): SpawnedCli {
  return startCli(project, ['worker', ...flags]);
}

async function count(queue: Queue, state: 'waiting' | 'active' | 'completed' | 'failed'): Promise<number> {
  return (await queue.getJobCounts(state))[state] ?? 0;
}

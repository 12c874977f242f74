/**
 * When a worker writes report.json and the review index (issue #15 §5): not between batches while
 * jobs wait (the interval not passed), but once its queue is idle — then they list every story of
 * every batch, as `run` writes them — and when it stops. The real CLI against a private Redis.
 */
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectReport } from '../../src/report/index.js';
import { runCli, startCli } from '../helpers/cli.js';
import { skipReason, startRedis, type PrivateServer } from '../helpers/servers.js';
import { copyProject, projectWithStories, until } from '../helpers/worker-cluster.js';

const jobFlags = ['--to', 'fr,ar', '--engine', 'pseudo'];
const folderFiles = [join('out', 'report.json'), join('out', 'review', 'index.html')];

describe.skipIf(skipReason('redis'))("a worker's report.json and review index", () => {
  let redis: PrivateServer;
  const queues: Queue[] = [];
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await Promise.all(queues.map((queue) => queue.close()));
    await redis?.stop();
  });

  /** A queue of the test's own, and its flags. */
  function newQueue(name: string): { queue: Queue; flags: string[] } {
    const queue = new Queue(name, { connection: { host: '127.0.0.1', port: redis.port, maxRetriesPerRequest: null } });
    queues.push(queue);
    return { queue, flags: ['--redis', redis.url, '--queue-name', name] };
  }

  it('are not written between batches while jobs wait; once the queue is idle they list every story, as run writes them', async () => {
    const { flags } = newQueue('idle');
    const folder = await projectWithStories(12);
    const reference = await copyProject(folder);
    expect((await runCli(['enqueue', 'stories', ...jobFlags, ...flags], { cwd: folder })).code).toBe(0);
    const worker = startCli(folder, ['worker', ...flags, '--concurrency', '2', '--report-interval', '1h']);
    const done = () => worker.events.filter((event) => event['event'] === 'done').length;
    const reported = () => worker.events.filter((event) => event['event'] === 'reported');
    // Batch after batch with jobs waiting: neither file, nor a write.
    await until(async () => done() >= 6);
    for (const path of folderFiles) await expect(access(join(folder, path))).rejects.toThrow();
    await until(async () => done() === 12 && reported().length > 0);
    // No write before the last batch (two jobs at most) was done.
    const lastBatch = worker.events.indexOf(worker.events.filter((event) => event['event'] === 'done')[10]!);
    expect(worker.events.slice(0, lastBatch).map((event) => event['event'])).not.toContain('reported');
    expect(reported()[0]).toMatchObject({ out: 'out', current: true });

    // The worker still runs: the files are those of the idle queue.
    const report = JSON.parse(await readFile(join(folder, 'out', 'report.json'), 'utf8')) as ProjectReport;
    expect(report.articles).toHaveLength(12);
    expect((await runCli(['run', 'stories', ...jobFlags], { cwd: reference })).code).toBe(0);
    for (const path of folderFiles) expect(await readFile(join(folder, path), 'utf8'), path).toBe(await readFile(join(reference, path), 'utf8'));
    worker.child.kill('SIGTERM');
    expect((await worker.exit).code, worker.stderr()).toBe(0);
  });

  it('are written when the worker stops, listing the stories it completed', async () => {
    const { queue, flags } = newQueue('stop');
    const folder = await projectWithStories(24);
    expect((await runCli(['enqueue', 'stories', ...jobFlags, ...flags], { cwd: folder })).code).toBe(0);
    const worker = startCli(folder, ['worker', ...flags, '--concurrency', '2', '--report-interval', '1h']);
    await until(async () => worker.events.some((event) => event['event'] === 'done'));
    worker.child.kill('SIGTERM');
    expect((await worker.exit).code, worker.stderr()).toBe(0);
    const completed = (await queue.getJobCounts('completed'))['completed']!;
    expect((await queue.getJobCounts('waiting'))['waiting']).toBeGreaterThan(0);
    const events = worker.events.map((event) => event['event']);
    expect(events.slice(-2)).toEqual(['reported', 'stopped']);
    const report = JSON.parse(await readFile(join(folder, 'out', 'report.json'), 'utf8')) as ProjectReport;
    expect(report.articles).toHaveLength(completed);
  });
});


/**
 * Workers on one shared store (issue #15 §3 as the queue uses it): two workers with
 * `--store postgres://…` take the queue's stories together, and the outputs are those `run` writes
 * with its own SQLite store, and `check` from the shared store finds them current; a worker waits
 * out PostgreSQL restarting under load (issue #15 §4). Private Redis and PostgreSQL servers for this file.
 */
import { Queue } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { outputs, runCli, startCli } from '../helpers/cli.js';
import { redisAndPostgresForTests, skipReason } from '../helpers/servers.js';
import { copyProject, projectWithStories, until } from '../helpers/worker-cluster.js';

const skip = skipReason('redis') ?? skipReason('postgres');

describe.skipIf(skip)('workers on a shared PostgreSQL store', () => {
  const servers = redisAndPostgresForTests();

  it('two workers write the outputs run writes', async () => {
    const folder = await projectWithStories(12);
    const reference = await copyProject(folder);
    const jobFlags = ['--to', 'fr,ar', '--engine', 'pseudo'];
    const queue = new Queue('wire-l10n', { connection: { host: '127.0.0.1', port: servers.redis.port, maxRetriesPerRequest: null } });
    // Both waiting before the stories come, so that both take a share.
    const workers = [1, 2].map(() => startCli(folder, ['worker', '--redis', servers.redis.url, '--store', servers.postgres.url, '--concurrency', '3']));
    await until(async () => workers.every((worker) => worker.events.some((event) => event['event'] === 'working')));
    expect((await runCli(['enqueue', 'stories', ...jobFlags, '--redis', servers.redis.url], { cwd: folder })).code).toBe(0);
    await until(async () => (await queue.getJobCounts('completed'))['completed'] === 12);
    for (const worker of workers) worker.child.kill('SIGTERM');
    for (const worker of workers) expect((await worker.exit).code, worker.stderr()).toBe(0);
    expect(await queue.getJobCounts('failed')).toEqual({ failed: 0 });
    await queue.close();
    // Both took a share.
    expect(workers.map((worker) => worker.events.filter((event) => event['event'] === 'done').length).every((done) => done > 0)).toBe(true);

    expect((await runCli(['run', 'stories', ...jobFlags], { cwd: reference })).code).toBe(0);
    expect(await outputs(folder)).toEqual(await outputs(reference));
    // check, from the shared store, finds them current.
    const check = await runCli(['check', 'stories', ...jobFlags, '--store', servers.postgres.url], { cwd: folder });
    expect(check.code, check.stdout + check.stderr).toBe(0);
  });

  it('a worker waits out PostgreSQL restarting under load: no job fails, every story done, outputs as run writes', async () => {
    const folder = await projectWithStories(40);
    const reference = await copyProject(folder);
    const jobFlags = ['--to', 'fr,ar', '--engine', 'pseudo'];
    const store = `${servers.postgres.url}?schema=restart`;
    const queue = new Queue('restart', { connection: { host: '127.0.0.1', port: servers.redis.port, maxRetriesPerRequest: null } });
    const completed = async (): Promise<number> => (await queue.getJobCounts('completed'))['completed'] ?? 0;
    expect((await runCli(['enqueue', 'stories', ...jobFlags, '--redis', servers.redis.url, '--queue-name', 'restart'], { cwd: folder })).code).toBe(0);
    const worker = startCli(folder, ['worker', '--redis', servers.redis.url, '--queue-name', 'restart', '--store', store, '--concurrency', '2', '--linger', '0ms']);
    await until(async () => (await completed()) >= 2, 5);
    expect(await completed()).toBeLessThan(40);
    await servers.postgres.restart(1500);

    await until(async () => (await completed()) === 40);
    worker.child.kill('SIGTERM');
    expect((await worker.exit).code, worker.stderr()).toBe(0);
    expect(await queue.getJobCounts('failed', 'delayed')).toEqual({ failed: 0, delayed: 0 });
    await queue.close();
    // The outage was met, and waited out rather than failing jobs for a retry.
    expect(worker.events.some((event) => event['event'] === 'store-error'), worker.stderr()).toBe(true);
    expect(worker.events.filter((event) => event['event'] === 'failed')).toEqual([]);

    expect((await runCli(['run', 'stories', ...jobFlags], { cwd: reference })).code).toBe(0);
    expect(await outputs(folder)).toEqual(await outputs(reference));
  });
});

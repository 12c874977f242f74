/**
 * Redis restarting under load (issue #15 §4): a worker running a queue of stories while its Redis
 * shuts down (saving its data) and comes back on the same port reconnects and carries on; every
 * job completes, none fails, and the outputs are those of a run without faults. A file of its own:
 * it stops its private Redis.
 */
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outputs, runCli, startCli } from '../helpers/cli.js';
import { redisCommand, skipReason, startRedis, type PrivateServer } from '../helpers/servers.js';
import { copyProject, projectWithStories, until } from '../helpers/worker-cluster.js';

const skip = skipReason('redis');

describe.skipIf(skip)('a Redis restart under load', () => {
  let redis: PrivateServer;
  let restarted: PrivateServer | undefined;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    // The first server exited at its SHUTDOWN: stopping it removes the data folder both used.
    await restarted?.stop();
    await redis?.stop();
  });

  it('a worker reconnects and finishes every job; outputs as a run without faults', async () => {
    const folder = await projectWithStories(30);
    const reference = await copyProject(folder);
    const flags = ['--redis', redis.url];
    const jobFlags = ['--to', 'fr,ar', '--engine', 'pseudo'];
    expect((await runCli(['enqueue', 'stories', ...jobFlags, ...flags], { cwd: folder })).code).toBe(0);
    const queue = new Queue('wire-l10n', { connection: { host: '127.0.0.1', port: redis.port, maxRetriesPerRequest: null } });
    queue.on('error', () => undefined);
    const completed = async (): Promise<number> => (await queue.getJobCounts('completed'))['completed'] ?? 0;

    const worker = startCli(folder, ['worker', ...flags, '--concurrency', '4']);
    await until(async () => (await completed()) >= 4, 5);
    expect(await completed()).toBeLessThan(30);
    // Down with its data saved, and up again on the same port and data a moment later.
    // SHUTDOWN answers nothing: the connection just closes.
    void redisCommand(redis.port, 'SHUTDOWN SAVE').catch(() => undefined);
    await until(async () => (await redisCommand(redis.port, 'PING').catch(() => 'down')) === 'down');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    restarted = await startRedis({ port: redis.port, folder: redis.folder });

    await until(async () => (await completed()) === 30);
    worker.child.kill('SIGTERM');
    expect((await worker.exit).code, worker.stderr()).toBe(0);
    expect(await queue.getJobCounts('failed', 'waiting', 'active')).toEqual({ failed: 0, waiting: 0, active: 0 });
    await queue.close();
    expect(worker.events.some((event) => event['event'] === 'redis-error')).toBe(true);

    expect((await runCli(['run', 'stories', ...jobFlags], { cwd: reference })).code).toBe(0);
    expect(await outputs(folder)).toEqual(await outputs(reference));
  });
});

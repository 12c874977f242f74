/**
 * `--redis` (or WIRE_L10N_REDIS) turns the engine account's shared limits on, with the limits a
 * process has alone; and `run` against a private Redis honours what another process recorded there.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeRunCommand } from '../../src/cli/options.js';
import { exitCodes } from '../../src/cli/exit-codes.js';
import { limitKeys } from '../../src/scale/shared-limits.js';
import { runCli, sampleName, scratchProject } from '../helpers/cli.js';
import { rawRunOptions } from '../helpers/run-options.js';
import { redisCommand, skipReason, startRedis, type PrivateServer } from '../helpers/servers.js';

async function configWith(deepl: object): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'wire-l10n-shared-')), 'wire-l10n.json');
  await writeFile(path, JSON.stringify({ deepl }));
  return path;
}

describe('--redis options', () => {
  it('shares nothing without --redis or WIRE_L10N_REDIS', () => {
    expect(normalizeRunCommand(['a.txt'], rawRunOptions({ maxRate: '5' }), {}).sharedLimits).toBeUndefined();
  });

  it('holds --max-rate, --max-chars and deepl.maxConcurrentRequests for every process, under the prefix', async () => {
    const config = await configWith({ maxConcurrentRequests: 3 });
    const { options, sharedLimits } = normalizeRunCommand(
      ['a.txt'],
      rawRunOptions({ config, maxRate: '5', maxChars: '90000', redis: 'redis://:secret@10.0.0.7:6380/2', redisPrefix: 'desk-a' }),
      {},
    );
    expect(sharedLimits).toEqual({ url: 'redis://:secret@10.0.0.7:6380/2', prefix: 'desk-a', maxRequestsPerSecond: 5, maxCharacters: 90000, maxConcurrentRequests: 3 });
    // the job's options stay free of the URL (it may hold a password)
    expect(JSON.stringify(options)).not.toContain('secret');
  });

  it('takes WIRE_L10N_REDIS when --redis is not given, with the default prefix', () => {
    const { sharedLimits } = normalizeRunCommand(['a.txt'], rawRunOptions(), { WIRE_L10N_REDIS: ' redis://127.0.0.1:6379 ' });
    expect(sharedLimits).toEqual({ url: 'redis://127.0.0.1:6379', prefix: 'wire-l10n' });
  });

  it('refuses what is not a Redis URL without repeating it, and a prefix with spaces', () => {
    expect(() => normalizeRunCommand(['a.txt'], rawRunOptions({ redis: 'http://user:pw@host' }), {})).toThrowError(/^--redis expects a Redis URL such as redis:\/\/127\.0\.0\.1:6379$/);
    expect(() => normalizeRunCommand(['a.txt'], rawRunOptions({ redis: 'redis://h', redisPrefix: 'a b' }), {})).toThrowError(/--redis-prefix/);
  });

  it('refuses deepl.maxConcurrentRequests below 1 in wire-l10n.json', async () => {
    const config = await configWith({ maxConcurrentRequests: 0 });
    expect(() => normalizeRunCommand(['a.txt'], rawRunOptions({ config }), {})).toThrowError(/deepl\.maxConcurrentRequests: expected a whole number of requests, at least 1/);
  });
});

const skip = skipReason('redis');

describe.skipIf(skip !== undefined)('wire-l10n run --redis (spawned, private Redis)', () => {
  let server: PrivateServer;
  beforeAll(async () => {
    server = await startRedis();
  });
  afterAll(async () => {
    await server?.stop();
  });

  const runArgs = (redis: string) => ['run', `samples/${sampleName}`, '--to', 'fr', '--engine', 'pseudo', '--redis', redis, '--redis-prefix', 'e2e'];

  it('runs as without Redis when nothing is recorded, leaving no slot held', async () => {
    const project = await scratchProject();
    await writeFile(join(project, 'wire-l10n.json'), JSON.stringify({ deepl: { maxConcurrentRequests: 2 } }));
    const run = await runCli([...runArgs(server.url), '--max-rate', '50'], { cwd: project });
    expect(run.stdout).toMatch(/^fr: (\d+)\/\1 units with a target/m);
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.code).toBe(0);
    expect(await redisCommand(server.port, `ZCARD ${limitKeys('e2e').inFlight}`)).toBe(':0');
  });

  it('stops with the quota another process recorded, sending nothing (exit 9, resumable)', async () => {
    const project = await scratchProject();
    const stop = JSON.stringify({ reason: 'quota', message: 'Quota exceeded (seen by a process sharing the account)' });
    expect(await redisCommand(server.port, `SET ${limitKeys('e2e').stop} '${stop}' PX 60000`)).toBe('+OK');
    try {
      const run = await runCli(runArgs(server.url), { cwd: project });
      expect(run.code).toBe(exitCodes.E_QUOTA);
      expect(run.stderr).toMatch(/quota is used up \(Quota exceeded \(seen by a process sharing the account\)\)/);
    } finally {
      await redisCommand(server.port, `DEL ${limitKeys('e2e').stop}`);
    }
  });

  it('fails at once with E_REDIS naming host:port when Redis cannot be reached (exit 15)', async () => {
    const closed = await startRedis();
    await closed.stop();
    const run = await runCli(runArgs(closed.url), { cwd: await scratchProject() });
    expect(run.code).toBe(exitCodes.E_REDIS);
    expect(run.stderr).toMatch(new RegExp(`redis 127\\.0\\.0\\.1:${closed.port}: cannot connect .*ECONNREFUSED`));
  });
});

/** What `queue status` shows of an engine account's shared limits, read from a private Redis. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeAccountState, readAccountState } from '../../src/scale/account-state.js';
import { connectRedis, type RedisConnection } from '../../src/scale/redis-connection.js';
import { redisLimitsStore } from '../../src/scale/shared-limits.js';
import { skipReason, startRedis, type PrivateServer } from '../helpers/servers.js';

const skip = skipReason('redis');

describe.skipIf(skip !== undefined)('the account state', () => {
  let server: PrivateServer;
  let connection: RedisConnection;
  beforeAll(async () => {
    server = await startRedis();
    connection = await connectRedis(server.url, 'a test');
  });
  afterAll(async () => {
    await connection?.close();
    await server?.stop();
  });

  it('is empty for an account nothing has used', async () => {
    const state = await readAccountState(connection, 'unused');
    expect(state).toEqual({ prefix: 'unused', budgetSpent: 0, requestsInFlight: 0 });
    expect(describeAccountState(state)).toBe('account unused: 0 characters of the shared budget spent since it was reset, 0 requests in flight');
  });

  it('shows the budget spent, the live slots, and a pause and a stop under way with the time they have left', async () => {
    const limits = redisLimitsStore(connection, { url: server.url, prefix: 'busy', maxCharacters: 1_000, maxConcurrentRequests: 4 });
    await limits.reserve(300);
    await limits.reserve(120);
    await limits.refund(20);
    await limits.takeSlot('a');
    await limits.takeSlot('b');
    await limits.releaseSlot('b');
    await limits.pause(5_000);
    await limits.recordStop({ reason: 'quota', message: 'Quota exceeded' });

    const state = await readAccountState(connection, 'busy');
    expect(state).toMatchObject({ prefix: 'busy', budgetSpent: 400, requestsInFlight: 1, stop: { reason: 'quota' } });
    expect(state.pausedForMs).toBeGreaterThan(3_000);
    expect(state.pausedForMs).toBeLessThanOrEqual(5_000);
    expect(state.stop!.forMs).toBeGreaterThan(0);
    expect(describeAccountState(state)).toMatch(
      /^account busy: 400 characters of the shared budget spent since it was reset, 1 request in flight, paused for [45] s more \(429\), stopped \(quota: Quota exceeded \(seen by a process sharing the account\)\) for \d+ s more$/u,
    );
  });
});

/** A worker's batch waits out a store that cannot be reached, and only that, and only for so long. */
import { describe, expect, it } from 'vitest';
import { throughStoreOutages, type OutagePolicy } from '../../src/queue/outages.js';
import { StoreError } from '../../src/store/errors.js';
import { storeFailure } from '../../src/store/postgres/connection.js';
import { postgresLocation } from '../../src/store/postgres/location.js';

/** A policy on a clock that moves only when the batch sleeps; the waits it was told of. */
function fakePolicy(maxOutageMs?: number) {
  let clock = 0;
  const waits: number[] = [];
  const policy: OutagePolicy = {
    ...(maxOutageMs === undefined ? {} : { maxOutageMs }),
    now: () => clock,
    sleep: async (ms) => {
      clock += ms;
    },
    onOutage: (_error, waitMs) => waits.push(waitMs),
  };
  return { policy, waits };
}

const unreachable = () => new StoreError('reading the MT cache failed (PostgreSQL at db:5432): connect ECONNREFUSED', 'postgres://db/x', { transient: true });

describe('a batch through store outages', () => {
  it('runs the batch again, waiting longer each time, until the store answers', async () => {
    const { policy, waits } = fakePolicy();
    let calls = 0;
    const result = await throughStoreOutages(async () => {
      calls += 1;
      if (calls < 4) throw unreachable();
      return 'done';
    }, policy);
    expect(result).toBe('done');
    expect(waits).toEqual([500, 1000, 2000]);
  });

  it('fails at once on any other error, a store error that is not an outage included', async () => {
    const { policy, waits } = fakePolicy();
    const refused = new StoreError('the store was written by a newer wire-l10n', 'postgres://db/x');
    await expect(throughStoreOutages(async () => Promise.reject(refused), policy)).rejects.toBe(refused);
    await expect(throughStoreOutages(async () => Promise.reject(new Error('a bug')), policy)).rejects.toThrow('a bug');
    expect(waits).toEqual([]);
  });

  it('gives up with the outage\'s error once the store has been away longer than allowed', async () => {
    const { policy, waits } = fakePolicy(5_000);
    await expect(throughStoreOutages(async () => Promise.reject(unreachable()), policy)).rejects.toThrow('ECONNREFUSED');
    expect(waits.reduce((sum, ms) => sum + ms, 0)).toBeLessThanOrEqual(5_000);
    expect(waits.length).toBeGreaterThan(2);
  });
});

describe('PostgreSQL failures', () => {
  const location = postgresLocation('postgres://wire:secret@db.example:5433/news');

  it('are transient when the server cannot be reached or went away, and not otherwise', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:5433'), { code: 'ECONNREFUSED' });
    const shutdown = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    const unique = Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' });
    const password = Object.assign(new Error('password authentication failed for user "wire"'), { code: '28P01' });
    expect(storeFailure(location, 'reading the MT cache', refused).transient).toBe(true);
    expect(storeFailure(location, 'reading the MT cache', shutdown).transient).toBe(true);
    expect(storeFailure(location, 'writing to the MT cache', unique).transient).toBe(false);
    expect(storeFailure(location, 'opening the store', password).transient).toBe(false);
  });
});

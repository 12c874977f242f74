/**
 * The account's limits on a private Redis, shared by several limiter instances, each with its own
 * connection as processes on several hosts would have. Instants are Redis's (`TIME`, as the
 * scripts grant them), never a local timing threshold.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountLimitsOver, type AccountLimits } from '../../src/mt/account-limits.js';
import { EngineCallError, type EngineBatch } from '../../src/mt/engine.js';
import { translateUnits } from '../../src/mt/index.js';
import { realSleep } from '../../src/mt/pacing.js';
import { RedisError } from '../../src/scale/errors.js';
import { connectRedis, type RedisConnection } from '../../src/scale/redis-connection.js';
import { limitKeys, openSharedLimits, redisLimitsStore, type SharedLimitsSettings } from '../../src/scale/shared-limits.js';
import { glossaryOf, scriptedEngineOf, segmentOf, unitOf } from '../helpers/builders.js';
import { redisCommand, skipReason, startRedis, type PrivateServer } from '../helpers/servers.js';

const skip = skipReason('redis');

describe.skipIf(skip !== undefined)('limits shared on Redis', () => {
  let server: PrivateServer;
  const opened: Array<{ close(): Promise<void> }> = [];
  let prefixes = 0;
  /** A prefix of its own per test: one account each. */
  const account = (): string => `test-${++prefixes}`;

  beforeAll(async () => {
    server = await startRedis();
  });
  afterAll(async () => {
    await Promise.all(opened.map((limits) => limits.close()));
    await server?.stop();
  });

  /** A limiter instance on its own connection; `grants` gets the Redis instant (µs) of each request it let go. */
  async function instance(settings: Omit<SharedLimitsSettings, 'url'>, connectionOptions: { maxOutageMs?: number } = {}) {
    const connection = await connectRedis(server.url, 'a test', connectionOptions);
    opened.push(connection);
    const store = redisLimitsStore(connection, { url: server.url, ...settings });
    const grants: number[] = [];
    const limits = accountLimitsOver(
      {
        ...store,
        passGate: async () => {
          const answer = await store.passGate();
          if (answer.kind === 'go') grants.push(answer.atMicros!);
          return answer;
        },
      },
      { sleep: realSleep, slotPollMs: 10 },
    );
    return { limits, grants, connection };
  }

  const redisTimeMicros = async (connection: RedisConnection): Promise<number> => {
    const [seconds, micros] = await connection.client.time();
    return Number(seconds) * 1_000_000 + Number(micros);
  };

  /** Most requests let go in any span between two grants, against burst + rate × span. */
  function excessOverRate(grants: readonly number[], rate: number, burst: number): number {
    const sorted = [...grants].sort((a, b) => a - b);
    let worst = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i; j < sorted.length; j++) worst = Math.max(worst, j - i + 1 - burst - (rate * (sorted[j]! - sorted[i]!)) / 1_000_000);
    }
    return worst;
  }

  async function admitMany(limits: AccountLimits, count: number): Promise<void> {
    for (let i = 0; i < count; i++) {
      const admission = await limits.admit();
      if (admission.kind === 'granted') admission.release();
    }
  }

  it('lets three instances together start no more than rate × t + burst requests in any span t', async () => {
    const prefix = account();
    const instances = await Promise.all([1, 2, 3].map(() => instance({ prefix, maxRequestsPerSecond: 20 })));
    const startedAt = Date.now();
    await Promise.all(instances.map(({ limits }) => admitMany(limits, 12)));
    const elapsedSeconds = (Date.now() - startedAt) / 1000;
    const grants = instances.flatMap((one) => one.grants);
    expect(grants).toHaveLength(36);
    expect(excessOverRate(grants, 20, 1)).toBeLessThanOrEqual(1e-9);
    // and on the local clock, a window that holds every grant
    expect(grants.length).toBeLessThanOrEqual(20 * elapsedSeconds + 1);
  });

  it('is the account that limits: three instances with a prefix each pass the rate together', async () => {
    const instances = await Promise.all([1, 2, 3].map(() => instance({ prefix: account(), maxRequestsPerSecond: 20 })));
    await Promise.all(instances.map(({ limits }) => admitMany(limits, 4)));
    expect(excessOverRate(instances.flatMap((one) => one.grants), 20, 1)).toBeGreaterThan(1);
  });

  it('lets a burst go at once, and no more than the burst', async () => {
    const prefix = account();
    const instances = await Promise.all([1, 2, 3].map(() => instance({ prefix, maxRequestsPerSecond: 10, burst: 3 })));
    await Promise.all(instances.map(({ limits }) => admitMany(limits, 3)));
    const grants = instances.flatMap((one) => one.grants).sort((a, b) => a - b);
    expect(excessOverRate(grants, 10, 3)).toBeLessThanOrEqual(1e-9);
    expect(grants[2]! - grants[0]!).toBeLessThan(100_000); // the first three within one interval
  });

  it('never has more holders in flight than the account\'s slots', async () => {
    const prefix = account();
    const instances = await Promise.all([1, 2, 3].map(() => instance({ prefix, maxConcurrentRequests: 2 })));
    let inFlight = 0;
    let most = 0;
    await Promise.all(
      instances.flatMap(({ limits }) =>
        [1, 2, 3].map(async () => {
          for (let i = 0; i < 3; i++) {
            const admission = await limits.admit();
            if (admission.kind !== 'granted') throw new Error('not granted');
            inFlight += 1;
            most = Math.max(most, inFlight);
            await realSleep(15);
            inFlight -= 1;
            admission.release();
          }
        }),
      ),
    );
    expect(most).toBe(2);
    expect(await instances[0]!.connection.client.zcard(limitKeys(prefix).inFlight)).toBe(0);
  });

  it('gives a dead holder\'s slot back when its lease ends, and keeps a live holder\'s', async () => {
    const prefix = account();
    const settings = { prefix, maxConcurrentRequests: 1, leaseMs: 300 };
    const live = await instance(settings);
    const other = await instance(settings);
    // A live holder keeps its slot past several leases: it renews it.
    const held = await live.limits.admit();
    const waiting = other.limits.admit();
    await realSleep(1000);
    const releasedAt = await redisTimeMicros(live.connection);
    if (held.kind === 'granted') held.release();
    const next = await waiting;
    expect(other.grants.at(-1)!).toBeGreaterThanOrEqual(releasedAt);
    if (next.kind === 'granted') next.release();
    // A holder that dies (its connection gone, as with SIGKILL) gives it back when its lease ends.
    const dying = await instance(settings, { maxOutageMs: 100 });
    await dying.limits.admit();
    const [, leaseEnd] = await dying.connection.client.zrange(limitKeys(prefix).inFlight, '0', '0', 'WITHSCORES');
    dying.connection.client.disconnect();
    await other.limits.admit();
    expect(other.grants.at(-1)! / 1000).toBeGreaterThanOrEqual(Number(leaseEnd));
  });

  it('makes every instance wait out a pause one of them recorded; overlapping pauses end at the latest end', async () => {
    const prefix = account();
    const [first, second, third] = await Promise.all([1, 2, 3].map(() => instance({ prefix })));
    await first!.limits.pause(600);
    await third!.limits.pause(100); // shorter: the pause under way stands
    const pausedUntil = Number(await first!.connection.client.get(limitKeys(prefix).pause));
    await Promise.all([second!.limits.admit(), third!.limits.admit()]);
    for (const grant of [...second!.grants, ...third!.grants]) expect(grant).toBeGreaterThanOrEqual(pausedUntil);
    const pausedAt = await redisTimeMicros(first!.connection);
    await third!.limits.pause(400);
    expect(Number(await first!.connection.client.get(limitKeys(prefix).pause))).toBeGreaterThanOrEqual(pausedAt + 400_000);
  });

  it('reserves the budget across instances up to the limit and not a character more; a refund makes room', async () => {
    const prefix = account();
    const instances = await Promise.all([1, 2, 3].map(() => instance({ prefix, maxCharacters: 100 })));
    const granted = await Promise.all(
      instances.map(async ({ limits }) => {
        let characters = 0;
        while ((await limits.reserve(7)).granted) characters += 7;
        return characters;
      }),
    );
    expect(granted.reduce((sum, characters) => sum + characters, 0)).toBe(98);
    const refused = await instances[0]!.limits.reserve(7);
    expect(refused).toEqual({ granted: false, message: expect.stringMatching(/budget of 100 shared by every process on the account \(98 reserved so far\)/) });
    await instances[1]!.limits.refund(14);
    expect((await instances[2]!.limits.reserve(14)).granted).toBe(true);
  });

  it('stops every instance on a quota stop one of them recorded, for the time a stop holds', async () => {
    const prefix = account();
    const [first, second] = await Promise.all([1, 2].map(() => instance({ prefix, stopHoldMs: 60_000, maxConcurrentRequests: 1 })));
    await first!.limits.recordStop({ reason: 'quota', message: 'Quota exceeded' });
    expect(await second!.limits.admit()).toEqual({ kind: 'stopped', stop: { reason: 'quota', message: 'Quota exceeded (seen by a process sharing the account)' } });
    expect(second!.grants).toEqual([]);
    // its slot is given back: a stop holds none
    expect(await first!.connection.client.zcard(limitKeys(prefix).inFlight)).toBe(0);
    expect(await first!.connection.client.pttl(limitKeys(prefix).stop)).toBeGreaterThan(50_000);
  });

  it('makes a dispatcher wait out the pause another one was told to take, and stop on the quota it met', async () => {
    const prefix = account();
    const [first, second] = await Promise.all([1, 2].map(() => instance({ prefix })));
    const units = (name: string) => [1, 2].map((i) => unitOf(segmentOf(`${name} sentence ${i}.`, { id: `p${i}.s1` }), 'fr'));
    const calls: Array<{ name: string; atMicros: number }> = [];
    const engineOf = (name: string, refuse: (call: number) => EngineCallError | undefined) =>
      scriptedEngineOf({ maxTexts: 1, maxBytes: 10_000 }, async (batch: EngineBatch) => {
        calls.push({ name, atMicros: await redisTimeMicros(first!.connection) });
        const failure = refuse(calls.filter((call) => call.name === name).length);
        if (failure) throw failure;
        return { targets: batch.segments.map((segment) => `FR ${segment.source}`) };
      });
    const options = (limits: AccountLimits) => ({ sourceLang: 'en', glossary: glossaryOf(), concurrency: 1, accountLimits: limits });
    const tooMany = new EngineCallError('rate-limited', 'Too many requests', { status: 429, retryAfterMs: 700 });
    const refused = translateUnits(units('A'), engineOf('A', (call) => (call === 1 ? tooMany : undefined)), options(first!.limits));
    while ((await first!.connection.client.get(limitKeys(prefix).pause)) === null) await realSleep(5);
    const pausedUntil = Number(await first!.connection.client.get(limitKeys(prefix).pause));
    const waiting = await translateUnits(units('B'), engineOf('B', () => undefined), options(second!.limits));
    await refused;
    expect(waiting.units.every((unit) => unit.state === 'needs-review')).toBe(true);
    expect(calls.filter((call) => call.name === 'B').every((call) => call.atMicros >= pausedUntil)).toBe(true);

    const quota = new EngineCallError('quota', 'Quota exceeded', { status: 456 });
    expect((await translateUnits(units('C'), engineOf('C', () => quota), options(first!.limits))).stopped?.reason).toBe('quota');
    const stopped = await translateUnits(units('D'), engineOf('D', () => undefined), options(second!.limits));
    expect(stopped.stopped).toEqual({ reason: 'quota', message: 'Quota exceeded (seen by a process sharing the account)' });
    expect(calls.filter((call) => call.name === 'D')).toEqual([]);
  });

  it('fails with a typed error naming host:port when Redis cannot be reached', async () => {
    const closed = await startRedis();
    await closed.stop();
    const opening = openSharedLimits({ url: closed.url, prefix: account() });
    await expect(opening).rejects.toBeInstanceOf(RedisError);
    await expect(opening).rejects.toMatchObject({ code: 'E_REDIS', message: expect.stringMatching(`redis 127.0.0.1:${closed.port}: cannot connect .*ECONNREFUSED`) });
  });

  it('waits through a Redis restart instead of failing, and fails typed after the longest outage', async () => {
    const restarting = await startRedis();
    // The server started again on its port: another process to stop (it ran on after the tests before).
    let again: PrivateServer | undefined;
    try {
      const settings = { url: restarting.url, prefix: account(), maxRequestsPerSecond: 50, maxConcurrentRequests: 2 };
      const patient = await openSharedLimits(settings);
      const impatient = await openSharedLimits(settings, { maxOutageMs: 300 });
      opened.push(patient, impatient);
      await admitMany(patient, 2);
      await restarting.stop();
      const admitted = patient.admit();
      await expect(impatient.admit()).rejects.toMatchObject({ code: 'E_REDIS', message: expect.stringMatching(`redis 127.0.0.1:${restarting.port}: could not take a request slot \\(Redis unreachable`) });
      await realSleep(500);
      again = await startRedis({ port: restarting.port });
      expect((await admitted).kind).toBe('granted');
      // the slot is held on the new server, whose scripts were loaded again
      expect(await redisCommand(restarting.port, `ZCARD ${limitKeys(settings.prefix).inFlight}`)).toBe(':1');
    } finally {
      await again?.stop();
      await restarting.stop();
    }
  });
});

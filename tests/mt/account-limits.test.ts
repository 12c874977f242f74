/**
 * Dispatchers sharing one engine account through `AccountLimits` (in memory here: the policy
 * without Redis; `tests/scale/` runs the same limits on Redis). Two dispatchers stand for two
 * processes; one fake clock, moved forward by every sleep, is theirs.
 */
import { describe, expect, it } from 'vitest';
import { accountLimitsOver, memoryLimitsStore, type AccountLimitSettings } from '../../src/mt/account-limits.js';
import { EngineCallError, type EngineBatch } from '../../src/mt/engine.js';
import { prepareRunner, translateUnits, type DispatchOptions } from '../../src/mt/index.js';
import { glossaryOf, scriptedEngineOf, segmentOf, unitOf } from '../helpers/builders.js';

const unitsFor = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, i) => unitOf(segmentOf(`${prefix} sentence ${String(i).padStart(2, '0')}.`, { id: `p${i + 1}.s1` }), 'fr'));

interface Call {
  readonly process: string;
  readonly at: number;
  readonly characters: number;
}

/** A fake clock, the account shared by the "processes", and an engine per process that answers `answer(call)`. */
function account(settings: AccountLimitSettings) {
  let now = 0;
  let inFlight = 0;
  let mostInFlight = 0;
  const calls: Call[] = [];
  const sleep = async (ms: number, signal?: AbortSignal): Promise<void> => {
    const until = now + ms;
    await new Promise((resolve) => setImmediate(resolve));
    signal?.throwIfAborted();
    now = Math.max(now, until);
  };
  const limits = accountLimitsOver(memoryLimitsStore(settings, () => now), { sleep });
  const engineOf = (process: string, answer: (call: number) => EngineCallError | undefined = () => undefined) =>
    scriptedEngineOf({ maxTexts: 2, maxBytes: 10_000 }, async (batch: EngineBatch) => {
      const characters = batch.segments.reduce((sum, segment) => sum + segment.source.length, 0);
      calls.push({ process, at: now, characters });
      const failure = answer(calls.filter((call) => call.process === process).length);
      inFlight += 1;
      mostInFlight = Math.max(mostInFlight, inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      inFlight -= 1;
      if (failure) throw failure;
      return { targets: batch.segments.map((segment) => `FR ${segment.source}`) };
    });
  const options = (patch: Partial<DispatchOptions> = {}): DispatchOptions => ({
    sourceLang: 'en',
    glossary: glossaryOf(),
    concurrency: 4,
    accountLimits: limits,
    now: () => now,
    random: () => 0.5,
    sleep,
    ...patch,
  });
  return { engineOf, options, calls, clock: () => now, mostInFlight: () => mostInFlight };
}

describe('dispatchers sharing one account', () => {
  it('keep the requests in flight across both within the account\'s limit', async () => {
    const world = account({ maxConcurrentRequests: 2 });
    const results = await Promise.all([
      translateUnits(unitsFor(16, 'A'), world.engineOf('A'), world.options()),
      translateUnits(unitsFor(16, 'B'), world.engineOf('B'), world.options()),
    ]);
    expect(results.flatMap((result) => result.units).every((unit) => unit.state === 'needs-review')).toBe(true);
    expect(world.mostInFlight()).toBe(2);
    // each alone would have gone up to 4 (slow start): the limit is the account's
    const alone = account({});
    await Promise.all(['A', 'B'].map((name) => translateUnits(unitsFor(16, name), alone.engineOf(name), alone.options())));
    expect(alone.mostInFlight()).toBeGreaterThan(2);
  });

  it('start requests together no faster than the account\'s rate', async () => {
    const world = account({ maxRequestsPerSecond: 2 });
    await Promise.all(['A', 'B', 'C'].map((name) => translateUnits(unitsFor(8, name), world.engineOf(name), world.options())));
    const starts = world.calls.map((call) => call.at).sort((a, b) => a - b);
    expect(starts).toHaveLength(12);
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(500);
  });

  it('pause every process when one is refused with 429, until the pause ends', async () => {
    const world = account({});
    const first = translateUnits(unitsFor(2, 'A'), world.engineOf('A', (call) => (call === 1 ? new EngineCallError('rate-limited', 'Too many requests', { status: 429, retryAfterMs: 5000 }) : undefined)), world.options({ concurrency: 1 }));
    // B starts once A's 429 is in: it sends nothing before the pause A was told to take ends
    while (world.calls.length === 0) await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    const second = translateUnits(unitsFor(2, 'B'), world.engineOf('B'), world.options());
    await Promise.all([first, second]);
    const firstOfB = world.calls.find((call) => call.process === 'B')!;
    expect(firstOfB.at).toBeGreaterThanOrEqual(5000);
  });

  it('stop every process on a quota answer one of them got, before the others send more', async () => {
    const world = account({});
    const quota = new EngineCallError('quota', 'Quota exceeded', { status: 456 });
    const first = await translateUnits(unitsFor(4, 'A'), world.engineOf('A', () => quota), world.options({ concurrency: 1 }));
    expect(first.stopped?.reason).toBe('quota');
    const second = await translateUnits(unitsFor(4, 'B'), world.engineOf('B'), world.options());
    expect(second.stopped).toEqual({ reason: 'quota', message: 'Quota exceeded (seen by a process sharing the account)' });
    expect(world.calls.filter((call) => call.process === 'B')).toEqual([]);
    expect(second.units.every((unit) => unit.state === 'untranslated' && unit.findings.length === 0)).toBe(true);
  });

  it('stop with `budget` once the account\'s budget would be passed, whoever sent the characters', async () => {
    const world = account({ maxCharacters: 200 });
    const results = await Promise.all(['A', 'B'].map((name) => translateUnits(unitsFor(8, name), world.engineOf(name), world.options())));
    const sent = world.calls.reduce((sum, call) => sum + call.characters, 0);
    // 224 characters asked for in batches of 28: one more batch would have passed the 200
    expect(sent).toBe(196);
    const stops = results.flatMap((result) => (result.stopped ? [result.stopped] : []));
    expect(stops.length).toBeGreaterThan(0);
    for (const stop of stops) {
      expect(stop.reason).toBe('budget');
      expect(stop.message).toMatch(/budget of 200 shared by every process on the account \(196 reserved so far\)/);
    }
  });

  it('give back to the account\'s budget the characters of a batch that failed', async () => {
    const world = account({ maxCharacters: 28 });
    const refused = new EngineCallError('bad-request', 'Bad request', { status: 400 });
    const first = await translateUnits(unitsFor(2, 'A'), world.engineOf('A', () => refused), world.options());
    expect(first.failures).toHaveLength(2);
    // the 28 characters A reserved and did not get translated are B's to spend
    const second = await translateUnits(unitsFor(2, 'B'), world.engineOf('B'), world.options());
    expect(second.stopped).toBeUndefined();
    expect(second.units.every((unit) => unit.state === 'needs-review')).toBe(true);
  });
});

describe("an engine's prepare requests on a shared account", () => {
  const rateLimited = () => new EngineCallError('rate-limited', 'Too many requests', { status: 429, retryAfterMs: 1000 });
  const asIs = (error: unknown) => (error instanceof EngineCallError ? error : new EngineCallError('transient', String(error)));

  it("wait for the account's rate, as batches do", async () => {
    const world = account({ maxRequestsPerSecond: 10 });
    const retrying = prepareRunner(world.options());
    const sentAt: number[] = [];
    for (let i = 0; i < 3; i += 1) await retrying(async () => sentAt.push(world.clock()), asIs);
    expect(sentAt).toEqual([0, 100, 200]);
  });

  it('pause every process sharing the account when one is answered 429', async () => {
    const world = account({ maxRequestsPerSecond: 1000 });
    // The runner's own wait takes no time here: what holds its retry back is the account's pause.
    const retrying = prepareRunner(world.options({ sleep: async () => undefined }));
    const sentAt: number[] = [];
    await retrying(async () => {
      sentAt.push(world.clock());
      if (sentAt.length === 1) throw rateLimited();
    }, asIs);
    expect(sentAt).toEqual([0, 1000]);
  });

  it('send nothing once another process recorded a quota stop', async () => {
    const world = account({ maxRequestsPerSecond: 10 });
    await world.options().accountLimits!.recordStop({ reason: 'quota', message: 'Quota exceeded' });
    let sent = 0;
    const retrying = prepareRunner(world.options());
    await expect(retrying(async () => (sent += 1), asIs)).rejects.toMatchObject({ kind: 'quota', message: 'Quota exceeded (seen by a process sharing the account)' });
    expect(sent).toBe(0);
  });
});

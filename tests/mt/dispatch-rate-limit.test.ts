/**
 * The dispatcher under a sustained 429: the whole queue waits and backs off, no batch is ever
 * failed for a 429, and it gives up only after `maxWaitMs` without a success — then it stops
 * sending (no burst) and says why. Waits run on a fake clock that each sleep moves forward.
 */
import { describe, expect, it } from 'vitest';
import { EngineCallError } from '../../src/mt/engine.js';
import { translateUnits, type DispatchEvent, type DispatchOptions } from '../../src/mt/index.js';
import { glossaryOf, scriptedEngineOf, segmentOf, unitOf } from '../helpers/builders.js';

const unitsFor = (count: number) =>
  Array.from({ length: count }, (_, i) => unitOf(segmentOf(`Sentence ${String(i).padStart(2, '0')}.`, { id: `p${i + 1}.s1` }), i % 2 ? 'ar' : 'fr'));

const tooManyRequests = (retryAfterMs?: number) =>
  new EngineCallError('rate-limited', 'Too many requests', { status: 429, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) });

interface Call {
  readonly at: number;
  readonly ids: readonly string[];
  readonly refused: boolean;
}

/** A fake clock moved by sleeps, and an engine asking `refuse(call, at)` whether to answer 429. */
function world(refuse: (call: number, at: number) => EngineCallError | undefined, patch: Partial<DispatchOptions> = {}) {
  let now = 0;
  const calls: Call[] = [];
  const waits: number[] = [];
  const events: DispatchEvent[] = [];
  const engine = scriptedEngineOf({ maxTexts: 2, maxBytes: 10_000 }, async (batch) => {
    const at = now;
    const failure = refuse(calls.length + 1, at);
    calls.push({ at, ids: batch.segments.map((segment) => segment.id), refused: failure !== undefined });
    // Answers come back in a later turn, as over a network, so several requests are in flight.
    await new Promise((resolve) => setImmediate(resolve));
    if (failure) throw failure;
    return { targets: batch.segments.map((segment) => `T ${segment.source}`) };
  });
  const options: DispatchOptions = {
    sourceLang: 'en',
    glossary: glossaryOf(),
    concurrency: 4,
    now: () => now,
    random: () => 0.5,
    sleep: async (ms) => {
      const until = now + ms;
      waits.push(ms);
      await new Promise((resolve) => setImmediate(resolve));
      now = Math.max(now, until);
    },
    onEvent: (event) => events.push(event),
    ...patch,
  };
  return { engine, options, calls, waits, events, clock: () => now };
}

describe('the dispatcher under a sustained 429', () => {
  it.each([20, 60])('translates every unit after %i refusals in a row across the whole job, failing none', async (refusals) => {
    const { engine, options, calls } = world((call) => (call <= refusals ? tooManyRequests() : undefined), {
      retry: { baseDelayMs: 100, maxDelayMs: 2000, maxWaitMs: 10 * 60_000 },
    });
    const result = await translateUnits(unitsFor(32), engine, options);
    expect(result.failures).toEqual([]);
    expect(result.stopped).toBeUndefined();
    expect(result.units.every((unit) => unit.state === 'needs-review')).toBe(true);
    expect(calls.filter((call) => call.refused)).toHaveLength(refusals);
    // each of the 16 batches was translated exactly once
    expect(calls.filter((call) => !call.refused)).toHaveLength(16);
  });

  it('sends one request at a time while refused, each after a wait, never a burst', async () => {
    const { engine, options, calls } = world((call) => (call <= 30 ? tooManyRequests() : undefined), {
      retry: { baseDelayMs: 100, maxDelayMs: 2000 },
    });
    await translateUnits(unitsFor(32), engine, options);
    // after the first wave (the requests already in flight), no two requests leave at the same time
    const refused = calls.filter((call) => call.refused);
    const afterFirstWave = refused.slice(refused.findIndex((call) => call.at > 0));
    for (let i = 1; i < afterFirstWave.length; i++) expect(afterFirstWave[i]!.at).toBeGreaterThan(afterFirstWave[i - 1]!.at);
    expect(afterFirstWave.length).toBeGreaterThan(25);
  });

  it('waits as the server asks (Retry-After) for every refusal, whichever batch it was', async () => {
    const { engine, options, calls } = world((call) => (call <= 12 ? tooManyRequests(1500) : undefined));
    const result = await translateUnits(unitsFor(8), engine, options);
    expect(result.failures).toEqual([]);
    const times = [...new Set(calls.map((call) => call.at))];
    // one wave at 0, then one probe every 1.5 s until the server answers
    for (let i = 1; i < times.length - 1; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(1500);
  });

  it('gives up after maxWaitMs without a success: stops sending, fails no unit, says the server kept refusing', async () => {
    const { engine, options, calls, clock, events } = world(() => tooManyRequests(), {
      retry: { baseDelayMs: 1000, maxDelayMs: 8000, maxWaitMs: 60_000 },
    });
    const result = await translateUnits(unitsFor(32), engine, options);
    expect(result.stopped?.reason).toBe('rate-limited');
    expect(result.stopped?.message).toMatch(/no request succeeded for 60 s/);
    expect(result.stopped?.message).toMatch(/429/);
    expect(result.failures).toEqual([]);
    expect(result.units.every((unit) => unit.state === 'untranslated' && unit.findings.length === 0)).toBe(true);
    // it tried until the limit and not beyond it, and the last request was not followed by a burst
    expect(clock()).toBe(60_000);
    expect(Math.max(...calls.map((call) => call.at))).toBeLessThanOrEqual(60_000);
    expect(calls.filter((call) => call.at === calls.at(-1)!.at)).toHaveLength(1);
    const waits = events.filter((event) => event.type === 'rate-limited');
    expect(waits.at(-1)).toMatchObject({ maxWaitMs: 60_000 });
  });

  it('counts the wait from the last success: refusals that come and go never add up to a stop', async () => {
    // one success in the last second of every 50 s, refusals otherwise: never 60 s without a success
    let succeededIn = -1;
    const oncePerWindow = (at: number) => {
      const window = Math.floor(at / 50_000);
      if (at % 50_000 < 49_000 || window === succeededIn) return tooManyRequests(1000);
      succeededIn = window;
      return undefined;
    };
    const { engine, options, calls } = world((_, at) => oncePerWindow(at), {
      retry: { maxWaitMs: 60_000 },
      concurrency: 1,
    });
    const result = await translateUnits(unitsFor(8), engine, options);
    expect(result.stopped).toBeUndefined();
    expect(result.failures).toEqual([]);
    expect(calls.filter((call) => call.refused).length).toBeGreaterThan(40);
  });

  it('gives up at once when the server asks for a wait that ends past maxWaitMs', async () => {
    const { engine, options, calls, clock } = world(() => tooManyRequests(120_000), { retry: { maxWaitMs: 60_000 }, concurrency: 1 });
    const result = await translateUnits(unitsFor(4), engine, options);
    expect(result.stopped?.reason).toBe('rate-limited');
    expect(result.stopped?.message).toMatch(/asked to wait 120 s/);
    expect(calls).toHaveLength(1);
    expect(clock()).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { EngineCallError, type EngineBatch } from '../../src/mt/engine.js';
import { translateUnits, type DispatchEvent, type DispatchOptions } from '../../src/mt/index.js';
import { glossaryOf, scriptedEngineOf, segmentOf, unitOf } from '../helpers/builders.js';

const glossary = glossaryOf();
const unitsFor = (count: number) =>
  Array.from({ length: count }, (_, i) => unitOf(segmentOf(`Sentence ${String(i).padStart(2, '0')}.`, { id: `p${i + 1}.s1` }), 'fr'));

type Outcome = 'ok' | EngineCallError;

/** An engine answering call n with script(n, batch): 'ok' translates, an error is thrown. */
function scripted(script: (call: number, batch: EngineBatch) => Outcome, maxTexts = 2) {
  const calls: Array<{ call: number; ids: string[]; outcome: string }> = [];
  const engine = scriptedEngineOf({ maxTexts, maxBytes: 10_000 }, async (batch) => {
    const call = calls.length + 1;
    const outcome = script(call, batch);
    calls.push({ call, ids: batch.segments.map((s) => s.id), outcome: outcome === 'ok' ? 'ok' : outcome.kind });
    await Promise.resolve();
    if (outcome !== 'ok') throw outcome;
    return { targets: batch.segments.map((s) => `FR ${s.source}`), billedCharacters: batch.segments.reduce((n, s) => n + s.source.length, 0) };
  });
  return { engine, calls };
}

/** Options whose waits are recorded, not slept. */
function recorded(patch: Partial<DispatchOptions> = {}) {
  const waits: number[] = [];
  const events: DispatchEvent[] = [];
  const options: DispatchOptions = {
    sourceLang: 'en',
    glossary,
    concurrency: 1,
    sleep: async (ms) => void waits.push(ms),
    random: () => 0.5,
    onEvent: (event) => events.push(event),
    ...patch,
  };
  return { options, waits, events };
}

const rateLimited = (retryAfterMs?: number) =>
  new EngineCallError('rate-limited', 'Too many requests', { status: 429, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) });

describe('the dispatcher under failures', () => {
  it('waits as long as Retry-After says on a 429, then retries the same batch', async () => {
    const { engine, calls } = scripted((call) => (call <= 2 ? rateLimited(3000) : 'ok'));
    const { options, waits, events } = recorded();
    const result = await translateUnits(unitsFor(2), engine, options);
    expect(calls.map((c) => c.outcome)).toEqual(['rate-limited', 'rate-limited', 'ok']);
    expect(waits.filter((ms) => ms === 3000).length).toBeGreaterThanOrEqual(2);
    expect(result.units.every((unit) => unit.state === 'needs-review')).toBe(true);
    expect(result.rateLimited).toBe(2);
    expect(events.filter((e) => e.type === 'rate-limited')).toHaveLength(2);
  });

  it('backs off exponentially with full jitter when a 429 has no Retry-After', async () => {
    const { engine } = scripted((call) => (call <= 3 ? rateLimited() : 'ok'));
    const { options, waits } = recorded({ retry: { baseDelayMs: 100, maxDelayMs: 10_000 }, random: () => 0.5 });
    await translateUnits(unitsFor(1), engine, options);
    // attempt n waits random × base × 2^(n-1): 50, 100, 200 with random = 0.5
    expect(waits.filter((ms) => [50, 100, 200].includes(ms))).toEqual(expect.arrayContaining([50, 100, 200]));
  });

  it('starts with one request in flight, grows, and halves the requests in flight on a 429', async () => {
    const { engine, calls } = scripted((call) => (call === 6 ? rateLimited(1000) : 'ok'), 1);
    const { options, events } = recorded({ concurrency: 4 });
    const result = await translateUnits(unitsFor(10), engine, options);
    expect(result.unitsSent).toBe(10);
    // slow start: 1, then one more per success up to the maximum of 4; the 429 halves it to 2
    expect(events.find((e) => e.type === 'rate-limited')).toMatchObject({ concurrency: 2 });
    expect(new Set(calls.filter((c) => c.outcome === 'ok').flatMap((c) => c.ids)).size).toBe(10);
  });

  it('retries server errors with backoff and gives up after the last attempt, failing only that batch', async () => {
    const transient = new EngineCallError('transient', 'Internal Server Error', { status: 500 });
    const { engine, calls } = scripted((_, batch) => (batch.segments[0]!.id === 'p1.s1' ? transient : 'ok'));
    const { options, waits } = recorded({ retry: { maxAttempts: 3, baseDelayMs: 10 } });
    const result = await translateUnits(unitsFor(4), engine, options);
    expect(calls.filter((c) => c.ids[0] === 'p1.s1')).toHaveLength(3);
    expect(waits).toHaveLength(2);
    expect(result.failures.map((f) => f.unitId)).toEqual(['p1.s1', 'p2.s1']);
    expect(result.failures[0]!.reason).toMatch(/gave up after 3 attempts/);
    expect(result.units.filter((u) => u.state === 'needs-review')).toHaveLength(2);
  });

  it('splits a batch the server finds too large and translates every unit exactly once', async () => {
    const tooLarge = new EngineCallError('too-large', 'Request Entity Too Large', { status: 413 });
    const { engine, calls } = scripted((_, batch) => (batch.segments.length > 1 ? tooLarge : 'ok'), 8);
    const { options, events } = recorded();
    const result = await translateUnits(unitsFor(5), engine, options);
    const translatedIds = calls.filter((c) => c.outcome === 'ok').flatMap((c) => c.ids).sort();
    expect(translatedIds).toEqual(unitsFor(5).map((u) => u.id).sort());
    expect(events.filter((e) => e.type === 'split').length).toBeGreaterThan(0);
    expect(result.units.every((unit) => unit.state === 'needs-review')).toBe(true);
  });

  it('stops sending on quota exceeded, keeps what was translated, and says why', async () => {
    const quota = new EngineCallError('quota', 'Quota exceeded', { status: 456 });
    const { engine, calls } = scripted((call) => (call === 3 ? quota : 'ok'));
    const { options } = recorded();
    const result = await translateUnits(unitsFor(10), engine, options);
    expect(calls).toHaveLength(3);
    expect(result.stopped).toEqual({ reason: 'quota', message: 'Quota exceeded' });
    expect(result.units.filter((u) => u.state === 'needs-review')).toHaveLength(4);
    expect(result.units.filter((u) => u.state === 'untranslated')).toHaveLength(6);
    expect(result.failures).toEqual([]);
  });

  it('stops at once when the key is refused', async () => {
    const { engine, calls } = scripted(() => new EngineCallError('auth', 'Authorization failed', { status: 403 }));
    const result = await translateUnits(unitsFor(6), engine, recorded().options);
    expect(calls).toHaveLength(1);
    expect(result.stopped?.reason).toBe('auth');
  });

  it('never sends a batch that would go over the character budget', async () => {
    const { engine, calls } = scripted(() => 'ok');
    // each unit is 12 characters, each batch 24: a budget of 60 allows two batches
    const result = await translateUnits(unitsFor(6), engine, recorded({ maxCharacters: 60 }).options);
    expect(calls).toHaveLength(2);
    expect(result.billedCharacters).toBe(48);
    expect(result.stopped?.reason).toBe('budget');
  });
});

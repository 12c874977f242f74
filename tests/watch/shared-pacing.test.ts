import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EngineBatch } from '../../src/mt/engine.js';
import { pseudoEngine } from '../../src/mt/engines/pseudo.js';
import { pacedAcrossJobs } from '../../src/watch/shared-pacing.js';
import { glossaryOf } from '../helpers/builders.js';

const batch: EngineBatch = { sourceLang: 'en', targetLang: 'fr', segments: [] };

afterEach(() => {
  vi.useRealTimers();
});

describe('one request rate across the watcher\'s jobs', () => {
  it('spaces the starts of requests from different jobs by the rate, on a fake clock', async () => {
    vi.useFakeTimers();
    const started: number[] = [];
    const engine = pacedAcrossJobs({ ...pseudoEngine, translateBatch: async () => (started.push(Date.now()), { targets: [] }) }, 2);
    const t0 = Date.now();
    // Two jobs, one after the other, each with its own dispatcher: the gate is the engine's.
    const firstJob = Promise.all([engine.translateBatch(batch, { glossary: glossaryOf() }), engine.translateBatch(batch, { glossary: glossaryOf() })]);
    await vi.advanceTimersByTimeAsync(600);
    await firstJob;
    // The next job starts right away, 100 ms after the last request: its first request waits its turn.
    const secondJob = engine.translateBatch(batch, { glossary: glossaryOf() });
    await vi.advanceTimersByTimeAsync(1000);
    await secondJob;
    expect(started.map((at) => at - t0)).toEqual([0, 500, 1000]);
  });

  it('keeps the engine as it is without a rate, and its name and options with one (the MT cache key)', () => {
    expect(pacedAcrossJobs(pseudoEngine, undefined)).toBe(pseudoEngine);
    const paced = pacedAcrossJobs(pseudoEngine, 5);
    expect([paced.name, paced.origin, paced.offline, paced.options]).toEqual([pseudoEngine.name, pseudoEngine.origin, pseudoEngine.offline, pseudoEngine.options]);
  });
});

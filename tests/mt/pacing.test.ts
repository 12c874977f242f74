import { getEventListeners } from 'node:events';
import PQueue from 'p-queue';
import { describe, expect, it } from 'vitest';
import { EngineCallError } from '../../src/mt/engine.js';
import { AdaptiveConcurrency, QueuePause, realSleep } from '../../src/mt/pacing.js';
import { RetryState } from '../../src/mt/retry.js';
import { retryDelay, defaultRetryPolicy } from '../../src/mt/retry-policy.js';

describe('realSleep', () => {
  it('leaves nothing on the job signal once a sleep is over, and still ends early when the signal aborts', async () => {
    const controller = new AbortController();
    for (let i = 0; i < 12; i++) await realSleep(1, controller.signal);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    const long = realSleep(60_000, controller.signal);
    controller.abort(new Error('stopped'));
    await expect(long).rejects.toThrow('stopped');
  });
});

describe('AdaptiveConcurrency', () => {
  it('starts at one and adds one per success until the first 429 (slow start)', () => {
    const queue = new PQueue({ concurrency: 8 });
    const adaptive = new AdaptiveConcurrency(queue, 8, 3);
    expect(queue.concurrency).toBe(1);
    for (let i = 0; i < 5; i++) adaptive.onSuccess();
    expect(queue.concurrency).toBe(6);
    for (let i = 0; i < 5; i++) adaptive.onSuccess();
    expect(queue.concurrency).toBe(8);
  });

  it('halves on a 429 and adds one back after each run of successes, within [1, max]', () => {
    const queue = new PQueue({ concurrency: 8 });
    const adaptive = new AdaptiveConcurrency(queue, 8, 3);
    for (let i = 0; i < 7; i++) adaptive.onSuccess();
    expect(queue.concurrency).toBe(8);
    adaptive.onRateLimited();
    expect(queue.concurrency).toBe(4);
    adaptive.onRateLimited();
    adaptive.onRateLimited();
    adaptive.onRateLimited();
    expect(queue.concurrency).toBe(1);
    for (let i = 0; i < 3 * 10; i++) adaptive.onSuccess();
    expect(queue.concurrency).toBe(8);
    expect(adaptive.rateLimited).toBe(4);
  });

  it('starts the count of successes again after a 429', () => {
    const queue = new PQueue({ concurrency: 2 });
    const adaptive = new AdaptiveConcurrency(queue, 4, 3);
    adaptive.onSuccess();
    expect(queue.concurrency).toBe(2);
    adaptive.onRateLimited();
    adaptive.onSuccess();
    adaptive.onSuccess();
    expect(queue.concurrency).toBe(1);
    adaptive.onSuccess();
    adaptive.onSuccess();
    expect(queue.concurrency).toBe(2);
  });
});

describe('QueuePause', () => {
  it('pauses the queue until the latest of overlapping pauses ends', async () => {
    const queue = new PQueue({ concurrency: 1 });
    const ends: Array<() => void> = [];
    let now = 0;
    const pause = new QueuePause(queue, () => now, () => new Promise<void>((resolve) => ends.push(resolve)));
    pause.pauseFor(1000);
    now = 100;
    pause.pauseFor(2000);
    pause.pauseFor(500); // ends earlier than the current pause: ignored
    expect(queue.isPaused).toBe(true);
    ends[0]!();
    await Promise.resolve();
    expect(queue.isPaused).toBe(true);
    ends[1]!();
    await Promise.resolve();
    expect(queue.isPaused).toBe(false);
    expect(ends).toHaveLength(2);
  });
});

describe('retryDelay', () => {
  it('takes the server’s Retry-After as it is, capped, and never jitters it', () => {
    expect(retryDelay(defaultRetryPolicy, 1, 7000, () => 0)).toBe(7000);
    expect(retryDelay(defaultRetryPolicy, 1, 10_000_000, () => 0)).toBe(defaultRetryPolicy.maxRetryAfterMs);
  });

  it('otherwise draws uniformly below a doubling, capped ceiling', () => {
    const policy = { ...defaultRetryPolicy, baseDelayMs: 100, maxDelayMs: 1000 };
    expect(retryDelay(policy, 1, undefined, () => 0.999)).toBe(99);
    expect(retryDelay(policy, 3, undefined, () => 0.5)).toBe(200);
    expect(retryDelay(policy, 10, undefined, () => 0.5)).toBe(500);
  });
});

describe('RetryState', () => {
  const tooMany = new EngineCallError('rate-limited', 'Too many requests', { status: 429 });
  const policy = { ...defaultRetryPolicy, baseDelayMs: 100, maxDelayMs: 10_000, maxWaitMs: 5000 };

  it('backs off with the 429s in a row across requests, one per wave, and starts again after a success', () => {
    let now = 0;
    const state = new RetryState(policy, () => now, () => 0.5);
    expect(state.after(tooMany, 1, 0)).toMatchObject({ action: 'wait', waitMs: 50 });
    now = 10;
    // was in flight before the reaction: same wave, waits for the rest of the pause under way
    expect(state.after(tooMany, 1, -5)).toMatchObject({ action: 'wait', waitMs: 40 });
    now = 60;
    expect(state.after(tooMany, 1, 55)).toMatchObject({ action: 'wait', waitMs: 100 });
    state.onSuccess();
    expect(state.after(tooMany, 1, 70)).toMatchObject({ action: 'wait', waitMs: 50 });
  });

  it('never counts a 429 as an attempt, and gives up only once maxWaitMs passed without a success', () => {
    let now = 0;
    const state = new RetryState({ ...policy, maxDelayMs: 400 }, () => now, () => 0.999);
    const waits: number[] = [];
    for (;;) {
      const step = state.after(tooMany, 1, now);
      if (step?.action !== 'wait') {
        expect(step).toMatchObject({ action: 'give-up', message: expect.stringMatching(/^no request succeeded for 5 s/) });
        break;
      }
      waits.push(step.waitMs);
      now += step.waitMs;
    }
    // the last backoff is cut so that the last request goes out at the limit
    expect(now).toBe(5000);
    expect(waits.length).toBeGreaterThan(policy.maxAttempts);
  });

  it('retries server errors up to maxAttempts, and leaves other kinds alone', () => {
    const state = new RetryState(policy, () => 0, () => 0.5);
    const down = new EngineCallError('transient', 'Service unavailable', { status: 503 });
    expect(state.after(down, 1, 0)).toMatchObject({ action: 'wait', waitMs: 50, event: { type: 'retry', attempt: 1 } });
    expect(state.after(down, policy.maxAttempts, 0)).toEqual({ action: 'give-up', message: `Service unavailable (gave up after ${policy.maxAttempts} attempts)` });
    expect(state.after(new EngineCallError('bad-request', 'Bad request', { status: 400 }), 1, 0)).toBeUndefined();
  });
});

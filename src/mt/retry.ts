/**
 * retry — the one retry layer: what to do after a failed engine request, for the dispatcher's
 * batches and for the requests an engine makes to prepare a job (DeepL's glossary set-up) alike.
 *
 * Takes: the policy (data, retry-policy.ts), a clock and a random source.
 * Decides, per failure kind (EngineCallError.kind):
 *   rate-limited (429) → wait: the server's Retry-After, else backoff with full jitter growing with
 *     the 429s in a row across every request (not one request's attempts). A 429 is never counted
 *     as an attempt: the caller waits as long as `maxWaitMs` allows without any request
 *     succeeding, then gives up — the dispatcher then stops sending (`stopped: rate-limited`). A
 *     Retry-After that ends past that limit gives up at once; a backoff is cut to the limit, so
 *     the last request goes out at the limit.
 *   transient (5xx, time-out, reset) → wait with backoff, up to `maxAttempts` attempts of that
 *     request, then give up on it.
 *   anything else → not retried here.
 * Emits the same `rate-limited` / `retry` events wherever the request came from, so progress
 * shows a glossary request's retries like a batch's.
 */
import { EngineCallError } from './engine.js';
import type { Sleep } from './pacing.js';
import { retryDelay, type RetryPolicy } from './retry-policy.js';

export type RetryEvent =
  | {
      readonly type: 'rate-limited';
      readonly waitMs: number;
      /** Requests in flight from now on. */
      readonly concurrency: number;
      /** How long no request has succeeded, and how long that may last before giving up. */
      readonly withoutSuccessMs: number;
      readonly maxWaitMs: number;
    }
  | { readonly type: 'retry'; readonly attempt: number; readonly waitMs: number; readonly reason: string };

export type RetryStep =
  | { readonly action: 'wait'; readonly waitMs: number; readonly event: RetryEvent }
  | { readonly action: 'give-up'; readonly message: string };

/**
 * The state behind the decisions, shared by every request of one dispatch (or one runner): the
 * 429s in a row, the pause under way, the last success. A 429 to a request sent before the last
 * reaction to a 429 belongs to the same wave (it was already in flight): it waits for the pause
 * under way and neither lengthens the backoff nor moves the give-up time.
 */
export class RetryState {
  #streak = 0;
  #refusals = 0;
  #lastReactionAt = Number.NEGATIVE_INFINITY;
  #pauseUntil = Number.NEGATIVE_INFINITY;
  #lastSuccessAt: number;

  constructor(
    private readonly policy: RetryPolicy,
    private readonly now: () => number,
    private readonly random: () => number,
  ) {
    this.#lastSuccessAt = now();
  }

  onSuccess(): void {
    this.#streak = 0;
    this.#refusals = 0;
    this.#lastSuccessAt = this.now();
  }

  /**
   * After `failure` of a request sent at `sentAt`, its `attempt`-th (429s not counted); `concurrency`
   * is what the caller will have in flight from now on. Undefined: not a kind that is retried.
   */
  after(failure: EngineCallError, attempt: number, sentAt: number, concurrency = 1): RetryStep | undefined {
    if (failure.kind === 'rate-limited') return this.#afterRateLimit(failure, sentAt, concurrency);
    if (failure.kind !== 'transient') return undefined;
    if (attempt >= this.policy.maxAttempts) return { action: 'give-up', message: `${failure.message} (gave up after ${attempt} attempts)` };
    const waitMs = retryDelay(this.policy, attempt, failure.retryAfterMs, this.random);
    return { action: 'wait', waitMs, event: { type: 'retry', attempt, waitMs, reason: failure.message } };
  }

  #afterRateLimit(failure: EngineCallError, sentAt: number, concurrency: number): RetryStep {
    const now = this.now();
    this.#refusals += 1;
    const { maxWaitMs } = this.policy;
    const withoutSuccessMs = now - this.#lastSuccessAt;
    const wait = (waitMs: number): RetryStep => ({
      action: 'wait',
      waitMs,
      event: { type: 'rate-limited', waitMs, concurrency, withoutSuccessMs, maxWaitMs },
    });
    if (sentAt < this.#lastReactionAt) return wait(Math.max(0, this.#pauseUntil - now));

    this.#streak += 1;
    this.#lastReactionAt = now;
    const refused = `the server answered 429 (too many requests) to ${this.#refusals} request${this.#refusals === 1 ? '' : 's'} in a row`;
    const left = maxWaitMs - withoutSuccessMs;
    if (left <= 0) {
      return { action: 'give-up', message: `no request succeeded for ${seconds(withoutSuccessMs)} (the longest wait allowed is ${seconds(maxWaitMs)}): ${refused}` };
    }
    const delay = retryDelay(this.policy, this.#streak, failure.retryAfterMs, this.random);
    if (failure.retryAfterMs !== undefined && delay > left) {
      return {
        action: 'give-up',
        message: `the server asked to wait ${seconds(delay)}, past the longest wait allowed without a success (${seconds(maxWaitMs)}): ${refused}`,
      };
    }
    const waitMs = Math.min(delay, left);
    this.#pauseUntil = now + waitMs;
    return wait(waitMs);
  }
}

/**
 * Runs one request with the retry layer: the way an engine's `prepare()` sends its requests. The
 * request's errors go through `classify`; one that is not retried is rethrown as it came (so the
 * caller can still tell a 404 from a 456), one given up on becomes an `EngineCallError` of its kind
 * saying why.
 */
export type RequestRunner = <T>(request: () => Promise<T>, classify: (error: unknown) => EngineCallError) => Promise<T>;

/** One attempt, no retry: for callers that retry elsewhere or not at all. */
export const singleAttempt: RequestRunner = (request) => request();

export interface RetryEnvironment {
  readonly sleep: Sleep;
  readonly now: () => number;
  readonly random: () => number;
  readonly signal?: AbortSignal;
  readonly onEvent?: (event: RetryEvent) => void;
}

/** A runner for requests sent one after another, sharing one `RetryState` (one 429 streak, one last success). */
export function retryingRunner(policy: RetryPolicy, environment: RetryEnvironment): RequestRunner {
  const state = new RetryState(policy, environment.now, environment.random);
  return async <T>(request: () => Promise<T>, classify: (error: unknown) => EngineCallError): Promise<T> => {
    for (let attempt = 1; ; ) {
      const sentAt = environment.now();
      try {
        const result = await request();
        state.onSuccess();
        return result;
      } catch (error) {
        if (environment.signal?.aborted) throw error;
        const failure = classify(error);
        const step = state.after(failure, attempt, sentAt);
        if (step === undefined) throw error;
        if (step.action === 'give-up') {
          // A transient give-up repeats the failure's message; a 429 one says what was waited for, after it.
          const message = failure.kind === 'rate-limited' ? `${failure.message}: ${step.message}` : step.message;
          throw new EngineCallError(failure.kind, message, failure.status === undefined ? {} : { status: failure.status });
        }
        environment.onEvent?.(step.event);
        await environment.sleep(step.waitMs, environment.signal);
        if (failure.kind !== 'rate-limited') attempt += 1;
      }
    }
  };
}

/** "60 s", "0.3 s": whole seconds when they are whole. */
function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

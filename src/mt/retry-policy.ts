/** When and how long to wait before trying a failed request again. Data, not code paths. */
export interface RetryPolicy {
  /** Attempts per request for server errors, time-outs and resets, the first included. @default 6 */
  readonly maxAttempts: number;
  /** Backoff before the second attempt; doubles each time, then capped. @default 1000 */
  readonly baseDelayMs: number;
  /** The longest backoff. @default 60000 */
  readonly maxDelayMs: number;
  /** A server's Retry-After longer than this is cut to it. @default 300000 */
  readonly maxRetryAfterMs: number;
  /**
   * How long 429s may go on with no request succeeding before giving up. 429s are not counted
   * as attempts: a server over its limit is waited for, as long as this allows. @default 600000
   */
  readonly maxWaitMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 6,
  baseDelayMs: 1000,
  maxDelayMs: 60_000,
  maxRetryAfterMs: 300_000,
  maxWaitMs: 600_000,
};

/**
 * The wait before attempt `attempt + 1` (attempt counts from 1): the server's Retry-After when it
 * gave one (never jittered: it said when), else exponential backoff with full jitter, so that
 * clients that failed together do not come back together.
 */
export function retryDelay(policy: RetryPolicy, attempt: number, retryAfterMs: number | undefined, random: () => number): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, policy.maxRetryAfterMs);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}

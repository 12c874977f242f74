/**
 * A token bucket on an injectable clock: starts full (`burst` tokens), refills at `ratePerSecond`,
 * one token per request. An empty bucket answers with the whole seconds until the next token,
 * which the server sends as `Retry-After`.
 */
export interface TokenBucketOptions {
  readonly ratePerSecond: number;
  readonly burst: number;
}

export type TakeOutcome = { readonly ok: true } | { readonly ok: false; readonly retryAfterSeconds: number };

export class TokenBucket {
  readonly #options: TokenBucketOptions;
  readonly #clock: () => number;
  #tokens: number;
  #refilledAt: number;

  constructor(options: TokenBucketOptions, clock: () => number) {
    if (!(options.ratePerSecond > 0) || !Number.isFinite(options.ratePerSecond)) {
      throw new TypeError(`Expected \`ratePerSecond\` to be a finite number > 0, got \`${options.ratePerSecond}\``);
    }
    if (!Number.isInteger(options.burst) || options.burst < 1) {
      throw new TypeError(`Expected \`burst\` to be an integer >= 1, got \`${options.burst}\``);
    }
    this.#options = options;
    this.#clock = clock;
    this.#tokens = options.burst;
    this.#refilledAt = clock();
  }

  take(): TakeOutcome {
    const now = this.#clock();
    const refill = ((now - this.#refilledAt) / 1000) * this.#options.ratePerSecond;
    this.#tokens = Math.min(this.#options.burst, this.#tokens + refill);
    this.#refilledAt = now;
    if (this.#tokens >= 1) {
      this.#tokens -= 1;
      return { ok: true };
    }
    const secondsToNextToken = (1 - this.#tokens) / this.#options.ratePerSecond;
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(secondsToNextToken)) };
  }
}

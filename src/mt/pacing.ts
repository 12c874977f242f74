import type PQueue from 'p-queue';

/** Waiting, abstracted so tests record delays instead of sleeping. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export const realSleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });

/**
 * Adapts how many requests are in flight, as TCP does its window: it starts at one request and
 * adds one per success until the first 429 (slow start: the limit is unknown, so it is found, not
 * assumed), then halves on each 429 (multiplicative decrease) and adds one after
 * `successesPerStep` successes in a row (additive increase), within [1, maxConcurrency]. With the
 * queue's start-rate cap it approaches a server's limit instead of hammering it. It steers
 * p-queue's `concurrency`, which p-queue lets change at run time.
 */
export class AdaptiveConcurrency {
  #successes = 0;
  #slowStart = true;
  rateLimited = 0;

  constructor(
    private readonly queue: PQueue,
    private readonly maxConcurrency: number,
    private readonly successesPerStep = 8,
  ) {
    queue.concurrency = 1;
  }

  get current(): number {
    return this.queue.concurrency;
  }

  onSuccess(): void {
    this.#successes += 1;
    const step = this.#slowStart ? 1 : this.successesPerStep;
    if (this.#successes >= step && this.queue.concurrency < this.maxConcurrency) {
      this.queue.concurrency += 1;
      this.#successes = 0;
    }
  }

  onRateLimited(): void {
    this.#slowStart = false;
    this.rateLimited += 1;
    this.#successes = 0;
    this.queue.concurrency = Math.max(1, Math.floor(this.queue.concurrency / 2));
  }
}

/**
 * Pauses the whole queue, not just the request that was refused: a 429 means the account is over
 * its limit, so every request waits. Overlapping pauses extend to the latest end.
 */
export class QueuePause {
  #until = 0;
  /** The latest pause; only its end restarts the queue. */
  #generation = 0;

  constructor(
    private readonly queue: PQueue,
    private readonly now: () => number,
    private readonly sleep: Sleep,
  ) {}

  pauseFor(ms: number): void {
    const until = this.now() + ms;
    if (until <= this.#until) return;
    this.#until = until;
    const generation = ++this.#generation;
    this.queue.pause();
    void this.sleep(ms).then(() => {
      if (generation === this.#generation) this.queue.start();
    });
  }
}

/**
 * How many 429s in a row the queue has met, across batches: the backoff after a 429 grows with
 * this streak, not with one batch's attempts, so a batch refused again after others succeeded
 * does not stop everything for its own long backoff. A 429 to a request sent before the last
 * reaction belongs to the same wave (it was already in flight) and does not lengthen the streak.
 * Any success ends the streak.
 */
export class RateLimitStreak {
  #length = 0;
  #lastReactionAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly now: () => number) {}

  /** Records a 429 to a request sent at `sentAt`; returns the streak's length. */
  onRateLimited(sentAt: number): number {
    if (sentAt >= this.#lastReactionAt) {
      this.#length += 1;
      this.#lastReactionAt = this.now();
    }
    return this.#length;
  }

  onSuccess(): void {
    this.#length = 0;
  }
}

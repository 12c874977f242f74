import type PQueue from 'p-queue';

/** Waiting, abstracted so tests record delays instead of sleeping. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export const realSleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    // A sleep that ends takes its listener off the signal: a job's signal lives through every
    // wait of the job, and listeners left on it piled up (Node warned past ten).
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
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

  /** `signal` ends the pause early (a stop, a cancel): the queue starts, and its tasks see why. */
  pauseFor(ms: number, signal?: AbortSignal): void {
    const until = this.now() + ms;
    // A pause under way that lasts longer covers this one; one that has ended does not.
    if (this.queue.isPaused && until <= this.#until) return;
    this.#until = until;
    const generation = ++this.#generation;
    this.queue.pause();
    const restart = () => {
      if (generation === this.#generation) this.queue.start();
    };
    this.sleep(ms, signal).then(restart, restart);
  }
}

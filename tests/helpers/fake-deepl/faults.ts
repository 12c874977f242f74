import type { TagCorruption } from './fake-translation.js';
import { TokenBucket, type TokenBucketOptions } from './token-bucket.js';

/** Limits a scripted step to one path (exact, or a prefix ending in `/`); any path when absent. */
export interface StepScope {
  readonly path?: string;
}

/**
 * A per-test script of what the fake does wrong. Steps (`fail`, `hang`, `reset`, `corruptTags`)
 * form one queue used in order, one step per matching request; refusals (`refuse`) come before
 * them; settings (`quotaAfter`, `maxBodyBytes`, `tokenBucket`, `latency`) hold until changed. Every method returns the script,
 * so `fake.faults.fail(2, { status: 429 }).hang(1)` reads as what will happen.
 */
export interface FaultScript {
  /**
   * The next `times` requests answer `status` with `{"message": …}` (the status text unless
   * `message` is given), and `Retry-After` when `retryAfterSeconds` is.
   */
  fail(times: number, response: FailResponse & StepScope): FaultScript;
  /** The next `times` requests are read and never answered; `stop()` still closes them. */
  hang(times: number, scope?: StepScope): FaultScript;
  /**
   * The next `times` requests of the whole job, whatever their path (glossary set-up, translate,
   * usage), answer 429 Too Many Requests, as an account over its limit does for a while; with
   * `Retry-After` when `retryAfterSeconds` is given. `afterRequests`: the refusals begin once that
   * many more requests have been served (the account goes over its limit mid-job). Before auth and
   * every step: scripted steps wait until the refusals are over. Calls add up.
   */
  refuse(times: number, options?: RefuseOptions): FaultScript;
  /** The next `times` requests have their connection destroyed before any answer. */
  reset(times: number, scope?: StepScope): FaultScript;
  /**
   * The next `times` translate requests return text `textIndex` (default 0) with its markup
   * corrupted (`TagCorruption`: drop, unwrap, duplicate, cross, invent); `'every'` corrupts every
   * text (the same text alike whatever batch carries it). `element` aims it at elements of that
   * name (`g`: markup codes; `x`: placeholders); any element when absent.
   */
  corruptTags(times: number, mode: TagCorruption, options?: CorruptionOptions): FaultScript;
  /** 456 for a translate request once the billed characters would exceed `characters`; also /v2/usage's limit. */
  quotaAfter(characters: number): FaultScript;
  /** 413 for a request body larger than `bytes`; `undefined` lifts the limit. */
  maxBodyBytes(bytes: number | undefined): FaultScript;
  /** 429 with `Retry-After` when the bucket is empty (one token per authorized request); `undefined` removes it. */
  tokenBucket(options: TokenBucketOptions | undefined): FaultScript;
  /** Delay before every answer, in milliseconds. */
  latency(milliseconds: number): FaultScript;
  /** Drops the remaining steps and resets every setting. */
  clear(): FaultScript;
  /** Steps not used yet. */
  readonly pendingSteps: number;
  /** Refusals not used yet. */
  readonly pendingRefusals: number;
}

/** Which text of a request a tag corruption hits: its index, or every one. */
export type CorruptedText = number | 'every';

export interface CorruptionOptions {
  readonly textIndex?: CorruptedText;
  /** The name of the elements it acts on; any element when absent. */
  readonly element?: string;
}

export interface RefuseOptions {
  readonly retryAfterSeconds?: number;
  readonly afterRequests?: number;
}

export interface FailResponse {
  readonly status: number;
  readonly retryAfterSeconds?: number;
  readonly message?: string;
}

export type FaultStep =
  | ({ readonly kind: 'fail'; readonly path?: string } & FailResponse)
  | { readonly kind: 'hang'; readonly path?: string }
  | { readonly kind: 'reset'; readonly path?: string }
  | { readonly kind: 'corrupt-tags'; readonly mode: TagCorruption; readonly textIndex: CorruptedText; readonly element?: string; readonly path: string };

export class Faults implements FaultScript {
  readonly #steps: FaultStep[] = [];
  /** Refusals to come, each with its Retry-After (seconds), if any. */
  readonly #refusals: Array<number | undefined> = [];
  /** Requests still served before the refusals begin. */
  #refusalsBeginIn = 0;
  readonly #clock: () => number;
  quotaCharacters: number | undefined;
  bodyLimitBytes: number | undefined;
  bucket: TokenBucket | undefined;
  latencyMs = 0;

  constructor(clock: () => number) {
    this.#clock = clock;
  }

  get pendingSteps(): number {
    return this.#steps.length;
  }

  get pendingRefusals(): number {
    return this.#refusals.length;
  }

  refuse(times: number, options: RefuseOptions = {}): this {
    checkTimes(times);
    const retryAfter = options.retryAfterSeconds === undefined ? undefined : nonNegative('retryAfterSeconds', options.retryAfterSeconds);
    if (options.afterRequests !== undefined) this.#refusalsBeginIn = nonNegative('afterRequests', options.afterRequests);
    for (let i = 0; i < times; i++) this.#refusals.push(retryAfter);
    return this;
  }

  /** Uses one refusal: `undefined` when none is left, else the Retry-After to send (maybe none). */
  takeRefusal(): { readonly retryAfterSeconds: number | undefined } | undefined {
    if (this.#refusals.length === 0) return undefined;
    if (this.#refusalsBeginIn > 0) {
      this.#refusalsBeginIn -= 1;
      return undefined;
    }
    return { retryAfterSeconds: this.#refusals.shift() };
  }

  fail(times: number, response: FailResponse & StepScope): this {
    if (!Number.isInteger(response.status) || response.status < 400 || response.status > 599) {
      throw new TypeError(`Expected \`status\` to be an HTTP error status (400–599), got \`${response.status}\``);
    }
    return this.#add(times, { kind: 'fail', ...response });
  }

  hang(times: number, scope: StepScope = {}): this {
    return this.#add(times, { kind: 'hang', ...scope });
  }

  reset(times: number, scope: StepScope = {}): this {
    return this.#add(times, { kind: 'reset', ...scope });
  }

  corruptTags(times: number, mode: TagCorruption, options: CorruptionOptions = {}): this {
    const element = options.element === undefined ? {} : { element: options.element };
    return this.#add(times, { kind: 'corrupt-tags', mode, textIndex: options.textIndex ?? 0, ...element, path: '/v2/translate' });
  }

  quotaAfter(characters: number): this {
    this.quotaCharacters = nonNegative('characters', characters);
    return this;
  }

  maxBodyBytes(bytes: number | undefined): this {
    this.bodyLimitBytes = bytes === undefined ? undefined : nonNegative('bytes', bytes);
    return this;
  }

  tokenBucket(options: TokenBucketOptions | undefined): this {
    this.bucket = options === undefined ? undefined : new TokenBucket(options, this.#clock);
    return this;
  }

  latency(milliseconds: number): this {
    this.latencyMs = nonNegative('milliseconds', milliseconds);
    return this;
  }

  clear(): this {
    this.#steps.length = 0;
    this.#refusals.length = 0;
    this.#refusalsBeginIn = 0;
    this.quotaCharacters = undefined;
    this.bodyLimitBytes = undefined;
    this.bucket = undefined;
    this.latencyMs = 0;
    return this;
  }

  /** Removes and returns the first step that applies to `path`. */
  takeStep(path: string): FaultStep | undefined {
    const index = this.#steps.findIndex((step) => step.path === undefined || step.path === path || (step.path.endsWith('/') && path.startsWith(step.path)));
    return index < 0 ? undefined : this.#steps.splice(index, 1)[0];
  }

  #add(times: number, step: FaultStep): this {
    checkTimes(times);
    for (let i = 0; i < times; i++) this.#steps.push(step);
    return this;
  }
}

function checkTimes(times: number): void {
  if (!Number.isInteger(times) || times < 1) throw new TypeError(`Expected \`times\` to be an integer >= 1, got \`${times}\``);
}

function nonNegative(name: string, value: number): number {
  if (!Number.isFinite(value) || value < 0) throw new TypeError(`Expected \`${name}\` to be a finite number >= 0, got \`${value}\``);
  return value;
}

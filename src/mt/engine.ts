import type { Glossary, LanguageTag, MarkupPlacement, Segment, TargetFinding, TargetOrigin } from '../model.js';
import type { RequestRunner } from './retry.js';

/** One request to an engine: segments of one language pair, already packed by the dispatcher. */
export interface EngineBatch {
  readonly sourceLang: LanguageTag;
  readonly targetLang: LanguageTag;
  readonly segments: readonly Segment[];
  /** The text around the segments (their paragraphs), for engines that take context; never translated. */
  readonly context?: string;
}

/** What an engine receives besides the batch: its services, passed in so tests can fake them. */
export interface EngineContext {
  readonly glossary: Glossary;
  readonly signal?: AbortSignal;
}

/**
 * A machine-translation engine: a typed module with a name, registered once (see registry.ts).
 * Mechanism only: it makes one call per batch and reports the outcome; batching, pacing,
 * retries and budgets belong to the dispatcher.
 */
export interface TranslationEngine {
  readonly type: 'engine';
  readonly name: string;
  /**
   * What its targets are. `undefined` for an engine that translates nothing (`none`):
   * the dispatcher then sends it nothing at all.
   */
  readonly origin: TargetOrigin | undefined;
  /**
   * True when it runs in this process without network or cost (none, pseudo): `check`, which
   * promises no network call, may run it to see what a run would produce.
   */
  readonly offline: boolean;
  /** What, besides its name, changes its output: part of the MT cache key. */
  readonly options: Readonly<Record<string, string | number | boolean>>;
  /** The largest batch it accepts. */
  readonly limits: { readonly maxTexts: number; readonly maxBytes: number };
  /**
   * Called once by a job that is about to send (not by `check` or a dry run): where an engine sets
   * up what its requests need, such as a glossary made from the termbase. Each of its requests goes
   * through `retrying`, the dispatcher's retry layer: the same policy and progress events as the
   * batches, so that there is one retry layer.
   */
  prepare?(job: { readonly glossary: Glossary; readonly targetLangs: readonly LanguageTag[]; readonly retrying: RequestRunner }): Promise<void>;
  /**
   * One request for the whole batch. Fails with an `EngineCallError` saying what kind of failure
   * it was, so the dispatcher can decide: wait, retry, split, stop or give up.
   */
  translateBatch(batch: EngineBatch, context: EngineContext): Promise<EngineBatchResult>;
}

/**
 * An engine as a job's options name it: plain data, so that a job's options travel as JSON (to a
 * worker) and hold no secret. Its name and options are what MT cache keys and output fingerprints
 * read; origin and offline are what the job decides by (what the report says it produces, whether
 * `check` may run it). The live engine comes from the job's services, built for these settings.
 */
export interface EngineSettings {
  readonly name: string;
  readonly options: TranslationEngine['options'];
  /** Absent for an engine that translates nothing (`none`). */
  readonly origin?: TargetOrigin;
  readonly offline: boolean;
}

/** The settings that name `engine`. */
export function engineSettingsOf({ name, options, origin, offline }: TranslationEngine): EngineSettings {
  return { name, options: { ...options }, ...(origin === undefined ? {} : { origin }), offline };
}

export interface EngineBatchResult {
  /** Targets in the order of `batch.segments`. */
  readonly targets: readonly string[];
  /** Characters the provider billed for the request, when it says. */
  readonly billedCharacters?: number;
  /**
   * Per target, in order: what the engine noticed going wrong (a placeholder MT dropped). About the
   * target, not a unit: the MT cache keeps them with it, and each unit it serves gets them.
   */
  readonly findings?: ReadonlyArray<readonly TargetFinding[]>;
  /**
   * Per target, in order: where it carries its segment's markup codes (`undefined` for a segment
   * without codes). Only placements the engine could check; a code it lost or broke has none and
   * a finding instead.
   */
  readonly markup?: ReadonlyArray<readonly MarkupPlacement[] | undefined>;
}

/**
 * How an engine request failed, as the dispatcher needs to know it:
 * - `rate-limited`: too many requests (429): pause everything, then retry;
 * - `transient`: server error, time-out, connection reset: retry with backoff;
 * - `too-large`: the request body is too large (413): split the batch;
 * - `quota`: the account's quota is used up (456): stop dispatching, resumable later;
 * - `auth`: the key is refused (403): stop, nothing will work;
 * - `bad-request`: the request is wrong (400): fail these units.
 */
export type EngineFailureKind = 'rate-limited' | 'transient' | 'too-large' | 'quota' | 'auth' | 'bad-request';

export class EngineCallError extends Error {
  override readonly name = 'EngineCallError';
  readonly kind: EngineFailureKind;
  /** HTTP status, when there was one. */
  readonly status?: number;
  /** How long the server asked us to wait (Retry-After), in milliseconds. */
  readonly retryAfterMs?: number;

  constructor(kind: EngineFailureKind, message: string, options: { status?: number; retryAfterMs?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    if (options.status !== undefined) this.status = options.status;
    if (options.retryAfterMs !== undefined) this.retryAfterMs = options.retryAfterMs;
  }
}

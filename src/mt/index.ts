/**
 * mt — the dispatcher: sends the units that need a translation to an engine in batches, paced,
 * retried and budgeted. Policy lives here; an engine makes one call and says how it failed.
 *
 * Takes: units (any state), an engine, the glossary.
 * Returns: every unit, in the order given: those the engine translated carry its target with
 *   state `needs-review` and origin/engine set; the rest are returned by identity. Failures are
 *   collected per unit (as `mt/failed` findings and in `failures`), never dropped: p-queue's
 *   onIdle() resolves even when tasks reject, so each task records its own outcome.
 * Behaviour per failure kind (EngineCallError.kind), waits decided by the retry layer (retry.ts):
 *   rate-limited → the whole queue pauses (the server's Retry-After, else backoff with full
 *     jitter growing with the queue's 429s in a row, not the batch's), in-flight requests are
 *     halved (AIMD), then the batch is queued again, first in line. A 429 never fails a batch:
 *     when no request has succeeded for `retry.maxWaitMs`, dispatching stops (`stopped` =
 *     rate-limited) and nothing more is sent;
 *   transient → retried with backoff, up to `retry.maxAttempts`;
 *   too-large → the batch is split in halves, each sent on its own;
 *   quota, auth → dispatching stops: nothing more is sent, what was translated is kept, and
 *     `stopped` says why (a re-run resumes: results were committed as they came);
 *   bad-request (or attempts exhausted) → the batch's units fail.
 *   A batch that would take the characters sent past `maxCharacters` is not sent: `stopped` =
 *   budget.
 *   `onTranslated` failing or `onEvent` throwing (the store refusing a result) → nothing more is sent, and
 *   translateUnits rejects with that error once every request in flight has settled.
 * Options: see DispatchOptions.
 *   With `accountLimits` (processes sharing one account), the same policy reaches the others: a
 *   429's pause is theirs too, a quota or auth stop stops them, the budget is the account's.
 * Limitations: without `accountLimits`, one process's view; two processes sharing an account pace
 *   independently.
 */
import PQueue from 'p-queue';
import { findingOnUnit, withEngineTarget, type Glossary, type LanguageTag, type Unit } from '../model.js';
import { packBatches, type UnitBatch } from './batches.js';
import { EngineCallError, type EngineBatchResult, type TranslationEngine } from './engine.js';
import type { AccountLimits, AccountStop } from './account-limits.js';
import { CharacterBudget } from './budget.js';
import { AdaptiveConcurrency, QueuePause, realSleep, type Sleep } from './pacing.js';
import { retryingRunner, RetryState, type RequestRunner, type RetryEvent } from './retry.js';
import { defaultRetryPolicy, type RetryPolicy } from './retry-policy.js';
import { errorMessage } from '../errors.js';

export interface DispatchOptions {
  readonly sourceLang: LanguageTag;
  readonly glossary: Glossary;
  /** Most requests in flight at once; adapts down on 429 and back up. @default 4 */
  readonly concurrency?: number;
  /** Most requests started per second (p-queue interval cap). @default unlimited */
  readonly maxRequestsPerSecond?: number;
  readonly retry?: Partial<RetryPolicy>;
  /** Stop before the characters sent would exceed this. @default unlimited */
  readonly maxCharacters?: number;
  /**
   * The limits of an engine account shared with other processes (`src/scale/`): each request
   * reserves its characters in the account's budget, then waits for a slot, the end of any pause
   * and a token of the account's rate; a 429 pauses them all, a quota or auth stop stops them all.
   * Absent: this dispatch's own pacing is all there is. @default none
   */
  readonly accountLimits?: AccountLimits;
  readonly signal?: AbortSignal;
  /**
   * Called with each batch's result as soon as the engine returns it, and awaited before it is used:
   * where the job commits it to the store, so a killed job never pays for it twice. An error thrown
   * (or a rejection) here stops the dispatch (it is not a translation failure).
   */
  readonly onTranslated?: (batch: UnitBatch, result: EngineBatchResult) => void | Promise<void>;
  /** The text around a unit (its paragraph), passed to the engine as the batch's context. */
  readonly contextOf?: (unit: Unit) => string | undefined;
  /** Progress and pacing events, for displays and logs. */
  readonly onEvent?: (event: DispatchEvent) => void;
  /** For tests: waiting and randomness. */
  readonly sleep?: Sleep;
  readonly random?: () => number;
  readonly now?: () => number;
}

export type DispatchEvent =
  /** What is about to be sent, per target language (the totals progress displays count towards). */
  | { readonly type: 'planned'; readonly workload: Readonly<Record<LanguageTag, { readonly units: number; readonly characters: number }>> }
  | { readonly type: 'translated'; readonly targetLang: LanguageTag; readonly units: number; readonly characters: number }
  | RetryEvent
  | { readonly type: 'split'; readonly units: number };

export type { UnitBatch } from './batches.js';
export type { RetryPolicy } from './retry-policy.js';

export interface UnitFailure {
  readonly unitId: string;
  readonly targetLang: LanguageTag;
  readonly reason: string;
}

export interface DispatchStop {
  /** rate-limited: the server kept answering 429 for `retry.maxWaitMs` without a success. */
  readonly reason: 'quota' | 'auth' | 'budget' | 'rate-limited';
  readonly message: string;
}

export interface DispatchResult {
  readonly units: Unit[];
  readonly failures: UnitFailure[];
  /** Requests that returned translations. */
  readonly requests: number;
  /** Units whose translation came back. */
  readonly unitsSent: number;
  /** Characters of the requests that succeeded (the provider's count when it gives one). */
  readonly billedCharacters: number;
  /** 429 answers received. */
  readonly rateLimited: number;
  /** Why dispatching stopped early, when it did; the units not sent stay untranslated. */
  readonly stopped?: DispatchStop;
}

export async function translateUnits(
  units: readonly Unit[],
  engine: TranslationEngine,
  options: DispatchOptions,
): Promise<DispatchResult> {
  const maxConcurrency = options.concurrency ?? 4;
  if (!Number.isInteger(maxConcurrency) || maxConcurrency < 1) {
    throw new TypeError(`Expected \`concurrency\` to be an integer >= 1, got \`${maxConcurrency}\``);
  }
  const { sleep, random, now } = clockOf(options);
  const pending = engine.origin === undefined ? [] : units.filter((unit) => unit.state === 'untranslated');

  const queue = new PQueue({
    concurrency: maxConcurrency,
    ...(options.maxRequestsPerSecond === undefined ? {} : { intervalCap: 1, interval: 1000 / options.maxRequestsPerSecond }),
  });
  const adaptive = new AdaptiveConcurrency(queue, maxConcurrency);
  const pause = new QueuePause(queue, now, sleep);
  const retries = new RetryState(retryPolicyOf(options), now, random);
  const limits = options.accountLimits;
  // Aborted on a stop (or a callback failure): waits under way end at once, so nothing outlives the dispatch.
  const stopping = new AbortController();
  const waitSignal = options.signal ? AbortSignal.any([options.signal, stopping.signal]) : stopping.signal;
  const translated = new Map<Unit, Unit>(); // by identity: units of different articles share ids
  const failures: UnitFailure[] = [];
  const totals = { requests: 0, unitsSent: 0, billedCharacters: 0 };
  const budget = new CharacterBudget(options.maxCharacters, limits);
  let stopped: DispatchStop | undefined;

  const fail = (batch: UnitBatch, reason: string): void => {
    for (const unit of batch.units) {
      failures.push({ unitId: unit.id, targetLang: unit.targetLang, reason });
      translated.set(unit, withFailure(unit, reason, engine.name));
    }
  };
  // Queued tasks see `stopped` and return at once; a paused queue is started so that they do.
  // (Not queue.clear(): the promises of cleared p-queue tasks never settle.)
  const stop = (reason: DispatchStop['reason'], message: string): void => {
    if (stopped) return;
    stopped = { reason, message };
    endWaits();
  };
  /** A pause or a stop the processes sharing the account must see too; its failure ends the dispatch like a callback's. */
  const share = (work: (shared: AccountLimits) => Promise<void>): void => {
    if (limits) tasks.push(work(limits).catch(onCallbackFailure));
  };
  /** After a stop or a callback failure: waits under way end at once, and queued tasks run (to return). */
  const endWaits = (): void => {
    stopping.abort();
    queue.start();
  };
  /**
   * A callback that throws (the store refusing a result: busy past its timeout, disk full) ends the
   * dispatch: nothing more is sent, and the error is raised once every task has settled, so that
   * no request in flight rejects with no one listening.
   */
  let callbackFailure: { readonly error: unknown } | undefined;
  const tasks: Promise<void>[] = [];
  const schedule = (batch: UnitBatch): void => {
    tasks.push(queue.add(() => sendGuarded(batch, 1, false)));
  };
  /** A batch refused with 429 waits in the (paused) queue, first in line for when it starts again. */
  const requeue = (batch: UnitBatch, attempt: number): void => {
    tasks.push(queue.add(() => sendGuarded(batch, attempt, true), { priority: 1 }));
  };
  /**
   * A retry after a server error waits outside the queue, then queues again: it frees its slot
   * while waiting, and the queue's pause and (possibly halved) concurrency apply to it like to any
   * other request. A stop ends the wait, and the batch is not sent.
   */
  const scheduleRetry = (batch: UnitBatch, attempt: number, waitMs: number): void => {
    const retry = sleep(waitMs, waitSignal).then(
      () => queue.add(() => sendGuarded(batch, attempt, true)),
      (error: unknown) => {
        if (!stopping.signal.aborted || options.signal?.aborted) throw error;
      },
    );
    tasks.push(retry);
  };

  /**
   * The account's admission (slot, pause, rate), when it is shared: its release, or undefined when
   * the batch must not go (a stop, here or recorded by another process, ended the wait).
   */
  const admit = async (): Promise<(() => void) | undefined> => {
    if (!limits) return () => undefined;
    const admission = await limits.admit(waitSignal).catch((error: unknown) => {
      if (stopping.signal.aborted && !options.signal?.aborted) return undefined;
      throw error;
    });
    if (admission?.kind === 'stopped') stop(admission.stop.reason, admission.stop.message);
    if (admission?.kind !== 'granted') return undefined;
    if (!stopped && !callbackFailure) return admission.release;
    admission.release();
    return undefined;
  };

  /** `attempt` counts failures other than 429s; `reserved` says the batch's characters are counted already. */
  const send = async (batch: UnitBatch, attempt: number, reserved: boolean): Promise<void> => {
    const characters = charactersOf(batch);
    if (stopped || callbackFailure) {
      if (reserved) await budget.giveBack(characters);
      return;
    }
    if (!reserved) {
      const refusal = await budget.reserve(characters);
      if (refusal !== undefined) return stop('budget', refusal);
    }
    const release = await admit();
    if (!release) return budget.giveBack(characters);
    const sentAt = now();
    const answer = await request(batch);
    // The slot serves another request as soon as this one is answered, not after the commit.
    release();
    if (answer instanceof EngineCallError) {
      if (handleFailure(answer, batch, attempt, sentAt) === 'done') await budget.giveBack(characters);
      return;
    }
    adaptive.onSuccess();
    retries.onSuccess();
    await options.onTranslated?.(batch, answer);
    totals.requests += 1;
    totals.unitsSent += batch.units.length;
    totals.billedCharacters += answer.billedCharacters ?? characters;
    options.onEvent?.({ type: 'translated', targetLang: batch.targetLang, units: batch.units.length, characters });
    batch.units.forEach((unit, i) => {
      const markup = answer.markup?.[i];
      const target = { target: answer.targets[i]!, origin: engine.origin, engine: engine.name, findings: answer.findings?.[i] ?? [] };
      translated.set(unit, withEngineTarget(unit, markup === undefined ? target : { ...target, markup }));
    });
  };

  /** One engine call: its result, or how it failed (anything thrown that is not an EngineCallError is transient). */
  const request = async (batch: UnitBatch): Promise<EngineBatchResult | EngineCallError> => {
    try {
      const context = options.contextOf ? contextOfBatch(batch, options.contextOf) : undefined;
      const result = await engine.translateBatch(
        {
          sourceLang: options.sourceLang,
          targetLang: batch.targetLang,
          segments: batch.units.map((unit) => unit.segment),
          ...(context === undefined ? {} : { context }),
        },
        options.signal ? { glossary: options.glossary, signal: options.signal } : { glossary: options.glossary },
      );
      if (result.targets.length !== batch.units.length) {
        return new EngineCallError('bad-request', `engine ${engine.name} returned ${result.targets.length} targets for ${batch.units.length} segments`);
      }
      return result;
    } catch (error) {
      return error instanceof EngineCallError ? error : new EngineCallError('transient', errorMessage(error), { cause: error });
    }
  };

  const onCallbackFailure = (error: unknown): void => {
    callbackFailure ??= { error };
    endWaits();
  };
  const sendGuarded = (batch: UnitBatch, attempt: number, reserved: boolean): Promise<void> =>
    send(batch, attempt, reserved).catch(onCallbackFailure);

  /** Acts on a failed attempt: 'retry' (scheduled after a wait), or 'done' (failed, split or stopped). */
  const handleFailure = (failure: EngineCallError, batch: UnitBatch, attempt: number, sentAt: number): 'retry' | 'done' => {
    switch (failure.kind) {
      case 'quota':
      case 'auth': {
        const accountStop: AccountStop = { reason: failure.kind, message: failure.message };
        stop(accountStop.reason, accountStop.message);
        share((shared) => shared.recordStop(accountStop));
        return 'done';
      }
      case 'too-large':
        if (batch.units.length === 1) {
          fail(batch, `too large for ${engine.name} even alone: ${failure.message}`);
        } else {
          const half = Math.ceil(batch.units.length / 2);
          options.onEvent?.({ type: 'split', units: batch.units.length });
          // Each half is queued as its own request (not awaited here: that would hold a slot).
          schedule({ targetLang: batch.targetLang, units: batch.units.slice(0, half) });
          schedule({ targetLang: batch.targetLang, units: batch.units.slice(half) });
        }
        return 'done';
      case 'bad-request':
        fail(batch, failure.message);
        return 'done';
      case 'rate-limited': {
        adaptive.onRateLimited();
        const step = retries.after(failure, attempt, sentAt, adaptive.current)!;
        if (step.action === 'give-up') {
          stop('rate-limited', step.message);
          return 'done';
        }
        pause.pauseFor(step.waitMs, waitSignal);
        share((shared) => shared.pause(step.waitMs));
        options.onEvent?.(step.event);
        requeue(batch, attempt);
        return 'retry';
      }
      case 'transient': {
        const step = retries.after(failure, attempt, sentAt)!;
        if (step.action === 'give-up') {
          fail(batch, step.message);
          return 'done';
        }
        options.onEvent?.(step.event);
        scheduleRetry(batch, attempt + 1, step.waitMs);
        return 'retry';
      }
    }
  };

  packBatches(pending, engine.limits).forEach(schedule);
  // Splits add tasks while earlier ones run: walk the list until it stops growing.
  for (let i = 0; i < tasks.length; i++) await tasks[i];
  if (callbackFailure) throw callbackFailure.error;

  return {
    units: units.map((unit) => translated.get(unit) ?? unit),
    failures,
    requests: totals.requests,
    unitsSent: totals.unitsSent,
    billedCharacters: totals.billedCharacters,
    rateLimited: adaptive.rateLimited,
    ...(stopped ? { stopped } : {}),
  };
}

/**
 * The retry layer for the requests an engine makes to prepare a job (`TranslationEngine.prepare`):
 * the same policy, clock and events as the dispatch of its batches. With `accountLimits`, each
 * request also waits for the account's slot, pause and rate, and a 429 pauses the others, as a
 * batch does: workers starting together sync their glossaries at once, and requests the shared
 * rate did not see took the account's tokens from the batches (429s all round).
 */
export function prepareRunner(options: Pick<DispatchOptions, 'retry' | 'sleep' | 'random' | 'now' | 'signal' | 'onEvent' | 'accountLimits'>): RequestRunner {
  const limits = options.accountLimits;
  const onEvent = (event: RetryEvent): void => {
    // A pause the others miss costs them a 429 of their own, no more.
    if (limits && event.type === 'rate-limited') void limits.pause(event.waitMs).catch(() => undefined);
    options.onEvent?.(event);
  };
  const runner = retryingRunner(retryPolicyOf(options), { ...clockOf(options), ...(options.signal ? { signal: options.signal } : {}), onEvent });
  if (!limits) return runner;
  return (request, classify) => runner(() => admitted(limits, request, options.signal), (error) => (error instanceof AccountStopped ? error : classify(error)));
}

/** The stop another process recorded, met by a prepare request before it was sent. */
class AccountStopped extends EngineCallError {}

/** `request` once the account admits it, its slot released when it is answered. */
async function admitted<T>(limits: AccountLimits, request: () => Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  const admission = await limits.admit(signal);
  if (admission.kind === 'stopped') throw new AccountStopped(admission.stop.reason, admission.stop.message);
  try {
    return await request();
  } finally {
    admission.release();
  }
}

function retryPolicyOf(options: Pick<DispatchOptions, 'retry'>): RetryPolicy {
  return { ...defaultRetryPolicy, ...options.retry };
}

function clockOf(options: Pick<DispatchOptions, 'sleep' | 'random' | 'now'>): { sleep: Sleep; random: () => number; now: () => number } {
  return { sleep: options.sleep ?? realSleep, random: options.random ?? Math.random, now: options.now ?? Date.now };
}

/** Longest context sent with one request: the paragraphs of a full batch can be long. */
const MAX_CONTEXT_CHARACTERS = 4000;

/** The distinct contexts of a batch's units, in order, joined and capped. */
function contextOfBatch(batch: UnitBatch, contextOf: (unit: Unit) => string | undefined): string | undefined {
  const parts = [...new Set(batch.units.map(contextOf).filter((text): text is string => text !== undefined && text !== ''))];
  if (parts.length === 0) return undefined;
  return parts.join('\n\n').slice(0, MAX_CONTEXT_CHARACTERS);
}

function charactersOf(batch: UnitBatch): number {
  return batch.units.reduce((sum, unit) => sum + unit.segment.source.length, 0);
}


function withFailure(unit: Unit, reason: string, engineName: string): Unit {
  const finding = findingOnUnit({ ruleId: 'mt/failed', source: 'mt', severity: 'error', reason: `engine ${engineName} failed: ${reason}` }, unit);
  return { ...unit, findings: [...unit.findings, finding] };
}

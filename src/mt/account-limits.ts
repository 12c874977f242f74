/**
 * account-limits — the limits one engine account puts on every process that sends to it, as the
 * dispatcher needs them: a slot among the account's requests in flight, the end of any pause, a
 * token of the account's request rate, characters of its budget, and the stop (quota, refused key)
 * one process saw. The dispatcher keeps the policy (how long a 429 pauses, when to give up, what a
 * stop means); this is where processes agree on it.
 *
 * Takes: a `LimitsStore`, the atomic operations (in memory here, for one process and for tests;
 *   Redis in `src/scale/`, for processes on several hosts), and a way to wait.
 * Returns: an `AccountLimits`, which waits by asking the store again when it says how long.
 * Limitations: a waiting request asks again when the store says (the pause's end, the next token)
 *   or, for a slot, every `slotPollMs`: it is not woken by a release.
 */
import type { Sleep } from './pacing.js';

/** A stop that ends every process's sending, not one batch's. */
export interface AccountStop {
  readonly reason: 'quota' | 'auth';
  readonly message: string;
}

export type Reservation = { readonly granted: true } | { readonly granted: false; readonly message: string };

export type Admission =
  /**
   * The request may go; `release` once it is answered (or failed), so its slot serves another.
   * Never fails: a slot whose release is lost comes back when its lease ends.
   */
  | { readonly kind: 'granted'; release(): void }
  /** A process sharing the account stopped (quota, refused key): send nothing more. */
  | { readonly kind: 'stopped'; readonly stop: AccountStop };

/** What the dispatcher awaits around each engine request when the account is shared. */
export interface AccountLimits {
  /** Takes `characters` of the account's budget before a request is sent; refused past it. */
  reserve(characters: number): Promise<Reservation>;
  /** Gives back characters reserved for a request that was not sent or failed. */
  refund(characters: number): Promise<void>;
  /** Waits for a slot, the end of any pause and a token of the rate; `signal` ends the wait (rejects). */
  admit(signal?: AbortSignal): Promise<Admission>;
  /** A 429: every process waits `ms` from now; overlapping pauses extend to the latest end. */
  pause(ms: number): Promise<void>;
  /** A quota or auth stop: the others stop before sending more. */
  recordStop(stop: AccountStop): Promise<void>;
}

export type GateAnswer =
  /** `atMicros`: the store's time of the grant, when it keeps one (Redis's), for measuring. */
  | { readonly kind: 'go'; readonly atMicros?: number }
  | { readonly kind: 'wait'; readonly ms: number }
  | { readonly kind: 'stopped'; readonly stop: AccountStop };

/** The atomic operations behind `AccountLimits`: each decides at once, none waits. */
export interface LimitsStore {
  /** Takes a slot for `holder` (or renews it when held): false when every slot is taken. */
  takeSlot(holder: string): Promise<boolean>;
  releaseSlot(holder: string): Promise<void>;
  /** The recorded stop, else the pause under way, else a token of the rate: go, or how long to wait. */
  passGate(): Promise<GateAnswer>;
  reserve(characters: number): Promise<Reservation>;
  refund(characters: number): Promise<void>;
  pause(ms: number): Promise<void>;
  recordStop(stop: AccountStop): Promise<void>;
  /** How long a slot is held without renewal; undefined when slots cannot outlive their holder (one process). */
  readonly leaseMs?: number;
}

export interface AccountLimitsOptions {
  readonly sleep: Sleep;
  /** How often a request waiting for a slot asks again. @default 25 */
  readonly slotPollMs?: number;
  /** Names this process's slots (unique per request). @default a random id */
  readonly holderId?: () => string;
}

export function accountLimitsOver(store: LimitsStore, options: AccountLimitsOptions): AccountLimits {
  const slotPollMs = options.slotPollMs ?? 25;
  const holderId = options.holderId ?? (() => crypto.randomUUID());
  return {
    reserve: (characters) => store.reserve(characters),
    refund: (characters) => store.refund(characters),
    pause: (ms) => store.pause(ms),
    recordStop: (stop) => store.recordStop(stop),
    async admit(signal) {
      const holder = holderId();
      while (!(await store.takeSlot(holder))) await options.sleep(slotPollMs, signal);
      const lease = renewing(store, holder);
      try {
        for (;;) {
          const answer = await store.passGate();
          if (answer.kind === 'go') return { kind: 'granted', release: () => void lease.end().catch(() => undefined) };
          if (answer.kind === 'stopped') {
            await lease.end();
            return answer;
          }
          await options.sleep(answer.ms, signal);
        }
      } catch (error) {
        await lease.end().catch(() => undefined); // the wait's own error is the one to report
        throw error;
      }
    },
  };
}

/** A held slot, renewed at a third of its lease while held so that only a dead holder's expires. */
function renewing(store: LimitsStore, holder: string): { end(): Promise<void> } {
  const timer =
    store.leaseMs === undefined
      ? undefined
      : setInterval(() => void store.takeSlot(holder).catch(() => undefined /* the next renewal tries again */), store.leaseMs / 3);
  timer?.unref();
  return {
    end: () => {
      clearInterval(timer);
      return store.releaseSlot(holder);
    },
  };
}

/** The account's limits as `wire-l10n.json` and the flags give them. */
export interface AccountLimitSettings {
  /** Requests started per second by every process together. @default unlimited */
  readonly maxRequestsPerSecond?: number;
  /** Requests that may start at once after a quiet spell (the token bucket's size); 1: never faster than the rate. @default 1 */
  readonly burst?: number;
  /** Requests in flight across every process. @default unlimited */
  readonly maxConcurrentRequests?: number;
  /** Characters every process together may send. @default unlimited */
  readonly maxCharacters?: number;
  /** How long a recorded quota or auth stop holds for the others. @default 600000 */
  readonly stopHoldMs?: number;
}

export const defaultStopHoldMs = 600_000;

/** The budget refusal, worded the same by every store. */
export function budgetRefusal(characters: number, spent: number, limit: number): Reservation {
  return {
    granted: false,
    message: `sending ${characters} more characters would exceed the budget of ${limit} shared by every process on the account (${spent} reserved so far)`,
  };
}

/** The stop as another process sees it. */
export function sharedStop(stop: AccountStop): AccountStop {
  return { reason: stop.reason, message: `${stop.message} (seen by a process sharing the account)` };
}

/** One process's account limits in memory: what tests and the dispatcher's policy run against without Redis. */
export function memoryLimitsStore(settings: AccountLimitSettings, now: () => number): LimitsStore {
  const held = new Set<string>();
  const intervalMs = settings.maxRequestsPerSecond === undefined ? 0 : 1000 / settings.maxRequestsPerSecond;
  const toleranceMs = ((settings.burst ?? 1) - 1) * intervalMs;
  let theoreticalArrival = Number.NEGATIVE_INFINITY; // GCRA, as the Redis script
  let pausedUntil = Number.NEGATIVE_INFINITY;
  let stopped: { stop: AccountStop; until: number } | undefined;
  let spent = 0;
  return {
    async takeSlot(holder) {
      if (held.has(holder) || held.size < (settings.maxConcurrentRequests ?? Number.POSITIVE_INFINITY)) held.add(holder);
      return held.has(holder);
    },
    async releaseSlot(holder) {
      held.delete(holder);
    },
    async passGate() {
      const at = now();
      if (stopped && stopped.until > at) return { kind: 'stopped', stop: stopped.stop };
      if (pausedUntil > at) return { kind: 'wait', ms: pausedUntil - at };
      const arrival = Math.max(theoreticalArrival, at);
      if (arrival - toleranceMs > at) return { kind: 'wait', ms: arrival - toleranceMs - at };
      theoreticalArrival = arrival + intervalMs;
      return { kind: 'go' };
    },
    async reserve(characters) {
      const limit = settings.maxCharacters;
      if (limit !== undefined && spent + characters > limit) return budgetRefusal(characters, spent, limit);
      spent += characters;
      return { granted: true };
    },
    async refund(characters) {
      spent = Math.max(0, spent - characters);
    },
    async pause(ms) {
      pausedUntil = Math.max(pausedUntil, now() + ms);
    },
    async recordStop(stop) {
      stopped = { stop: sharedStop(stop), until: now() + (settings.stopHoldMs ?? defaultStopHoldMs) };
    },
  };
}

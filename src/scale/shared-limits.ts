/**
 * shared-limits — one engine account's limits kept in Redis, for every wire-l10n process that
 * sends to it (workers on several hosts, runs, watchers): together they never start more requests
 * per second than the account's rate (plus one burst), never have more in flight than its slots,
 * all wait out a pause one of them was told to take (429), spend one budget, and stop on a quota
 * or auth stop one of them saw. The dispatcher sees an `AccountLimits` (src/mt/account-limits.ts);
 * this is its Redis store. See README.md here for the keys.
 *
 * Takes: the Redis URL, the key prefix (one per account), the limits.
 * Returns: `SharedLimits`, to be closed when the command ends.
 * Limitations: one Redis server (no Cluster: a script touches several keys); the budget and a
 *   recorded stop survive a Redis restart only if Redis persists its data (AOF).
 */
import { accountLimitsOver, budgetRefusal, defaultStopHoldMs, sharedStop, type AccountLimits, type AccountLimitSettings, type AccountStop, type LimitsStore } from '../mt/account-limits.js';
import { realSleep, type Sleep } from '../mt/pacing.js';
import { RedisError } from './errors.js';
import { gateScript, pauseScript, refundScript, reserveScript, slotScript, type LuaScript } from './limits-scripts.js';
import { connectRedis, type RedisConnection, type RedisConnectionOptions } from './redis-connection.js';

export interface SharedLimitsSettings extends AccountLimitSettings {
  /** `redis://[:password@]host:port[/db]`. */
  readonly url: string;
  /** Namespaces the keys: one prefix per engine account (the CLI's default: `wire-l10n`). */
  readonly prefix: string;
  /** How long a slot is held without renewal (its holder renews it at a third of that). @default 30000 */
  readonly leaseMs?: number;
}

export interface SharedLimits extends AccountLimits {
  /** `host:port`. */
  readonly where: string;
  close(): Promise<void>;
}

export const defaultLeaseMs = 30_000;

/** The keys of one account's limits. */
export function limitKeys(prefix: string) {
  const key = (name: string): string => `${prefix}:limits:${name}`;
  return { stop: key('stop'), pause: key('pause'), rate: key('rate'), inFlight: key('in-flight'), budget: key('budget') } as const;
}

export async function openSharedLimits(settings: SharedLimitsSettings, options: RedisConnectionOptions & { readonly sleep?: Sleep } = {}): Promise<SharedLimits> {
  const connection = await connectRedis(settings.url, 'the limits shared on the engine account', options);
  const limits = accountLimitsOver(redisLimitsStore(connection, settings), { sleep: options.sleep ?? realSleep });
  return { ...limits, where: connection.where, close: () => connection.close() };
}

/** The atomic operations of `LimitsStore` as Lua scripts on one connection. */
export function redisLimitsStore(connection: RedisConnection, settings: SharedLimitsSettings): LimitsStore {
  const keys = limitKeys(settings.prefix);
  const leaseMs = settings.leaseMs ?? defaultLeaseMs;
  const slots = settings.maxConcurrentRequests;
  const budget = settings.maxCharacters;
  const intervalMicros = settings.maxRequestsPerSecond === undefined ? 0 : 1_000_000 / settings.maxRequestsPerSecond;
  const run = (what: string, lua: LuaScript, scriptKeys: readonly string[], args: ReadonlyArray<string | number>): Promise<unknown> =>
    connection.attempt(what, () => evalScript(connection, lua, scriptKeys, args));
  return {
    ...(slots === undefined ? {} : { leaseMs }),
    async takeSlot(holder) {
      if (slots === undefined) return true;
      return (await run('take a request slot', slotScript, [keys.inFlight], [holder, slots, leaseMs])) === 1;
    },
    async releaseSlot(holder) {
      if (slots !== undefined) await connection.attempt('release a request slot', () => connection.client.zrem(keys.inFlight, holder));
    },
    async passGate() {
      const answer = await run('pass the rate and pause gate', gateScript, [keys.stop, keys.pause, keys.rate], [intervalMicros, settings.burst ?? 1]);
      const [kind, value] = answer as [string, string];
      if (kind === 'stopped') return { kind, stop: recordedStop(value, connection.where) };
      if (kind === 'wait') return { kind, ms: Math.ceil(Number(value) / 1000) };
      return { kind: 'go', atMicros: Number(value) };
    },
    async reserve(characters) {
      if (budget === undefined) return { granted: true };
      const [granted, spent] = (await run('reserve characters of the budget', reserveScript, [keys.budget], [characters, budget])) as [number, number];
      return granted === 1 ? { granted: true } : budgetRefusal(characters, spent, budget);
    },
    async refund(characters) {
      if (budget !== undefined) await run('give characters back to the budget', refundScript, [keys.budget], [characters]);
    },
    async pause(ms) {
      await run('record a pause', pauseScript, [keys.pause], [Math.ceil(ms)]);
    },
    async recordStop(stop) {
      const holdMs = settings.stopHoldMs ?? defaultStopHoldMs;
      await connection.attempt('record a stop', () => connection.client.set(keys.stop, JSON.stringify(sharedStop(stop)), 'PX', holdMs));
    },
  };
}

/** EVALSHA, and EVAL when Redis does not know the script yet (first use, or after a restart). */
async function evalScript(connection: RedisConnection, script: LuaScript, keys: readonly string[], args: ReadonlyArray<string | number>): Promise<unknown> {
  try {
    return await connection.client.evalsha(script.sha, keys.length, ...keys, ...args);
  } catch (error) {
    if (!(error instanceof Error && error.message.startsWith('NOSCRIPT'))) throw error;
    return connection.client.eval(script.lua, keys.length, ...keys, ...args);
  }
}

function recordedStop(json: string, where: string): AccountStop {
  const value: unknown = JSON.parse(json);
  if (typeof value === 'object' && value !== null && 'reason' in value && 'message' in value) {
    const { reason, message } = value;
    if ((reason === 'quota' || reason === 'auth') && typeof message === 'string') return { reason, message };
  }
  throw new RedisError(`redis ${where}: the recorded stop is not one wire-l10n wrote: ${json.slice(0, 200)}`);
}

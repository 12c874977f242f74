/**
 * The one way wire-l10n connects to Redis: the connection is made (and proved) before any work, so
 * a wrong URL fails at once with where and why; afterwards ioredis reconnects on its own, and each
 * operation that meets an outage (a Redis restart) waits and tries again, up to `maxOutageMs`,
 * before failing with a `RedisError` saying what could not be done where.
 */
import { Redis } from 'ioredis';
import { errorMessage } from '../errors.js';
import { realSleep, type Sleep } from '../mt/pacing.js';
import { RedisError } from './errors.js';

export interface RedisConnection {
  readonly client: Redis;
  /** `host:port`, for messages (never the password). */
  readonly where: string;
  /** Runs `operation`, waiting out an outage; `what` says what it does, for the error. */
  attempt<T>(what: string, operation: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface RedisConnectionOptions {
  /** How long an operation waits for Redis to come back before failing. @default 300000 */
  readonly maxOutageMs?: number;
  readonly sleep?: Sleep;
}

export const defaultMaxOutageMs = 300_000;

/** The host and port a Redis URL names, for messages. */
export function redisWhere(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname || '127.0.0.1'}:${parsed.port || '6379'}`;
}

export async function connectRedis(url: string, purpose: string, options: RedisConnectionOptions = {}): Promise<RedisConnection> {
  const where = redisWhere(url);
  const maxOutageMs = options.maxOutageMs ?? defaultMaxOutageMs;
  const sleep = options.sleep ?? realSleep;
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 5000,
    // A Redis that hangs (a network partition without a reset) counts as an outage, not a wait for ever.
    commandTimeout: 10_000,
    // A command fails soon while Redis is away; `attempt` decides how long to keep trying.
    maxRetriesPerRequest: 1,
    retryStrategy: (times) => Math.min(100 * times, 2000),
  });
  let lastError: unknown;
  // Without a listener ioredis prints every reconnection failure; the last one goes into our messages.
  client.on('error', (error: unknown) => (lastError = error));
  try {
    await client.connect();
  } catch (error) {
    client.disconnect();
    throw new RedisError(`redis ${where}: cannot connect for ${purpose}: ${errorMessage(lastError ?? error)}`, {
      hint: 'start redis-server there, or give the right URL (--redis, WIRE_L10N_REDIS)',
      cause: lastError ?? error,
    });
  }
  return {
    client,
    where,
    async attempt(what, operation) {
      const started = Date.now(); // an outage's length, not a shared instant: the local clock is right for it
      for (let delay = 100; ; delay = Math.min(2 * delay, 2000)) {
        try {
          return await operation();
        } catch (error) {
          if (!isOutage(error) || Date.now() - started >= maxOutageMs) {
            const outage = isOutage(error) ? ` (Redis unreachable for ${Math.round((Date.now() - started) / 1000)} s)` : '';
            throw new RedisError(`redis ${where}: could not ${what}${outage}: ${errorMessage(error)}`, { cause: error });
          }
          await sleep(delay);
        }
      }
    },
    async close() {
      await client.quit().catch(() => client.disconnect());
    },
  };
}

/**
 * An error that waiting cures: the connection lost or not back yet, a command timed out, Redis
 * still loading its data after a restart. A reply error (a script's mistake, a wrong key type) is not.
 */
function isOutage(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name !== 'ReplyError') return true;
  return /^(LOADING|MASTERDOWN|TRYAGAIN)\b/u.test(error.message);
}

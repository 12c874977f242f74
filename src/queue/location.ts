/**
 * Where the queue lives (`--redis`, `--queue-name`, `--queue-prefix`), read without loading a
 * client: the URL turned into connection options for BullMQ.
 */
import { UsageError } from '../errors.js';

/** Where the queue lives: the server, and the queue's name and key prefix in it. */
export interface QueueLocation {
  /** `redis://[user:password@]host:port[/db]`, or `rediss://` for TLS. */
  readonly url: string;
  /** @default DEFAULT_QUEUE_NAME */
  readonly name: string;
  /** The prefix of every key the queue keeps. @default DEFAULT_QUEUE_PREFIX */
  readonly prefix: string;
}

export const DEFAULT_QUEUE_NAME = 'wire-l10n';
export const DEFAULT_QUEUE_PREFIX = 'bull';

/** How ioredis (and BullMQ through it) connects: plain options, read from the URL. */
export interface RedisConnection {
  readonly host: string;
  readonly port: number;
  readonly username?: string;
  readonly password?: string;
  readonly db?: number;
  /** rediss://: TLS with the system's certificate authorities. */
  readonly tls?: Record<string, never>;
  readonly maxRetriesPerRequest: null;
}

/**
 * Connection options for BullMQ: commands wait for a reconnect rather than fail
 * (`maxRetriesPerRequest: null`, which BullMQ's workers require), so a Redis restart under load
 * costs a pause, not a job.
 */
export function redisOptions(url: string): RedisConnection {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`--redis expects a URL such as redis://127.0.0.1:6379, got "${url}"`);
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    // The value is not repeated: it may hold a password.
    throw new UsageError('--redis expects a redis:// or rediss:// URL such as redis://127.0.0.1:6379');
  }
  const db = parsed.pathname.replace(/^\//u, '');
  if (db !== '' && !/^\d+$/u.test(db)) throw new UsageError(`--redis: the database after the host must be a number, got "${db}"`);
  return {
    host: parsed.hostname || '127.0.0.1',
    port: parsed.port === '' ? 6379 : Number(parsed.port),
    ...(parsed.username === '' ? {} : { username: decodeURIComponent(parsed.username) }),
    ...(parsed.password === '' ? {} : { password: decodeURIComponent(parsed.password) }),
    ...(db === '' ? {} : { db: Number(db) }),
    ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
    maxRetriesPerRequest: null,
  };
}

/** The queue's location from the flags, checked: a URL BullMQ can use, a name without `:` (BullMQ's separator). */
export function queueLocation(raw: { readonly redis: string; readonly queueName?: string; readonly queuePrefix?: string }): QueueLocation {
  redisOptions(raw.redis);
  const name = raw.queueName ?? DEFAULT_QUEUE_NAME;
  const prefix = raw.queuePrefix ?? DEFAULT_QUEUE_PREFIX;
  for (const [flag, value] of [['--queue-name', name], ['--queue-prefix', prefix]] as const) {
    if (value === '' || value.includes(':')) throw new UsageError(`${flag} expects a name without ":", got "${value}"`);
  }
  return { url: raw.redis, name, prefix };
}

/**
 * Redis as the queue reaches it, at first contact: a check that it answers, so a wrong URL is a
 * clear error at once rather than a command waiting on reconnects, and its errors typed.
 */
import { Redis } from 'ioredis';
import { errorMessage } from '../errors.js';
import { RedisError } from '../scale/errors.js';
import { redisAddress, redisOptions } from './location.js';

/** Connects once, without retrying, and PINGs: a RedisError naming host:port when the server does not answer. */
export async function assertRedisAnswers(url: string, timeoutMs = 5000): Promise<void> {
  const client = new Redis({ ...redisOptions(url), lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0, connectTimeout: timeoutMs });
  // The socket's own error (ECONNREFUSED…) says more than the rejection ("Connection is closed").
  let socketError: unknown;
  client.on('error', (error) => (socketError ??= error));
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    throw redisError(url, socketError ?? error);
  } finally {
    client.disconnect();
  }
}

/** An error from Redis, as a RedisError naming the server (its own message never holds the URL's password). */
export function redisError(url: string, error: unknown): RedisError {
  return new RedisError(`Redis at ${redisAddress(url)} did not answer: ${errorMessage(error)}`, {
    hint: 'check --redis (redis://host:port) and that the server runs and lets this host connect',
    cause: error,
  });
}

/** Where the queue is: the --redis URL read into connection options; bad URLs and queue names refused without repeating the URL. */
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { queueLocation, redisOptions } from '../../src/queue/location.js';

describe('the queue location', () => {
  it('reads host, port, user, password and database from the URL, and TLS from rediss://', () => {
    expect(redisOptions('redis://desk:p%40ss@queue.internal:6380/2')).toEqual({
      host: 'queue.internal',
      port: 6380,
      username: 'desk',
      password: 'p@ss',
      db: 2,
      maxRetriesPerRequest: null,
    });
    expect(redisOptions('rediss://queue.internal')).toEqual({ host: 'queue.internal', port: 6379, tls: {}, maxRetriesPerRequest: null });
  });

  it('refuses what is not a Redis URL, a database that is not a number, and queue names with ":" (usage errors)', () => {
    expect(() => redisOptions('queue.internal:6379')).toThrow(UsageError);
    expect(() => redisOptions('redis://queue.internal/desk')).toThrow(/must be a number/u);
    expect(() => redisOptions('http://desk:secret@queue.internal')).toThrow(/^--redis expects a redis:\/\/ or rediss:\/\/ URL such as redis:\/\/127\.0\.0\.1:6379$/u);
    expect(() => queueLocation({ redis: 'redis://127.0.0.1:6379', queueName: 'desk:fr' })).toThrow(/--queue-name expects a name without ":"/u);
    expect(queueLocation({ redis: 'redis://127.0.0.1:6379' })).toEqual({ url: 'redis://127.0.0.1:6379', name: 'wire-l10n', prefix: 'bull' });
  });
});

/**
 * The private servers the scale-out tests run against (issue #15 §6): each starts on loopback at a
 * free port with its data in a temporary folder, answers, and is gone with its data once stopped.
 */
import { existsSync } from 'node:fs';
import { createConnection } from 'node:net';
import { networkInterfaces } from 'node:os';
import { describe, expect, it } from 'vitest';
import { psql, redisCommand, skipReason, startPostgres, startRedis, type PrivateServer } from '../helpers/servers.js';

/** Whether something listens on the server's port at `host` (its own loopback address by default). */
function listening(server: PrivateServer, host: string = server.host): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port: server.port });
    socket.on('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

/** This machine's addresses other than loopback: a private server must not answer there. */
const outsideAddresses = Object.values(networkInterfaces())
  .flat()
  .flatMap((address) => (address && !address.internal && address.family === 'IPv4' ? [address.address] : []));

async function expectLoopbackOnly(server: PrivateServer): Promise<void> {
  expect(await listening(server)).toBe(true);
  for (const address of outsideAddresses) expect(await listening(server, address), address).toBe(false);
}

describe.skipIf(skipReason('redis') !== undefined)('a private Redis', () => {
  it('listens on loopback only, keeps what it is told, and is gone once stopped', async () => {
    const redis = await startRedis();
    try {
      expect(redis.url).toBe(`redis://127.0.0.1:${redis.port}`);
      expect(await redisCommand(redis.port, 'PING')).toBe('+PONG');
      expect(await redisCommand(redis.port, 'SET wire-l10n:test ok')).toBe('+OK');
      expect(await redisCommand(redis.port, 'GET wire-l10n:test')).toBe('ok');
      await expectLoopbackOnly(redis);
    } finally {
      await redis.stop();
    }
    expect(await listening(redis)).toBe(false);
  });
});

describe.skipIf(skipReason('postgres') !== undefined)('a private PostgreSQL', () => {
  it('listens on loopback only, stores rows, and is gone with its data once stopped', async () => {
    const postgres = await startPostgres();
    let dataDirectory = '';
    try {
      expect(postgres.url).toBe(`postgres://postgres@127.0.0.1:${postgres.port}/postgres`);
      expect(psql(postgres, "SELECT current_setting('listen_addresses')")).toBe('127.0.0.1');
      await expectLoopbackOnly(postgres);
      psql(postgres, 'CREATE TABLE story (id text PRIMARY KEY, headline text NOT NULL)');
      psql(postgres, "INSERT INTO story VALUES ('talks-2024-11-23', 'Pourparlers à Bagdad')");
      expect(psql(postgres, 'SELECT headline FROM story')).toBe('Pourparlers à Bagdad');
      dataDirectory = psql(postgres, 'SHOW data_directory');
      expect(existsSync(dataDirectory)).toBe(true);
    } finally {
      await postgres.stop();
    }
    expect(await listening(postgres)).toBe(false);
    expect(existsSync(dataDirectory)).toBe(false);
  });
});

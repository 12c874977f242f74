/**
 * Private Redis and PostgreSQL servers for tests (issue #15: workers on BullMQ, a shared PostgreSQL
 * store): each on 127.0.0.1 at a free port, its data in a temporary folder, stopped and removed by
 * `stop()`. Debian's packages provide them (`.ci/run` installs `redis-server` and `postgresql` when
 * missing); `missingServer` says why one cannot start here, for a test to skip with that reason —
 * never in CI, where a missing server is an error.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { SERVER_PIDS_ENV } from './servers-left.js';

export interface PrivateServer {
  readonly host: '127.0.0.1';
  readonly port: number;
  /** `redis://127.0.0.1:PORT` or `postgres://postgres@127.0.0.1:PORT/postgres`. */
  readonly url: string;
  /** Its data folder (a test restarting the server starts it again on this folder and port). */
  readonly folder: string;
  /** Stops the server, leaves it down for `downMs`, and starts it again on the same port and data (PostgreSQL keeps its data; this Redis saves none). */
  restart(downMs: number): Promise<void>;
  /** Stops the server, waits for it to exit and removes its data. */
  stop(): Promise<void>;
}

export type ServerKind = 'redis' | 'postgres';

/** Why a server of this kind cannot be started here, or undefined when it can. */
export function missingServer(kind: ServerKind): string | undefined {
  if (kind === 'redis') return onPath('redis-server') ? undefined : 'redis-server is not installed (Debian package redis-server)';
  if (postgresBin() === undefined) return 'PostgreSQL is not installed (Debian package postgresql)';
  if (process.getuid?.() === 0 && postgresUser() === undefined) return 'running as root with no postgres user to run PostgreSQL as';
  return undefined;
}

/** In CI a missing server fails the test run instead of skipping it. */
export function skipReason(kind: ServerKind): string | undefined {
  const reason = missingServer(kind);
  if (reason !== undefined && process.env['CI']) throw new Error(`CI must run the ${kind} tests: ${reason}`);
  if (reason !== undefined) console.info(`skipping the ${kind} tests: ${reason}`);
  return reason;
}

/**
 * `port`: the port of a server stopped before, to start it again there (a restart, for clients that
 * reconnect); `folder`: its data folder too, to start it on the data it saved (`SHUTDOWN SAVE`).
 */
export async function startRedis(options: { readonly port?: number; readonly folder?: string } = {}): Promise<PrivateServer> {
  const folder = options.folder ?? (await mkdtemp(join(tmpdir(), 'wire-l10n-redis-')));
  const port = options.port ?? (await freePort());
  const launch = async (): Promise<ChildProcess> => {
    const server = spawn('redis-server', ['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no', '--dir', folder, '--protected-mode', 'yes'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    await untilReady(server, () => redisCommand(port, 'PING').then((answer) => answer === '+PONG'));
    return server;
  };
  return privateServer(port, `redis://127.0.0.1:${port}`, launch, folder);
}

export async function startPostgres(): Promise<PrivateServer> {
  const bin = postgresBin()!;
  const folder = await mkdtemp(join(tmpdir(), 'wire-l10n-postgres-'));
  // PostgreSQL refuses to run as root: as root, it runs as the postgres user, who owns its folder.
  const user = process.getuid?.() === 0 ? postgresUser() : undefined;
  if (user) chownSync(folder, user.uid, user.gid);
  const as = user ? { uid: user.uid, gid: user.gid } : {};
  const data = join(folder, 'data');
  execFileSync(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale', 'C'], { stdio: 'ignore', ...as });
  const port = await freePort();
  const launch = async (): Promise<ChildProcess> => {
    // The Unix socket goes in the server's own folder; clients use TCP on loopback.
    const server = spawn(join(bin, 'postgres'), ['-D', data, '-h', '127.0.0.1', '-p', String(port), '-k', folder, '-c', 'fsync=off'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      ...as,
    });
    const ready = (): Promise<boolean> =>
      new Promise((resolve) => {
        const probe = spawn(join(bin, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-q'], { stdio: 'ignore' });
        probe.on('exit', (code) => resolve(code === 0));
        probe.on('error', () => resolve(false));
      });
    await untilReady(server, ready);
    return server;
  };
  return privateServer(port, `postgres://postgres@127.0.0.1:${port}/postgres`, launch, folder);
}

/**
 * A private Redis and PostgreSQL for the tests of a file (or a describe block): started before its
 * first test, stopped after its last. Read them from the object in the tests.
 */
export function redisAndPostgresForTests(): { readonly redis: PrivateServer; readonly postgres: PrivateServer } {
  const servers: { redis?: PrivateServer; postgres?: PrivateServer } = {};
  beforeAll(async () => {
    [servers.redis, servers.postgres] = await Promise.all([startRedis(), startPostgres()]);
  });
  afterAll(async () => {
    await Promise.all([servers.redis?.stop(), servers.postgres?.stop()]);
  });
  return {
    get redis() {
      return servers.redis!;
    },
    get postgres() {
      return servers.postgres!;
    },
  };
}

/** `psql` against a private PostgreSQL: the rows of `sql`, one per line, fields split by `|`. */
export function psql(server: PrivateServer, sql: string): string {
  return execFileSync(join(postgresBin()!, 'psql'), ['-h', '127.0.0.1', '-p', String(server.port), '-U', 'postgres', '-d', 'postgres', '-At', '-v', 'ON_ERROR_STOP=1', '-c', sql], {
    encoding: 'utf8',
  }).trim();
}

/**
 * One command to a Redis server in RESP's inline form; its answer: a simple string or error as its
 * line (`+PONG`, `-ERR …`), a bulk string as its value (null: `$-1`), an integer as `:N`.
 */
export function redisCommand(port: number, command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('connect', () => socket.write(`${command}\r\n`));
    socket.on('error', reject);
    socket.on('data', (chunk: string) => {
      answer += chunk;
      const [first = '', rest = ''] = answer.split(/\r\n(.*)/su);
      if (!answer.includes('\r\n')) return;
      const length = first.startsWith('$') ? Number(first.slice(1)) : -1;
      if (length >= 0 && rest.length < length + 2) return;
      socket.end();
      resolve(length >= 0 ? rest.slice(0, length) : first);
    });
  });
}

async function privateServer(port: number, url: string, launchServer: () => Promise<ChildProcess>, folder: string): Promise<PrivateServer> {
  // Each server running is listed for the run's check that the tests stop every one (servers-left.ts).
  const pids = process.env[SERVER_PIDS_ENV];
  const launch = async (): Promise<ChildProcess> => {
    const launched = await launchServer();
    if (pids !== undefined && launched.pid !== undefined) writeFileSync(join(pids, String(launched.pid)), '');
    return launched;
  };
  let server = await launch();
  const halt = async (): Promise<void> => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    // SIGINT: PostgreSQL's fast shutdown (its data kept); Redis exits on it too (no save: --save '').
    server.kill('SIGINT');
    await exited;
    if (pids !== undefined) rmSync(join(pids, String(server.pid)), { force: true });
  };
  return {
    host: '127.0.0.1',
    port,
    url,
    folder,
    async restart(downMs) {
      await halt();
      await new Promise((resolve) => setTimeout(resolve, downMs));
      server = await launch();
    },
    async stop() {
      await halt();
      await rm(folder, { recursive: true, force: true });
    },
  };
}

/** Waits until `ready()` says yes, failing with the server's error output if it exits first or takes over 20 s. */
async function untilReady(server: ChildProcess, ready: () => Promise<boolean>): Promise<void> {
  let errors = '';
  server.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode}): ${errors.trim()}`);
    if (await ready().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  server.kill('SIGKILL');
  throw new Error(`the server did not answer within 20 s: ${errors.trim()}`);
}

/** A port free on loopback now (the server binds it a moment later). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Debian's PostgreSQL binaries (the newest version installed), or the ones on the PATH. */
function postgresBin(): string | undefined {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((version) => existsSync(join(root, version, 'bin', 'initdb'))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (newest !== undefined) return join(root, newest, 'bin');
  const onPathDir = (process.env['PATH'] ?? '').split(':').find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'postgres')));
  return onPathDir;
}

function postgresUser(): { uid: number; gid: number } | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : undefined;
  } catch {
    return undefined;
  }
}

function onPath(name: string): boolean {
  return (process.env['PATH'] ?? '').split(':').some((dir) => existsSync(join(dir, name)));
}

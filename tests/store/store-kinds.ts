/**
 * The store tests that test the interface run against both adapters: `describeEachStore` declares
 * a suite per kind (the PostgreSQL one skipped, with the reason printed, when PostgreSQL is not
 * installed), and `openKindStore` opens a fresh store of that kind — a temporary SQLite file, or a
 * new database on the file's one private PostgreSQL server, started before its first suite and
 * stopped after the file. Stores are closed after each test.
 */
import { afterAll, afterEach, beforeAll, describe } from 'vitest';
import pg from 'pg';
import { openPostgresStore, type PostgresStoreOptions } from '../../src/store/postgres/index.js';
import type { SqliteStoreOptions } from '../../src/store/sqlite/index.js';
import type { Store } from '../../src/store/store.js';
import { type PrivateServer, skipReason, startPostgres } from '../helpers/servers.js';
import { openTempStore, tempStorePath } from './temp-store.js';

export const storeKinds = ['sqlite', 'postgres'] as const;
export type StoreKind = (typeof storeKinds)[number];

let server: Promise<PrivateServer> | undefined;
let admin: pg.Pool | undefined;
let databases = 0;
const stores: Store[] = [];

afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
});

afterAll(async () => {
  await admin?.end();
  await (await server)?.stop();
});

/** The file's private PostgreSQL server, started on first use. */
export function postgresServer(): Promise<PrivateServer> {
  return (server ??= startPostgres());
}

/** A new, empty database on the file's server; its URL. */
export async function freshPostgresDatabase(): Promise<string> {
  const { url } = await postgresServer();
  if (admin === undefined) {
    admin = new pg.Pool({ connectionString: url, max: 2 });
    // The server stops after the file: its last goodbye to a closing connection is no failure.
    admin.on('error', () => undefined);
  }
  const name = `store_${process.pid}_${++databases}`;
  // template0 with fsync off: a few milliseconds.
  await admin.query(`CREATE DATABASE ${name} TEMPLATE template0`);
  return url.replace(/\/postgres$/u, `/${name}`);
}

let postgresSkipped: string | undefined | null = null;
function postgresUnavailable(): string | undefined {
  if (postgresSkipped === null) postgresSkipped = skipReason('postgres');
  return postgresSkipped;
}

/** A suite per store kind, `title (kind)`; PostgreSQL's starts the server first. */
export function describeEachStore(title: string, body: (kind: StoreKind) => void): void {
  describe(`${title} (sqlite)`, () => body('sqlite'));
  describePostgres(`${title} (postgres)`, () => body('postgres'));
}

/** A suite on the file's PostgreSQL server, started first; skipped with the reason printed when PostgreSQL is not installed. */
export function describePostgres(title: string, body: () => void): void {
  describe.skipIf(postgresUnavailable() !== undefined)(title, () => {
    beforeAll(async () => void (await postgresServer()));
    body();
  });
}

/** Where a new store of this kind can be opened: a file path (not yet created) or a database URL. */
export async function newStoreLocation(kind: StoreKind): Promise<string> {
  return kind === 'sqlite' ? tempStorePath() : freshPostgresDatabase();
}

/** Opens a store of this kind (new unless `location` says where), closed after the test. */
export async function openKindStore(kind: StoreKind, location?: string, options: SqliteStoreOptions & PostgresStoreOptions = {}): Promise<Store> {
  if (kind === 'sqlite') return openTempStore(location, options);
  const store = await openPostgresStore(location ?? (await freshPostgresDatabase()), options);
  stores.push(store);
  return store;
}

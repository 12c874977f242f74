/**
 * The PostgreSQL store adapter (pg): the MT cache, translation memory, unit ledger, output
 * records and story owners of every worker, on every host, in one database.
 *
 * Takes: a `postgres://` or `postgresql://` URL; `?schema=name` (or the `schema` option) names the
 *   schema holding the tables (default `public`), created when missing.
 * Returns: a `Store` on a connection pool whose writes are committed when each call resolves;
 *   `transaction(work)` holds one connection for `work`'s flow (see transaction-gate.ts).
 * Options: `readonly` (nothing created, migrated or written; connections are read-only too),
 *   `maxConnections` (default 10), `connectTimeoutMs` (default 10000), `schema`.
 * Limitations: the tables of one store fill one schema; a schema holding other tables is refused.
 *   Errors name the store by its URL without password.
 */
import type pg from 'pg';
import type { Store } from '../store.js';
import { createPool, storeFailure } from './connection.js';
import { type PostgresLocation, postgresLocation } from './location.js';
import { postgresLedger } from './ledger.js';
import { LATEST_POSTGRES_SCHEMA_VERSION } from './migrations.js';
import { postgresMtCache } from './mt-cache.js';
import { postgresOutputRecords } from './output-records.js';
import { migrate, outOfDate, readSchemaState, type SchemaState } from './schema.js';
import { postgresStoryOwners } from './story-owners.js';
import { postgresGate } from './transaction-gate.js';
import { postgresTranslationMemory } from './translation-memory.js';
import { StoreError } from '../errors.js';

export { isPostgresUrl, postgresLocation } from './location.js';
export { LATEST_POSTGRES_SCHEMA_VERSION } from './migrations.js';

export interface PostgresStoreOptions {
  /** Open for reading only: nothing is created, migrated or written. @default false */
  readonly readonly?: boolean;
  /** The schema holding the store's tables; overrides the URL's `?schema=`. @default public */
  readonly schema?: string;
  /** Connections the pool keeps at most (each open transaction holds one). @default 10 */
  readonly maxConnections?: number;
  /** How long connecting may take before it fails, in milliseconds. @default 10000 */
  readonly connectTimeoutMs?: number;
}

/** Opens (creating and migrating when needed) the store at `url`; a failure rejects with a StoreError. */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const store = await openIfPresent(url, options, true);
  return store!;
}

/**
 * Opens the store at `url` read-only, or resolves undefined when the database (or schema) holds no
 * store yet: for commands that never create one (`check`, dry runs).
 */
export async function openExistingPostgresStore(url: string, options: Omit<PostgresStoreOptions, 'readonly'> = {}): Promise<Store | undefined> {
  return openIfPresent(url, { ...options, readonly: true }, false);
}

async function openIfPresent(url: string, options: PostgresStoreOptions, required: boolean): Promise<Store | undefined> {
  const location = postgresLocation(url, options.schema);
  const readonly = options.readonly ?? false;
  const pool = createPool(location, {
    readonly,
    maxConnections: positiveInteger('maxConnections', options.maxConnections ?? 10),
    connectTimeoutMs: positiveInteger('connectTimeoutMs', options.connectTimeoutMs ?? 10_000),
  });
  try {
    const state = await prepare(pool, location, readonly);
    if (state.kind === 'empty') {
      if (!required) {
        await pool.end();
        return undefined;
      }
      throw new StoreError('there is no wire-l10n store in this database to open read-only', location.display, {
        hint: 'check the store URL, or run a command that writes to create the store',
      });
    }
    return postgresStore(pool, location, state.version);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw storeFailure(location, 'opening the store', error);
  }
}

/** Checks the schema and, unless read-only, brings it up to date; one connection, given back. */
async function prepare(pool: pg.Pool, location: PostgresLocation, readonly: boolean): Promise<SchemaState> {
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    throw storeFailure(location, `connecting to PostgreSQL at ${location.address}`, error);
  }
  // A checked-out connection the server drops emits 'error', which unheard would end the process.
  let lost: Error | undefined;
  const onLost = (error: Error): void => void (lost = error);
  client.on('error', onLost);
  try {
    if (!readonly) return { kind: 'store', version: await migrate(client, location) };
    const state = await readSchemaState(client, location);
    if (state.kind === 'store' && state.version < LATEST_POSTGRES_SCHEMA_VERSION) throw outOfDate(location, state.version);
    return state;
  } finally {
    client.off('error', onLost);
    client.release(lost);
  }
}

function postgresStore(pool: pg.Pool, location: PostgresLocation, schemaVersion: number): Store {
  const gate = postgresGate(pool, location);
  let closing: Promise<void> | undefined;
  return {
    mtCache: postgresMtCache(gate),
    tm: postgresTranslationMemory(gate),
    ledger: postgresLedger(gate),
    outputs: postgresOutputRecords(gate),
    stories: postgresStoryOwners(gate, location.schema),
    transaction: (work) => gate.transaction(work),
    path: location.display,
    schemaVersion,
    // pool.end waits for checked-out connections (an open transaction) to come back.
    close: () => (closing ??= pool.end().catch((error: unknown) => Promise.reject(storeFailure(location, 'closing the store', error)))),
  };
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value <= 0) throw new TypeError(`Expected \`${name}\` to be an integer > 0, got \`${value}\``);
  return value;
}

/**
 * The SQLite store adapter (better-sqlite3): one file holding the MT cache, the translation memory
 * and the unit ledger.
 *
 * Takes: a file path; creates the file (whole: see create.ts) and its folder when missing.
 * Returns: a `Store` whose writes are committed when each call resolves (better-sqlite3 is
 *   synchronous: each call runs its statements at once, through the transaction gate, see
 *   transaction-gate.ts).
 * Options: `busyTimeoutMs` (how long a write waits for another process's lock, default 5000),
 *   `readonly` (no folder, no migration, no writes; the store must exist and be up to date).
 * Limitations: one process writes at a time (others wait up to the busy timeout); the file must
 *   be on a local disk, as WAL needs shared memory (not NFS/SMB).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { StoreError } from '../errors.js';
import type { Store } from '../store.js';
import { configureConnection } from './connection.js';
import { createStoreIfMissing, refuseEmptyFile } from './create.js';
import { storeFailure } from './failures.js';
import { sqliteLedger } from './ledger.js';
import { sqliteMtCache } from './mt-cache.js';
import { sqliteOutputRecords } from './output-records.js';
import { migrate, readSchemaVersion } from './schema.js';
import { sqliteStoryOwners } from './story-owners.js';
import { sqliteTranslationMemory } from './translation-memory.js';
import { storeCall, transactionGate } from './transaction-gate.js';
import { errorMessage } from '../../errors.js';

export { LATEST_SCHEMA_VERSION } from './migrations.js';

export interface SqliteStoreOptions {
  /** How long a write waits for another process's write lock, in milliseconds. @default 5000 */
  readonly busyTimeoutMs?: number;
  /** Open for reading only: nothing is created, migrated or written. @default false */
  readonly readonly?: boolean;
}

/** Opens the store at `path` (`:memory:` for one held in memory); a failure rejects with a StoreError. */
// Async although better-sqlite3 opens synchronously: a server store connects asynchronously, and
// openStore's callers wait either way.
export async function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Promise<Store> {
  const busyTimeoutMs = options.busyTimeoutMs ?? 5000;
  const readonly = options.readonly ?? false;
  if (!Number.isInteger(busyTimeoutMs) || busyTimeoutMs < 0) {
    throw new TypeError(`Expected \`busyTimeoutMs\` to be an integer >= 0, got \`${busyTimeoutMs}\``);
  }
  if (readonly && !existsSync(path)) {
    throw new StoreError('there is no store at this path to open read-only', path, {
      hint: 'check the store path, or run a command that writes to create the store',
    });
  }
  const inMemory = path === ':memory:';
  if (!readonly && !inMemory) {
    createFolder(path);
    createStoreIfMissing(path, (db) => prepare(db, path, false, busyTimeoutMs));
  }
  if (!inMemory) refuseEmptyFile(path);
  let db: Database.Database;
  try {
    db = new Database(path, { readonly, fileMustExist: readonly, timeout: busyTimeoutMs });
  } catch (error) {
    // better-sqlite3 reports some failures (a missing folder, a folder in the way) as TypeErrors.
    const reason = errorMessage(error);
    throw new StoreError(`cannot open the store: ${reason}`, path, { cause: error });
  }
  try {
    const schemaVersion = prepare(db, path, readonly, busyTimeoutMs);
    const gate = transactionGate(db, path);
    const call = storeCall(gate, path);
    return {
      mtCache: sqliteMtCache(db, call),
      tm: sqliteTranslationMemory(db, call),
      ledger: sqliteLedger(db, call),
      outputs: sqliteOutputRecords(db, call),
      stories: sqliteStoryOwners(db, call),
      // The adapters' own transactions (better-sqlite3's, within one call) become savepoints inside this one.
      transaction: (work) => gate.transaction(work),
      path,
      schemaVersion,
      // Through the gate: an open transaction ends before the connection closes.
      close: () => gate.run(() => closeDatabase(db, readonly)),
    };
  } catch (error) {
    db.close();
    throw storeFailure(path, 'opening the store', error);
  }
}

function closeDatabase(db: Database.Database, readonly: boolean): void {
  if (!db.open) return;
  try {
    // Keeps the query planner's statistics fresh; cheap when nothing changed.
    if (!readonly) db.pragma('optimize');
  } finally {
    db.close();
  }
}

/**
 * Makes an open database ready for use and returns its schema version: checks that it is a
 * wire-l10n store (reading only, so another program's database is refused unchanged), then
 * switches it to WAL and applies the pending migrations.
 * - WAL: readers never block the writer nor the writer readers; two processes can share the store.
 * The connection's own settings are `configureConnection`'s; the busy timeout is set by the
 * constructor's `timeout`, before any statement runs.
 */
function prepare(db: Database.Database, path: string, readonly: boolean, busyTimeoutMs: number): number {
  configureConnection(db);
  const version = readSchemaVersion(db, path);
  if (!readonly) retryWhileBusy(() => db.pragma('journal_mode = WAL'), busyTimeoutMs);
  return migrate(db, path, version, { readonly });
}

/**
 * Switching a new file to WAL needs an exclusive lock. When two processes open a new store at
 * once, both read it in rollback mode and both ask to upgrade their lock; SQLite answers one of
 * them SQLITE_BUSY at once, without its busy handler (waiting could deadlock). Try again until the
 * busy timeout, as the handler would have.
 */
function retryWhileBusy(work: () => unknown, busyTimeoutMs: number): void {
  const deadline = Date.now() + busyTimeoutMs;
  for (;;) {
    try {
      work();
      return;
    } catch (error) {
      const busy = error instanceof Database.SqliteError && error.code.startsWith('SQLITE_BUSY');
      if (!busy || Date.now() >= deadline) throw error;
      Atomics.wait(pauseCell, 0, 0, 10);
    }
  }
}

/** A cell to block on for a short pause: the SQLite store opens synchronously inside, like better-sqlite3. */
const pauseCell = new Int32Array(new SharedArrayBuffer(4));

function createFolder(path: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (error) {
    throw new StoreError(`cannot create the store's folder ${dirname(path)}`, path, { cause: error });
  }
}

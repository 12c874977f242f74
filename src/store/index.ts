/**
 * store — where wire-l10n keeps what must outlive a run: the MT cache, the translation memory and
 * the ledger of unit results that makes jobs resumable.
 *
 * Takes: the project directory, and optionally a store path or a `postgres://` URL.
 * Returns: a promise of a `Store` (see store.ts): `mtCache`, `tm`, `ledger`, `outputs`, `stories`,
 *   `transaction(work)`, `close()`, every data method asynchronous (a server database can
 *   implement them). Every write is committed when its promise resolves (or with the transaction
 *   it is part of), so a killed job loses nothing it was told.
 * Options: `path` (default `<projectDir>/.wire-l10n/store.sqlite`; a relative path is taken from
 *   the project directory; a `postgres://` or `postgresql://` URL opens that PostgreSQL database,
 *   shared by workers on several hosts), `busyTimeoutMs` (SQLite, default 5000), `readonly`
 *   (default false).
 * Limitations: SQLite (`sqlite/`, the embedded default) and PostgreSQL (`postgres/`). Errors are
 *   `StoreError`s naming the file, or the URL without its password (see README.md in this folder).
 */
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { isPostgresUrl, postgresLocation } from './postgres/location.js';
import { LATEST_POSTGRES_SCHEMA_VERSION } from './postgres/migrations.js';
import { LATEST_SCHEMA_VERSION, openSqliteStore, type SqliteStoreOptions } from './sqlite/index.js';
import type { Store } from './store.js';

export type {
  CachedTranslation,
  FuzzyOptions,
  LedgerEntry,
  LedgerLookup,
  MtCache,
  Store,
  TmAddResult,
  TmContext,
  TmEntry,
  TmMatch,
  TranslationMemory,
  UnitLedger,
} from './store.js';
export { canonicalJson, mtCacheKey, type JsonValue, type MtCacheKeyParts } from './mt-cache-key.js';
export { StoreError } from './errors.js';
export { LATEST_SCHEMA_VERSION } from './sqlite/index.js';
export { isPostgresUrl } from './postgres/location.js';

export interface OpenStoreOptions extends SqliteStoreOptions {
  /** The project the store belongs to. */
  readonly projectDir: string;
  /** The store file, or a `postgres://` URL. @default `<projectDir>/.wire-l10n/store.sqlite` */
  readonly path?: string;
}

export function defaultStorePath(projectDir: string): string {
  return resolve(projectDir, '.wire-l10n', 'store.sqlite');
}

/** Where the store option points: a PostgreSQL URL as given, a file path resolved from the project. */
export function storeLocation(projectDir: string, store?: string): string {
  if (store === undefined) return defaultStorePath(projectDir);
  return isPostgresUrl(store) ? store : resolve(projectDir, store);
}

/** How a store at `location` is named in messages: a URL without its password. */
export function storeDisplayName(location: string): string {
  return isPostgresUrl(location) ? postgresLocation(location).display : location;
}

/** The schema version a store at `location` is brought to when opened for writing. */
export function latestSchemaVersion(location: string): number {
  return isPostgresUrl(location) ? LATEST_POSTGRES_SCHEMA_VERSION : LATEST_SCHEMA_VERSION;
}

/** Opens (creating and migrating when needed) the project's store; a failure rejects with a StoreError. */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const { projectDir, path, ...sqliteOptions } = options;
  const location = storeLocation(projectDir, path);
  if (isPostgresUrl(location)) return (await postgresAdapter()).openPostgresStore(location, { readonly: options.readonly ?? false });
  return openSqliteStore(location, sqliteOptions);
}

/**
 * Opens the project's store read-only, or resolves undefined when there is none yet (no file; a
 * database or schema without a store): for commands that never create one (`check`, dry runs).
 */
export async function openExistingStore(options: Omit<OpenStoreOptions, 'readonly'>): Promise<Store | undefined> {
  const { projectDir, path, ...sqliteOptions } = options;
  const location = storeLocation(projectDir, path);
  if (isPostgresUrl(location)) return (await postgresAdapter()).openExistingPostgresStore(location);
  return existsSync(location) ? openSqliteStore(location, { ...sqliteOptions, readonly: true }) : undefined;
}

/** The PostgreSQL adapter, loaded when a store is opened there: `pg` costs every other command's start ~30 ms. */
function postgresAdapter(): Promise<typeof import('./postgres/index.js')> {
  return import('./postgres/index.js');
}

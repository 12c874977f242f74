/**
 * store — where wire-l10n keeps what must outlive a run: the MT cache, the translation memory and
 * the ledger of unit results that makes jobs resumable.
 *
 * Takes: the project directory, and optionally a store path.
 * Returns: a promise of a `Store` (see store.ts): `mtCache`, `tm`, `ledger`, `outputs`, `stories`,
 *   `transaction(work)`, `close()`, every data method asynchronous (a server database can
 *   implement them). Every write is committed when its promise resolves (or with the transaction
 *   it is part of), so a killed job loses nothing it was told.
 * Options: `path` (default `<projectDir>/.wire-l10n/store.sqlite`; a relative path is taken from
 *   the project directory), `busyTimeoutMs` (default 5000), `readonly` (default false).
 * Limitations: SQLite only for now (the embedded default); the interfaces carry no SQLite type, so
 *   a server database can take its place. Errors are `StoreError`s naming the file (see README.md in this folder).
 */
import { resolve } from 'node:path';
import { openSqliteStore, type SqliteStoreOptions } from './sqlite/index.js';
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

export interface OpenStoreOptions extends SqliteStoreOptions {
  /** The project the store belongs to. */
  readonly projectDir: string;
  /** The store file. @default `<projectDir>/.wire-l10n/store.sqlite` */
  readonly path?: string;
}

export function defaultStorePath(projectDir: string): string {
  return resolve(projectDir, '.wire-l10n', 'store.sqlite');
}

/** Opens (creating and migrating when needed) the project's store; a failure rejects with a StoreError. */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const { projectDir, path, ...sqliteOptions } = options;
  return openSqliteStore(path === undefined ? defaultStorePath(projectDir) : resolve(projectDir, path), sqliteOptions);
}

/** Brings a store's schema up to date, refusing files that are not ours or are too new. */
import type { Database } from 'better-sqlite3';
import { StoreError } from '../errors.js';
import { APPLICATION_ID, LATEST_SCHEMA_VERSION, type Migration, migrations } from './migrations.js';

/**
 * The store's schema version, after checking that the file is a wire-l10n store we understand.
 * Reads only: a file that is not ours is refused before anything in it changes.
 */
export function readSchemaVersion(db: Database, path: string): number {
  // One read transaction, so the header and the table count come from the same snapshot: read
  // apart, another process's migration committing in between looked like a foreign database.
  return db.transaction(() => checkIdentity(db, path))();
}

/** Applies the migrations after `version` (what readSchemaVersion said) and returns the schema version the store is at. */
export function migrate(db: Database, path: string, version: number, options: { readonly: boolean }): number {
  if (version === LATEST_SCHEMA_VERSION) return version;
  if (options.readonly && readableAt(version)) return version;
  if (options.readonly) {
    throw new StoreError(
      `the store is at schema ${version} and this wire-l10n needs ${LATEST_SCHEMA_VERSION}, which a read-only store cannot be upgraded to`,
      path,
      { hint: 'open it once without read-only (any wire-l10n command that writes does) to upgrade it' },
    );
  }
  for (const migration of migrations) {
    if (migration.version > version) applyMigration(db, migration);
  }
  return LATEST_SCHEMA_VERSION;
}

/** Whether a store at `version` can be read as it is: every migration after it is one readers do without. */
function readableAt(version: number): boolean {
  return migrations.every((migration) => migration.version <= version || migration.readersNeedIt === false);
}

function checkIdentity(db: Database, path: string): number {
  const applicationId = pragmaNumber(db, 'application_id');
  const version = pragmaNumber(db, 'user_version');
  const isEmpty = applicationId === 0 && version === 0 && tableCount(db) === 0;
  if (!isEmpty && applicationId !== APPLICATION_ID) {
    throw new StoreError('the file is an SQLite database but not a wire-l10n store', path, {
      hint: 'point the store option at another path; wire-l10n does not write into foreign databases',
    });
  }
  if (version > LATEST_SCHEMA_VERSION) {
    throw new StoreError(
      `the store was written by a newer wire-l10n (schema ${version}, this one knows up to ${LATEST_SCHEMA_VERSION})`,
      path,
      { hint: 'upgrade wire-l10n' },
    );
  }
  return version;
}

/**
 * One migration in one write transaction. BEGIN IMMEDIATE takes the write lock first and the
 * version is read again inside it: when two processes open a new store at once, the second
 * waits for the first and then finds nothing left to do.
 */
function applyMigration(db: Database, migration: Migration): void {
  db.transaction(() => {
    if (pragmaNumber(db, 'user_version') >= migration.version) return;
    db.exec(migration.sql);
    db.pragma(`user_version = ${migration.version}`);
  }).immediate();
}

function pragmaNumber(db: Database, name: string): number {
  return Number(db.pragma(name, { simple: true }));
}

function tableCount(db: Database): number {
  return Number(db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get());
}

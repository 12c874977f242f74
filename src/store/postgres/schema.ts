/**
 * Brings a PostgreSQL store's schema up to date, refusing databases that are not ours or are too
 * new. The schema's state is read and the migrations applied in one transaction under a
 * transaction-level advisory lock, so two workers opening a new database at once migrate it once:
 * the second waits for the first, then finds nothing left to do.
 */
import type pg from 'pg';
import { StoreError } from '../errors.js';
import { storeFailure } from './connection.js';
import type { PostgresLocation } from './location.js';
import { LATEST_POSTGRES_SCHEMA_VERSION, migrations } from './migrations.js';

/** The table that marks a schema as a wire-l10n store and records its migrations. */
const MIGRATION_TABLE = 'wire_l10n_migration';

/** What a schema holds: no table at all, or a wire-l10n store at this version. */
export type SchemaState = { readonly kind: 'empty' } | { readonly kind: 'store'; readonly version: number };

/** Reads the state of the location's schema (reading only), refusing foreign and newer ones. */
export async function readSchemaState(client: pg.ClientBase, location: PostgresLocation): Promise<SchemaState> {
  const tables = await client.query<{ name: string }>('SELECT tablename AS name FROM pg_tables WHERE schemaname = $1', [location.schema]);
  const names = new Set(tables.rows.map((row) => row.name));
  if (names.size === 0) return { kind: 'empty' };
  if (!names.has(MIGRATION_TABLE)) {
    throw new StoreError(`the schema \`${location.schema}\` holds tables but is not a wire-l10n store`, location.display, {
      hint: 'name another database or schema in the store URL (?schema=name); wire-l10n does not write into foreign databases',
    });
  }
  const result = await client.query<{ version: number | null }>(`SELECT max(version) AS version FROM ${MIGRATION_TABLE}`);
  const version = result.rows[0]?.version ?? 0;
  if (version > LATEST_POSTGRES_SCHEMA_VERSION) {
    throw new StoreError(
      `the store was written by a newer wire-l10n (schema ${version}, this one knows up to ${LATEST_POSTGRES_SCHEMA_VERSION})`,
      location.display,
      { hint: 'upgrade wire-l10n' },
    );
  }
  return { kind: 'store', version };
}

/** The refusal of a read-only open of a store that is not up to date. */
export function outOfDate(location: PostgresLocation, version: number): StoreError {
  return new StoreError(
    `the store is at schema ${version} and this wire-l10n needs ${LATEST_POSTGRES_SCHEMA_VERSION}, which a read-only store cannot be upgraded to`,
    location.display,
    { hint: 'open it once without read-only (any wire-l10n command that writes does) to upgrade it' },
  );
}

/** Creates the schema when missing and applies the pending migrations; returns the store's schema version. */
export async function migrate(client: pg.ClientBase, location: PostgresLocation): Promise<number> {
  try {
    await client.query('BEGIN');
    // Held until COMMIT or ROLLBACK; the key names the schema, so stores in other schemas do not wait.
    await client.query("SELECT pg_advisory_xact_lock(hashtextextended('wire-l10n migration ' || $1, 0))", [location.schema]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${location.schema}`);
    const state = await readSchemaState(client, location);
    const version = state.kind === 'empty' ? 0 : state.version;
    if (state.kind === 'empty') {
      await client.query(`CREATE TABLE ${MIGRATION_TABLE} (
        version     integer PRIMARY KEY,
        description text NOT NULL,
        applied_at  timestamptz NOT NULL DEFAULT now()
      )`);
    }
    for (const migration of migrations) {
      if (migration.version <= version) continue;
      await client.query(migration.sql);
      await client.query(`INSERT INTO ${MIGRATION_TABLE} (version, description) VALUES ($1, $2)`, [migration.version, migration.description]);
    }
    await client.query('COMMIT');
    return LATEST_POSTGRES_SCHEMA_VERSION;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw storeFailure(location, 'migrating the store', error);
  }
}

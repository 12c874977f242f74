/**
 * A PostgreSQL store's connection pool, and PostgreSQL's errors as StoreErrors that say what failed
 * and where, never with a password.
 */
import pg from 'pg';
import { errorMessage } from '../../errors.js';
import { StoreError } from '../errors.js';
import type { PostgresLocation } from './location.js';

/** pg reads bigint (count(*), sums, ids) as strings; every one of ours fits a JS number. */
const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === pg.types.builtins.INT8 ? Number : pg.types.getTypeParser(oid, format as 'text')) as pg.CustomTypesConfig['getTypeParser'],
};

export interface PoolOptions {
  readonly readonly: boolean;
  readonly maxConnections: number;
  readonly connectTimeoutMs: number;
}

export function createPool(location: PostgresLocation, options: PoolOptions): pg.Pool {
  const settings = [`-c search_path=${location.schema}`, ...(options.readonly ? ['-c default_transaction_read_only=on'] : [])];
  const pool = new pg.Pool({
    connectionString: location.connectionString,
    options: settings.join(' '),
    max: options.maxConnections,
    connectionTimeoutMillis: options.connectTimeoutMs,
    types,
    application_name: 'wire-l10n',
  });
  // An idle client whose server went away (a restart): the pool drops it and the next query
  // connects anew. Without a listener the error would end the process.
  pool.on('error', () => undefined);
  return pool;
}

const CONNECTION_CODES = /^08|^57P0[123]|^ECONN|^ETIMEDOUT|^EHOSTUNREACH|^ENOTFOUND|^EAI_AGAIN/u;

const connectionHint = 'check that PostgreSQL is running and reachable at that address; the next call connects anew';

const hints: ReadonlyArray<readonly [RegExp, string]> = [
  [/^28/u, 'check the user name and password in the store URL (or PGPASSWORD / ~/.pgpass)'],
  [/^3D000/u, 'create the database first (createdb), or name another one in the store URL'],
  [/^42501/u, 'the user lacks a privilege on the database or schema: grant it, or use the owner'],
  [/^25006/u, 'the store was opened read-only'],
  [/^53/u, 'the server is out of resources (disk, memory, connections): free some and run again'],
  [/^40/u, 'another worker\'s transaction conflicted with this one: run again'],
];

/** `error` as a StoreError naming the store and what failed; a StoreError is returned unchanged. */
export function storeFailure(location: PostgresLocation, action: string, error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const codeText = typeof code === 'string' ? code : '';
  // A lost or refused connection says where the server was expected.
  const lost = CONNECTION_CODES.test(codeText) || /timeout|terminat|connection error|not queryable/iu.test(errorMessage(error));
  const hint = lost ? connectionHint : hints.find(([pattern]) => pattern.test(codeText))?.[1];
  const where = lost && !action.includes(location.address) ? ` (PostgreSQL at ${location.address})` : '';
  return new StoreError(`${action} failed${where}: ${errorMessage(error)}${codeText ? ` (${codeText})` : ''}`, location.display, {
    cause: error,
    transient: lost,
    ...(hint ? { hint } : {}),
  });
}

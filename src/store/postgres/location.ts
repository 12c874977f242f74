/**
 * Where a PostgreSQL store lives (a `postgres://` URL, optionally `?schema=`) and how it is named in
 * messages (the URL without its password). Apart from the adapter, so that naming a store never
 * loads `pg`: only opening one does.
 */
import { StoreError } from '../errors.js';

/** Whether the store option names a PostgreSQL database rather than an SQLite file. */
export function isPostgresUrl(store: string): boolean {
  return /^postgres(?:ql)?:\/\//iu.test(store);
}

export interface PostgresLocation {
  /** What pg connects with (the URL as given, less our own `schema` parameter). */
  readonly connectionString: string;
  /** The schema holding the store's tables. @default public */
  readonly schema: string;
  /** The URL without password, for messages and `Store.path`. */
  readonly display: string;
  /** `host:port`, for connection failures. */
  readonly address: string;
}

// A plain identifier, so it goes into search_path and SQL without quoting.
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/u;

export function postgresLocation(url: string, schemaOption?: string): PostgresLocation {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Not echoed: a malformed URL may still hold a password.
    throw new StoreError('the store URL is not a valid postgres:// URL', 'postgres://…', {
      hint: 'write it as postgres://user:password@host:port/database[?schema=name]',
    });
  }
  const schema = schemaOption ?? parsed.searchParams.get('schema') ?? 'public';
  parsed.searchParams.delete('schema');
  const display = redacted(parsed, schema);
  if (!SCHEMA_NAME.test(schema)) {
    throw new StoreError(`the schema name \`${schema}\` is not a plain lower-case identifier`, display, {
      hint: 'use letters a–z, digits and _ (starting with a letter or _), at most 63 characters',
    });
  }
  return { connectionString: parsed.toString(), schema, display, address: `${parsed.hostname || 'localhost'}:${parsed.port || '5432'}` };
}

function redacted(url: URL, schema: string): string {
  const copy = new URL(url.toString());
  copy.password = '';
  copy.searchParams.delete('password');
  if (schema !== 'public') copy.searchParams.set('schema', schema);
  return copy.toString();
}

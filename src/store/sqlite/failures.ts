/** Turns SQLite's errors into StoreErrors that name the store and say what to do. */
import Database from 'better-sqlite3';
import { StoreError } from '../errors.js';

const hints: Readonly<Record<string, string>> = {
  SQLITE_BUSY:
    'another process kept the store locked longer than the busy timeout; retry, or raise the timeout',
  SQLITE_READONLY: 'the store was opened read-only, or its file or folder is not writable',
  SQLITE_NOTADB: 'the file is not an SQLite database: point the store option at another path',
  SQLITE_CORRUPT: 'the store is damaged: restore it from a backup (see src/store/README.md)',
  SQLITE_FULL: 'the disk is full: free some space and run again',
  SQLITE_CANTOPEN: 'check that the path exists and is readable (and writable unless read-only)',
};

/** `error` as a StoreError when it comes from SQLite; anything else is returned unchanged. */
export function storeFailure(path: string, action: string, error: unknown): unknown {
  if (!(error instanceof Database.SqliteError)) return error;
  // Extended codes (SQLITE_BUSY_SNAPSHOT, SQLITE_IOERR_WRITE…) share their primary code's hint.
  const primary = error.code.split('_').slice(0, 2).join('_');
  const hint = hints[primary];
  return new StoreError(`${action} failed: ${error.message} (${error.code})`, path, {
    cause: error,
    ...(hint ? { hint } : {}),
  });
}

/** Runs `work`, reporting SQLite failures as StoreErrors. */
export function guarded<T>(path: string, action: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw storeFailure(path, action, error);
  }
}

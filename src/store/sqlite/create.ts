/**
 * A new store appears at its path whole: built and migrated in a temporary sibling, then linked
 * into place. So the file at a store's path is always a complete wire-l10n store, and anything
 * else there (an empty file, another program's database) is refused before it is touched.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { StoreError } from '../errors.js';
import { storeFailure } from './failures.js';
import { errorMessage } from '../../errors.js';

/**
 * Creates the store at `path` unless a file is there, by running `build` on a temporary sibling
 * and linking it into place. When another process links its own first, ours is dropped and theirs
 * is used: a `link` never replaces a file.
 */
export function createStoreIfMissing(path: string, build: (db: Database.Database) => void): void {
  if (existsSync(path)) return;
  const temporary = join(dirname(path), `.${basename(path)}.new-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    const db = new Database(temporary);
    try {
      build(db);
    } finally {
      db.close(); // checkpoints the WAL into the file and removes it
    }
    linkSync(temporary, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return; // another process's store is there: use it
    const failure = storeFailure(path, 'creating the store', error);
    if (failure instanceof StoreError) throw failure;
    throw new StoreError(`cannot create the store: ${errorMessage(error)}`, path, { cause: error });
  } finally {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${temporary}${suffix}`, { force: true });
  }
}

/**
 * Refuses a file at the store's path that cannot be a store wire-l10n made. A 0-byte file is what
 * SQLite would silently take as a new store, which would hide that all TM, cache and human work
 * is gone (a truncated copy, a failed restore).
 */
export function refuseEmptyFile(path: string): void {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return; // SQLite reports a missing or unreadable file in its own words
  }
  if (size === 0) {
    throw new StoreError('the store file is empty (0 bytes): its translation memory, MT cache and human work are not there', path, {
      hint: 'restore the store from a backup (see docs/operations.md); to start anew on purpose, delete the file',
    });
  }
}

/** The settings every connection to a store gets, before it reads anything. */
import type { Database } from 'better-sqlite3';

/**
 * Page cache per connection, in KiB (SQLite's own default). better-sqlite3 builds SQLite with 16 MiB;
 * a batch's store outgrows any cache (10,000 stories make ~50 MB), so the cache only filled up as the
 * store grew, and a long batch held 11 MiB more than a short one for no measurable speed (the OS keeps
 * the file's pages cached either way; `npm run bench:pipeline` prints peak memory at both sizes).
 */
export const PAGE_CACHE_KIB = 2000;

/**
 * - synchronous=NORMAL: in WAL mode a commit is written to the WAL without waiting for fsync.
 *   A killed process loses nothing (the OS has the data); a power cut or OS crash can lose the
 *   last commits but never corrupts the file. Losing a few ledger or cache rows only means those
 *   units are translated again, which is cheaper than an fsync per unit.
 * - foreign_keys: SQLite leaves them off unless asked, per connection.
 * - cache_size: `PAGE_CACHE_KIB`.
 */
export function configureConnection(db: Database): void {
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
}

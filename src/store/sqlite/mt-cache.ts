/** The MT cache in SQLite: one row per key. */
import type { Database } from 'better-sqlite3';
import { cachedTranslation, cacheRow, type CacheRow } from '../cache-and-ledger-rows.js';
import { checkClaim, grantedInOrder } from '../claims.js';
import { once } from '../../util/once.js';
import type { CachedTranslation, EngineUsage, MtCache } from '../store.js';
import type { StoreCall } from './transaction-gate.js';

export function sqliteMtCache(db: Database, call: StoreCall): MtCache {
  const selectOne = db.prepare<[string], CacheRow>('SELECT key, target, engine, origin, findings FROM mt_cache WHERE key = ?');
  // json_each turns one JSON array parameter into a list: one statement for any number of keys.
  const selectMany = db.prepare<[string], CacheRow>(
    'SELECT key, target, engine, origin, findings FROM mt_cache WHERE key IN (SELECT value FROM json_each(?))',
  );
  const upsert = db.prepare<[CacheRow]>(
    `INSERT INTO mt_cache (key, target, engine, origin, findings) VALUES (@key, @target, @engine, @origin, @findings)
     ON CONFLICT (key) DO UPDATE SET target = excluded.target, engine = excluded.engine, origin = excluded.origin,
       findings = excluded.findings`,
  );

  const insertRequest = db.prepare(
    `INSERT INTO engine_request (engine, source_lang, target_lang, texts, characters, unit_keys)
     VALUES (@engine, @sourceLang, @targetLang, @texts, @characters, @unitKeys)`,
  );
  const selectUsage = db.prepare<[], EngineUsage>(
    `SELECT engine, target_lang AS targetLang, count(*) AS requests, sum(texts) AS texts, sum(characters) AS characters
     FROM engine_request GROUP BY engine, target_lang ORDER BY engine, target_lang`,
  );
  const selectKeys = db.prepare<[], { key: string }>(
    'SELECT value AS key FROM engine_request, json_each(engine_request.unit_keys) ORDER BY engine_request.id, json_each.key',
  );
  // SQLite's clock, in milliseconds: every process sharing the file reads the same one.
  const now = "CAST(unixepoch('subsec') * 1000 AS INTEGER)";
  // Prepared on first use: a read-only store may predate the claims table (schema 6), and never claims.
  const claimStatements = once(() => ({
    // One statement, so two processes cannot both take a key: a live claim of another owner stays
    // (the upsert's WHERE), and RETURNING names only the rows written. `WHERE true` lets SQLite read
    // the ON CONFLICT of an INSERT … SELECT.
    insert: db.prepare<[{ keys: string; owner: string; ttlMs: number }], string>(
      `INSERT INTO mt_claim (key, owner, expires_at)
       SELECT DISTINCT value, @owner, ${now} + @ttlMs FROM json_each(@keys)
       WHERE true AND value NOT IN (SELECT key FROM mt_cache)
       ORDER BY value
       ON CONFLICT (key) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
       WHERE mt_claim.owner = excluded.owner OR mt_claim.expires_at <= ${now}
       RETURNING key`,
    ).pluck(),
    deleteOwn: db.prepare<[{ keys: string; owner: string }]>('DELETE FROM mt_claim WHERE owner = @owner AND key IN (SELECT value FROM json_each(@keys))'),
    deleteAny: db.prepare<[string]>('DELETE FROM mt_claim WHERE key IN (SELECT value FROM json_each(?))'),
  }));
  const commitRequest = db.transaction(
    (request: Parameters<MtCache['commitRequest']>[0], results: Parameters<MtCache['commitRequest']>[1]) => {
      for (const { key, entry } of results) upsert.run(cacheRow(key, entry));
      const unitKeys = JSON.stringify(results.map((result) => result.key));
      insertRequest.run({ ...request, texts: results.length, unitKeys });
      // Cached now: whoever claimed them has nothing left to send.
      claimStatements().deleteAny.run(unitKeys);
    },
  );

  return {
    async commitRequest(request, results) {
      await call('writing to the MT cache', () => commitRequest.immediate(request, results));
    },
    usage() {
      return call('reading the engine request log', () => selectUsage.all());
    },
    requestedKeys() {
      return call('reading the engine request log', () => selectKeys.all().map((row) => row.key));
    },
    async get(key) {
      const row = await call('reading the MT cache', () => selectOne.get(key));
      return row && cachedTranslation(row);
    },
    async getMany(keys) {
      const rows = await call('reading the MT cache', () => selectMany.all(JSON.stringify(keys)));
      return new Map(rows.map((row) => [row.key, cachedTranslation(row)]));
    },
    async claim(keys, owner, ttlMs) {
      checkClaim(owner, ttlMs);
      const granted = await call('claiming MT cache keys', () => claimStatements().insert.all({ keys: JSON.stringify(keys), owner, ttlMs }));
      return grantedInOrder(keys, granted);
    },
    async release(keys, owner) {
      await call('releasing MT cache keys', () => claimStatements().deleteOwn.run({ keys: JSON.stringify(keys), owner }));
    },
    async put(key, entry) {
      await call('writing to the MT cache', () => upsert.run(cacheRow(key, entry)));
    },
  };
}

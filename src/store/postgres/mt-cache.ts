/** The MT cache in PostgreSQL: one row per key, the request log, and claims on keys. */
import { cachedTranslation, cacheRow, type CacheRow } from '../cache-and-ledger-rows.js';
import { checkClaim, grantedInOrder } from '../claims.js';
import type { CachedTranslation, EngineUsage, MtCache } from '../store.js';
import type { PostgresGate } from './transaction-gate.js';

const UPSERT = `INSERT INTO mt_cache (key, target, engine, origin, findings) VALUES ($1, $2, $3, $4, $5)
  ON CONFLICT (key) DO UPDATE SET target = excluded.target, engine = excluded.engine, origin = excluded.origin, findings = excluded.findings`;

/** Many rows in one statement: one array parameter per column. */
const UPSERT_MANY = `INSERT INTO mt_cache (key, target, engine, origin, findings)
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
  ON CONFLICT (key) DO UPDATE SET target = excluded.target, engine = excluded.engine, origin = excluded.origin, findings = excluded.findings`;

// One statement, so two workers cannot both take a key: a live claim of another owner stays (the
// upsert's WHERE; a concurrent insert of the same key waits for the other's commit, then sees it),
// and RETURNING names only the rows written. Keys in one order, so two claims never deadlock.
const CLAIM = `INSERT INTO mt_claim (key, owner, expires_at)
  SELECT wanted, $2, clock_timestamp() + $3 * interval '1 millisecond'
  FROM (SELECT DISTINCT unnest($1::text[]) AS wanted) AS asked
  WHERE NOT EXISTS (SELECT 1 FROM mt_cache WHERE mt_cache.key = wanted)
  ORDER BY wanted
  ON CONFLICT (key) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
  WHERE mt_claim.owner = excluded.owner OR mt_claim.expires_at <= clock_timestamp()
  RETURNING key`;

export function postgresMtCache(gate: PostgresGate): MtCache {
  const { query } = gate;
  return {
    async commitRequest(request, results) {
      const keys = results.map((result) => result.key);
      // The last result of a key wins, as with one put after another; rows in key order, so two
      // requests filling the same keys at once do not deadlock.
      const rows = [...new Map(results.map(({ key, entry }) => [key, cacheRow(key, entry)])).values()].sort((a, b) => (a.key < b.key ? -1 : 1));
      await gate.transaction(async () => {
        const columns = (['key', 'target', 'engine', 'origin', 'findings'] as const).map((column) => rows.map((row) => row[column]));
        if (rows.length > 0) await query('writing to the MT cache', UPSERT_MANY, columns);
        await query(
          'writing to the MT cache',
          'INSERT INTO engine_request (engine, source_lang, target_lang, texts, characters, unit_keys) VALUES ($1, $2, $3, $4, $5, $6)',
          [request.engine, request.sourceLang, request.targetLang, results.length, request.characters, keys],
        );
        // Cached now: whoever claimed them has nothing left to send.
        await query('writing to the MT cache', 'DELETE FROM mt_claim WHERE key = ANY($1::text[])', [keys]);
      });
    },
    async usage() {
      const result = await query<EngineUsage>(
        'reading the engine request log',
        `SELECT engine, target_lang AS "targetLang", count(*) AS requests, sum(texts)::bigint AS texts, sum(characters)::bigint AS characters
         FROM engine_request GROUP BY engine, target_lang ORDER BY engine, target_lang`,
      );
      return result.rows;
    },
    async requestedKeys() {
      const result = await query<{ key: string }>(
        'reading the engine request log',
        'SELECT unit.key FROM engine_request, unnest(engine_request.unit_keys) WITH ORDINALITY AS unit(key, n) ORDER BY engine_request.id, unit.n',
      );
      return result.rows.map((row) => row.key);
    },
    async get(key) {
      const result = await query<CacheRow>('reading the MT cache', 'SELECT key, target, engine, origin, findings FROM mt_cache WHERE key = $1', [key]);
      const row = result.rows[0];
      return row && cachedTranslation(row);
    },
    async getMany(keys) {
      const result = await query<CacheRow>('reading the MT cache', 'SELECT key, target, engine, origin, findings FROM mt_cache WHERE key = ANY($1::text[])', [keys]);
      return new Map(result.rows.map((row) => [row.key, cachedTranslation(row)]));
    },
    async put(key, entry) {
      const row = cacheRow(key, entry);
      await query('writing to the MT cache', UPSERT, [row.key, row.target, row.engine, row.origin, row.findings]);
    },
    async claim(keys, owner, ttlMs) {
      checkClaim(owner, ttlMs);
      const result = await query<{ key: string }>('claiming MT cache keys', CLAIM, [keys, owner, ttlMs]);
      return grantedInOrder(keys, result.rows.map((row) => row.key));
    },
    async release(keys, owner) {
      await query('releasing MT cache keys', 'DELETE FROM mt_claim WHERE owner = $1 AND key = ANY($2::text[])', [owner, keys]);
    },
  };
}

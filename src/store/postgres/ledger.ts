/** The unit ledger in PostgreSQL: one row per article, language and unit. */
import { ledgerEntry, type LedgerRow } from '../cache-and-ledger-rows.js';
import type { LedgerEntry, UnitLedger } from '../store.js';
import type { PostgresGate } from './transaction-gate.js';

const COLUMNS = `article_id AS "articleId", target_lang AS "targetLang", unit_id AS "unitId",
  source_hash AS "sourceHash", target, state, origin, engine`;

// The protection of human work is one statement, so no other worker can slip in between a check
// and the write: the upsert's WHERE turns a forbidden overwrite into "0 rows changed".
const UPSERT = `INSERT INTO unit_ledger (article_id, target_lang, unit_id, source_hash, target, state, origin, engine)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
  ON CONFLICT (article_id, target_lang, unit_id) DO UPDATE SET
    source_hash = excluded.source_hash, target = excluded.target, state = excluded.state,
    origin = excluded.origin, engine = excluded.engine
  WHERE NOT (unit_ledger.state IN ('reviewed', 'final')
             AND unit_ledger.source_hash = excluded.source_hash
             AND excluded.origin <> 'human')`;

const DELETE_OTHERS = 'DELETE FROM unit_ledger WHERE article_id = $1 AND target_lang = $2 AND NOT (unit_id = ANY($3::text[]))';

export function postgresLedger(gate: PostgresGate): UnitLedger {
  const { query } = gate;
  const record = async (entry: LedgerEntry): Promise<boolean> => {
    const values = [entry.articleId, entry.targetLang, entry.unitId, entry.sourceHash, entry.target, entry.state, entry.origin, entry.engine ?? null];
    return (await query('writing to the unit ledger', UPSERT, values)).rowCount === 1;
  };
  const deleteExcept = async (articleId: string, targetLang: string, keepUnitIds: readonly string[]): Promise<number> =>
    (await query('writing to the unit ledger', DELETE_OTHERS, [articleId, targetLang, keepUnitIds])).rowCount ?? 0;

  return {
    sync(articleId, targetLang, entries, keepUnitIds) {
      return gate.transaction(async () => {
        let applied = 0;
        for (const entry of entries) if (await record(entry)) applied++;
        await deleteExcept(articleId, targetLang, keepUnitIds);
        return applied;
      });
    },
    async get(articleId, targetLang, unitId, sourceHash) {
      const result = await query<LedgerRow>(
        'reading the unit ledger',
        `SELECT ${COLUMNS} FROM unit_ledger WHERE article_id = $1 AND target_lang = $2 AND unit_id = $3 AND source_hash = $4`,
        [articleId, targetLang, unitId, sourceHash],
      );
      const row = result.rows[0];
      return row && ledgerEntry(row);
    },
    async getMany(articleId, targetLang, units) {
      const wanted = new Map(units.map((unit) => [unit.unitId, unit.sourceHash]));
      const result = await query<LedgerRow>(
        'reading the unit ledger',
        `SELECT ${COLUMNS} FROM unit_ledger WHERE article_id = $1 AND target_lang = $2 AND unit_id = ANY($3::text[])`,
        [articleId, targetLang, [...wanted.keys()]],
      );
      return new Map(result.rows.filter((row) => wanted.get(row.unitId) === row.sourceHash).map((row) => [row.unitId, ledgerEntry(row)]));
    },
    record,
    async forArticle(articleId, targetLang) {
      const result = await query<LedgerRow>(
        'reading the unit ledger',
        `SELECT ${COLUMNS} FROM unit_ledger WHERE article_id = $1 AND target_lang = $2 ORDER BY unit_id`,
        [articleId, targetLang],
      );
      return result.rows.map(ledgerEntry);
    },
    deleteExcept,
  };
}

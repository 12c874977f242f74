/** The unit ledger in SQLite: one row per article, language and unit. */
import type { Database } from 'better-sqlite3';
import { ledgerEntry, ledgerRow, type LedgerRow } from '../cache-and-ledger-rows.js';
import type { LedgerEntry, UnitLedger } from '../store.js';
import type { StoreCall } from './transaction-gate.js';

const COLUMNS = `article_id AS articleId, target_lang AS targetLang, unit_id AS unitId,
  source_hash AS sourceHash, target, state, origin, engine`;

export function sqliteLedger(db: Database, call: StoreCall): UnitLedger {
  const selectOne = db.prepare<[string, string, string, string], LedgerRow>(
    `SELECT ${COLUMNS} FROM unit_ledger
     WHERE article_id = ? AND target_lang = ? AND unit_id = ? AND source_hash = ?`,
  );
  const selectUnits = db.prepare<[string, string, string], LedgerRow>(
    `SELECT ${COLUMNS} FROM unit_ledger
     WHERE article_id = ? AND target_lang = ? AND unit_id IN (SELECT value FROM json_each(?))`,
  );
  const selectArticle = db.prepare<[string, string], LedgerRow>(
    `SELECT ${COLUMNS} FROM unit_ledger WHERE article_id = ? AND target_lang = ? ORDER BY unit_id`,
  );
  // The protection of human work is one statement, so no other process can slip in between a
  // check and the write: the upsert's WHERE turns a forbidden overwrite into "0 rows changed".
  const upsert = db.prepare<[LedgerRow]>(
    `INSERT INTO unit_ledger (article_id, target_lang, unit_id, source_hash, target, state, origin, engine)
     VALUES (@articleId, @targetLang, @unitId, @sourceHash, @target, @state, @origin, @engine)
     ON CONFLICT (article_id, target_lang, unit_id) DO UPDATE SET
       source_hash = excluded.source_hash, target = excluded.target, state = excluded.state,
       origin = excluded.origin, engine = excluded.engine
     WHERE NOT (unit_ledger.state IN ('reviewed', 'final')
                AND unit_ledger.source_hash = excluded.source_hash
                AND excluded.origin <> 'human')`,
  );
  const deleteOthers = db.prepare<[string, string, string]>(
    `DELETE FROM unit_ledger
     WHERE article_id = ? AND target_lang = ? AND unit_id NOT IN (SELECT value FROM json_each(?))`,
  );

  const syncAll = db.transaction((articleId: string, targetLang: string, entries: readonly LedgerEntry[], keep: string) => {
    let applied = 0;
    for (const entry of entries) applied += upsert.run(ledgerRow(entry)).changes;
    deleteOthers.run(articleId, targetLang, keep);
    return applied;
  });

  return {
    sync(articleId, targetLang, entries, keepUnitIds) {
      return call('writing to the unit ledger', () =>
        syncAll.immediate(articleId, targetLang, entries, JSON.stringify(keepUnitIds)),
      );
    },
    async get(articleId, targetLang, unitId, sourceHash) {
      const row = await call('reading the unit ledger', () =>
        selectOne.get(articleId, targetLang, unitId, sourceHash),
      );
      return row && ledgerEntry(row);
    },
    async getMany(articleId, targetLang, units) {
      const wanted = new Map(units.map((unit) => [unit.unitId, unit.sourceHash]));
      const rows = await call('reading the unit ledger', () =>
        selectUnits.all(articleId, targetLang, JSON.stringify([...wanted.keys()])),
      );
      return new Map(
        rows.filter((row) => wanted.get(row.unitId) === row.sourceHash).map((row) => [row.unitId, ledgerEntry(row)]),
      );
    },
    async record(entry) {
      const result = await call('writing to the unit ledger', () => upsert.run(ledgerRow(entry)));
      return result.changes === 1;
    },
    async forArticle(articleId, targetLang) {
      return (await call('reading the unit ledger', () => selectArticle.all(articleId, targetLang))).map(ledgerEntry);
    },
    async deleteExcept(articleId, targetLang, keepUnitIds) {
      const result = await call('writing to the unit ledger', () =>
        deleteOthers.run(articleId, targetLang, JSON.stringify(keepUnitIds)),
      );
      return result.changes;
    },
  };
}

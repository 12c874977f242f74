/** What each input produced last time, in SQLite (table article_output). */
import type { Database } from 'better-sqlite3';
import type { OutputRecord, OutputRecords, RunSettings } from '../store.js';
import { guarded } from './failures.js';

interface OutputRow {
  readonly fingerprint: string;
  readonly articleId: string;
  readonly report: string;
  readonly files: string;
  readonly absent: string;
  readonly settings: string | null;
}

export function sqliteOutputRecords(db: Database, path: string): OutputRecords {
  const columns = 'fingerprint, article_id AS articleId, report, files, absent, run_settings AS settings';
  const select = db.prepare<[string], OutputRow>(`SELECT ${columns} FROM article_output WHERE input_key = ?`);
  const selectAll = db.prepare<[], OutputRow & { readonly inputKey: string }>(`SELECT input_key AS inputKey, ${columns} FROM article_output ORDER BY input_key`);
  const upsert = db.prepare(
    `INSERT INTO article_output (input_key, fingerprint, article_id, report, files, absent, run_settings)
     VALUES (@inputKey, @fingerprint, @articleId, @report, @files, @absent, @settings)
     ON CONFLICT (input_key) DO UPDATE SET fingerprint = excluded.fingerprint, article_id = excluded.article_id,
       report = excluded.report, files = excluded.files, absent = excluded.absent, run_settings = excluded.run_settings`,
  );
  const deleteRecord = db.prepare<[string]>('DELETE FROM article_output WHERE input_key = ?');
  const selectRevision = db.prepare<[], { value: number }>("SELECT value FROM revision WHERE name = 'human-work'");

  return {
    get(inputKey) {
      const row = guarded(path, 'reading the output records', () => select.get(inputKey));
      return row === undefined ? undefined : recordOf(row);
    },
    list() {
      const rows = guarded(path, 'reading the output records', () => selectAll.all());
      return rows.map(({ inputKey, ...row }) => ({ inputKey, record: recordOf(row) }));
    },
    put(inputKey, record) {
      guarded(path, 'writing the output records', () =>
        upsert.run({
          inputKey,
          fingerprint: record.fingerprint,
          articleId: record.articleId,
          report: record.report,
          files: JSON.stringify(record.files),
          absent: JSON.stringify(record.absent),
          settings: record.settings === undefined ? null : JSON.stringify(record.settings),
        }),
      );
    },
    remove(inputKey) {
      guarded(path, 'writing the output records', () => deleteRecord.run(inputKey));
    },
    humanWorkRevision() {
      return guarded(path, 'reading the store revision', () => selectRevision.get()?.value ?? 0);
    },
  };
}

function recordOf(row: OutputRow): OutputRecord {
  return {
    fingerprint: row.fingerprint,
    articleId: row.articleId,
    report: row.report,
    files: JSON.parse(row.files) as OutputRecord['files'],
    absent: JSON.parse(row.absent) as string[],
    ...(row.settings === null ? {} : { settings: JSON.parse(row.settings) as RunSettings }),
  };
}

/** What each input produced last time, in SQLite (table article_output). */
import type { Database } from 'better-sqlite3';
import type { OutputRecord, OutputRecords } from '../store.js';
import { guarded } from './failures.js';

interface OutputRow {
  readonly fingerprint: string;
  readonly articleId: string;
  readonly report: string;
  readonly files: string;
  readonly absent: string;
}

export function sqliteOutputRecords(db: Database, path: string): OutputRecords {
  const select = db.prepare<[string], OutputRow>(
    'SELECT fingerprint, article_id AS articleId, report, files, absent FROM article_output WHERE input_key = ?',
  );
  const upsert = db.prepare(
    `INSERT INTO article_output (input_key, fingerprint, article_id, report, files, absent)
     VALUES (@inputKey, @fingerprint, @articleId, @report, @files, @absent)
     ON CONFLICT (input_key) DO UPDATE SET fingerprint = excluded.fingerprint, article_id = excluded.article_id,
       report = excluded.report, files = excluded.files, absent = excluded.absent`,
  );
  const selectRevision = db.prepare<[], { value: number }>("SELECT value FROM revision WHERE name = 'human-work'");

  return {
    get(inputKey) {
      const row = guarded(path, 'reading the output records', () => select.get(inputKey));
      if (row === undefined) return undefined;
      return { ...row, files: JSON.parse(row.files) as OutputRecord['files'], absent: JSON.parse(row.absent) as string[] };
    },
    put(inputKey, record) {
      guarded(path, 'writing the output records', () =>
        upsert.run({ inputKey, ...record, files: JSON.stringify(record.files), absent: JSON.stringify(record.absent) }),
      );
    },
    humanWorkRevision() {
      return guarded(path, 'reading the store revision', () => selectRevision.get()?.value ?? 0);
    },
  };
}

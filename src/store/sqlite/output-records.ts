/** What each input produced last time, in SQLite (table article_output). */
import type { Database } from 'better-sqlite3';
import { outputRecord, outputRow, type OutputRow } from '../output-rows.js';
import type { OutputRecords } from '../store.js';
import { keysetPages, PAGE_SIZE } from '../pages.js';
import type { StoreCall } from './transaction-gate.js';

type ListedRow = OutputRow & { readonly inputKey: string; readonly ownsStory: 0 | 1 };

export function sqliteOutputRecords(db: Database, call: StoreCall): OutputRecords {
  const columns = 'fingerprint, article_id AS articleId, report, files, absent, run_settings AS settings';
  const select = db.prepare<[string], OutputRow>(`SELECT ${columns} FROM article_output WHERE input_key = ?`);
  // Whether the record's input owns its story id, in the same read (story_owner's primary key).
  const listing = `SELECT article_output.input_key AS inputKey, ${columns},
      EXISTS (SELECT 1 FROM story_owner WHERE story_owner.article_id = article_output.article_id AND story_owner.input_key = article_output.input_key) AS ownsStory
    FROM article_output`;
  // Story-id order (index article_output_by_story): the project's report and index are written in it, a page at a time.
  const selectFirstPage = db.prepare<[], ListedRow>(`${listing} ORDER BY article_id, input_key LIMIT ${PAGE_SIZE}`);
  const selectPageAfter = db.prepare<[string, string], ListedRow>(
    `${listing} WHERE (article_id, input_key) > (?, ?) ORDER BY article_id, input_key LIMIT ${PAGE_SIZE}`,
  );
  const upsert = db.prepare(
    `INSERT INTO article_output (input_key, fingerprint, article_id, report, files, absent, run_settings)
     VALUES (@inputKey, @fingerprint, @articleId, @report, @files, @absent, @settings)
     ON CONFLICT (input_key) DO UPDATE SET fingerprint = excluded.fingerprint, article_id = excluded.article_id,
       report = excluded.report, files = excluded.files, absent = excluded.absent, run_settings = excluded.run_settings`,
  );
  const deleteRecord = db.prepare<[string]>('DELETE FROM article_output WHERE input_key = ?');
  const selectRevision = db.prepare<[], { value: number }>("SELECT value FROM revision WHERE name = 'human-work'");

  return {
    async get(inputKey) {
      const row = await call('reading the output records', () => select.get(inputKey));
      return row === undefined ? undefined : outputRecord(row);
    },
    async *list() {
      const rows = keysetPages((last: ListedRow | undefined) =>
        call('reading the output records', () => (last === undefined ? selectFirstPage.all() : selectPageAfter.all(last.articleId, last.inputKey))),
      );
      for await (const { inputKey, ownsStory, ...row } of rows) yield { inputKey, record: outputRecord(row), ownsStory: ownsStory === 1 };
    },
    async put(inputKey, record) {
      await call('writing the output records', () =>
        upsert.run({ inputKey, ...outputRow(record) }),
      );
    },
    async remove(inputKey) {
      await call('writing the output records', () => deleteRecord.run(inputKey));
    },
    humanWorkRevision() {
      return call('reading the store revision', () => selectRevision.get()?.value ?? 0);
    },
  };
}

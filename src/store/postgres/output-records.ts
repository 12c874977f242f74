/** What each input produced last time, in PostgreSQL (table article_output). */
import { keysetPages, PAGE_SIZE } from '../pages.js';
import type { OutputRecord, OutputRecords } from '../store.js';
import { outputRecord, outputRow, type OutputRow } from '../output-rows.js';
import type { PostgresGate } from './transaction-gate.js';

type ListedRow = OutputRow & { readonly inputKey: string; readonly ownsStory: boolean };

const COLUMNS = 'fingerprint, article_id AS "articleId", report, files, absent, run_settings AS settings';
// Whether the record's input owns its story id, in the same read; story-id order (index
// article_output_by_story, COLLATE "C": the order SQLite lists them in).
const LISTING = `SELECT article_output.input_key AS "inputKey", ${COLUMNS},
    EXISTS (SELECT 1 FROM story_owner WHERE story_owner.article_id = article_output.article_id AND story_owner.input_key = article_output.input_key) AS "ownsStory"
  FROM article_output`;

export function postgresOutputRecords(gate: PostgresGate): OutputRecords {
  const { query } = gate;
  return {
    async get(inputKey) {
      const result = await query<OutputRow>('reading the output records', `SELECT ${COLUMNS} FROM article_output WHERE input_key = $1`, [inputKey]);
      const row = result.rows[0];
      return row === undefined ? undefined : outputRecord(row);
    },
    async *list() {
      const rows = keysetPages(async (last: ListedRow | undefined) => {
        const page =
          last === undefined
            ? await query<ListedRow>('reading the output records', `${LISTING} ORDER BY article_id, input_key LIMIT ${PAGE_SIZE}`)
            : await query<ListedRow>(
                'reading the output records',
                `${LISTING} WHERE (article_id, input_key) > ($1, $2) ORDER BY article_id, input_key LIMIT ${PAGE_SIZE}`,
                [last.articleId, last.inputKey],
              );
        return page.rows;
      });
      for await (const { inputKey, ownsStory, ...row } of rows) yield { inputKey, record: outputRecord(row), ownsStory };
    },
    async put(inputKey, record: OutputRecord) {
      const row = outputRow(record);
      await query(
        'writing the output records',
        `INSERT INTO article_output (input_key, fingerprint, article_id, report, files, absent, run_settings)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (input_key) DO UPDATE SET fingerprint = excluded.fingerprint, article_id = excluded.article_id,
           report = excluded.report, files = excluded.files, absent = excluded.absent, run_settings = excluded.run_settings`,
        [inputKey, row.fingerprint, row.articleId, row.report, row.files, row.absent, row.settings],
      );
    },
    async remove(inputKey) {
      await query('writing the output records', 'DELETE FROM article_output WHERE input_key = $1', [inputKey]);
    },
    async humanWorkRevision() {
      const result = await query<{ value: number }>('reading the store revision', "SELECT value FROM revision WHERE name = 'human-work'");
      return result.rows[0]?.value ?? 0;
    },
  };
}

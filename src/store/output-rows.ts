/** An output record as both adapters keep it: its lists and settings as JSON text. */
import type { OutputRecord, RunSettings } from './store.js';

export interface OutputRow {
  readonly fingerprint: string;
  readonly articleId: string;
  readonly report: string;
  /** JSON of `OutputRecord.files`. */
  readonly files: string;
  /** JSON of `OutputRecord.absent`. */
  readonly absent: string;
  /** JSON of `OutputRecord.settings`; null for records made before stores kept them. */
  readonly settings: string | null;
}

export function outputRow(record: OutputRecord): OutputRow {
  return {
    fingerprint: record.fingerprint,
    articleId: record.articleId,
    report: record.report,
    files: JSON.stringify(record.files),
    absent: JSON.stringify(record.absent),
    settings: record.settings === undefined ? null : JSON.stringify(record.settings),
  };
}

export function outputRecord(row: OutputRow): OutputRecord {
  return {
    fingerprint: row.fingerprint,
    articleId: row.articleId,
    report: row.report,
    files: JSON.parse(row.files) as OutputRecord['files'],
    absent: JSON.parse(row.absent) as string[],
    ...(row.settings === null ? {} : { settings: JSON.parse(row.settings) as RunSettings }),
  };
}

/**
 * Termbase files → Glossary: decode, split into records (at most TERMBASE_MAX_ROWS in all), read
 * the header and the rows, reject conflicting forms, give ids, hash. Pure: the caller reads the files.
 */
import type { Glossary, LanguageTag } from '../model.js';
import { glossaryHash } from './canonical.js';
import { readColumnLayout, SOURCE_LANG } from './columns.js';
import { assertNoConflictingForms } from './conflicts.js';
import { readCsvRecords, type CsvRecord } from './csv-records.js';
import { decodeCsvText } from './decode.js';
import { withIds } from './ids.js';
import { TERMBASE_MAX_ROWS, tooManyRowsError } from './limits.js';
import { entryFromRecord, isBlankRecord, type EntryDraft } from './rows.js';

/** One termbase CSV: its path as the user gave it (for messages) and its bytes or text. */
export interface GlossaryFile {
  readonly path: string;
  readonly content: string | Uint8Array;
}

interface GlossaryTable {
  readonly targetLangs: readonly LanguageTag[];
  readonly entries: readonly EntryDraft[];
}

/** Parses the files in the order given; a later file's rows come after an earlier one's. */
export function parseGlossary(files: readonly GlossaryFile[]): Glossary {
  let rowsLeft = TERMBASE_MAX_ROWS;
  // Every file's records first, so that a termbase over the limit is refused before any row is read.
  const recordsPerFile = files.map((file) => {
    // One more than allowed is read, to find the first row past the limit.
    const records = readCsvRecords(decodeCsvText(file.content, file.path), file.path, rowsLeft + 1);
    const pastLimit = records[rowsLeft];
    if (pastLimit) throw tooManyRowsError({ file: file.path, line: pastLimit.line });
    rowsLeft -= records.length;
    return { path: file.path, records };
  });
  const tables = recordsPerFile.map(({ path, records }) => readTable(records, path));
  const drafts = tables.flatMap((table) => table.entries);
  assertNoConflictingForms(drafts);
  return {
    sourceLang: SOURCE_LANG,
    targetLangs: [...new Set(tables.flatMap((table) => table.targetLangs))].sort(),
    entries: withIds(drafts),
    hash: glossaryHash(SOURCE_LANG, drafts),
  };
}

function readTable(records: readonly CsvRecord[], path: string): GlossaryTable {
  const [header, ...rows] = records.filter((record) => !isBlankRecord(record));
  // An empty file is an empty termbase, as is a header without rows.
  if (!header) return { targetLangs: [], entries: [] };
  const layout = readColumnLayout(header, path);
  return {
    targetLangs: [...layout.targets.keys()],
    entries: rows.map((row) => entryFromRecord(row, layout, path)),
  };
}

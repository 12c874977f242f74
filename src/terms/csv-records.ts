import { CsvError, parse } from 'csv-parse/sync';
import { GlossaryError } from '../errors.js';

/** One CSV record and the line it starts on (a quoted cell may span several lines). */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

const QUOTING_HINT = 'put a field that holds commas, quotes or line breaks in double quotes, and double each quote inside it ("")';

/**
 * Splits decoded CSV text (line breaks already `\n`) into records; empty lines are skipped. Reads at
 * most `maxRecords` records: the caller learns that there are more from getting `maxRecords`.
 */
export function readCsvRecords(text: string, file: string, maxRecords = Infinity): CsvRecord[] {
  const endLines: number[] = [];
  let rows: string[][];
  try {
    rows = parse(text, {
      // Short rows are allowed (missing cells are empty); the row reader rejects content past the header.
      relax_column_count: true,
      skip_empty_lines: true,
      ...(Number.isFinite(maxRecords) ? { to: maxRecords } : {}),
      on_record: (record, context) => {
        endLines.push(context.lines);
        return record;
      },
    });
  } catch (error) {
    throw csvSyntaxError(error, text, file);
  }
  return rows.map((fields, index) => ({ line: endLines[index]! - countLineBreaks(fields), fields }));
}

function countLineBreaks(fields: readonly string[]): number {
  return fields.reduce((count, field) => count + field.split('\n').length - 1, 0);
}

function csvSyntaxError(error: unknown, text: string, file: string): GlossaryError {
  if (!(error instanceof CsvError)) return new GlossaryError(`cannot parse the CSV: ${String(error)}`, { file }, { cause: error });
  // csv-parse reports an unclosed quote where the file ends; the user needs where it opened.
  const line = error.code === 'CSV_QUOTE_NOT_CLOSED' ? lineOfUnclosedQuote(text) : lineOf(error);
  const location = line === undefined ? { file } : { file, line };
  const message =
    error.code === 'CSV_QUOTE_NOT_CLOSED'
      ? `unclosed quote: expected a closing " for the field opened here, got the end of the file`
      : `malformed CSV: ${error.message.replace(/ at line \d+/u, '')}`;
  return new GlossaryError(message, location, { hint: QUOTING_HINT, cause: error });
}

function lineOf(error: CsvError): number | undefined {
  return typeof error['lines'] === 'number' ? error['lines'] : undefined;
}

/** Line of the quote that opens a field and is never closed (RFC 4180 quoting). */
function lineOfUnclosedQuote(text: string): number | undefined {
  let line = 1;
  let openedOn: number | undefined;
  let atFieldStart = true;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (openedOn !== undefined) {
      if (char === '"' && text[index + 1] === '"') index++;
      else if (char === '"') openedOn = undefined;
      else if (char === '\n') line++;
      atFieldStart = false;
      continue;
    }
    if (char === '"' && atFieldStart) openedOn = line;
    if (char === '\n') line++;
    atFieldStart = char === ',' || char === '\n';
  }
  return openedOn;
}

/**
 * How large a termbase may be. A newsroom termbase has a few thousand rows of terms a few words
 * long; these limits are far above that and keep the parse, the checks and the matcher within
 * bounded time and memory (a million rows took 2.6 GB, a 10,000-word term overflowed the stack).
 */
import { GlossaryError } from '../errors.js';

/** Rows of all the termbase's files together, header rows and blank rows included. */
export const TERMBASE_MAX_ROWS = 50_000;

/** Characters (code points) of one form: a term, a variant, a rendering. */
export const TERM_MAX_CHARACTERS = 200;

/** Throws when `form`, read from `column` of the row at `location`, is longer than a term may be. */
export function checkFormLength(form: string, column: string, location: { readonly file: string; readonly line: number }): void {
  const length = [...form].length;
  if (length <= TERM_MAX_CHARACTERS) return;
  throw new GlossaryError(
    `"${column}" cell has a form of ${length} characters: a term, variant or rendering has at most ${TERM_MAX_CHARACTERS}`,
    location,
    { hint: 'a termbase holds terms and names; put longer guidance in the "note" column' },
  );
}

/** The error for a termbase whose row at `location` is one more than TERMBASE_MAX_ROWS. */
export function tooManyRowsError(location: { readonly file: string; readonly line: number }): GlossaryError {
  return new GlossaryError(
    `the termbase has more than ${TERMBASE_MAX_ROWS.toLocaleString('en')} rows (this is the first row past the limit)`,
    location,
    { hint: 'a termbase holds the terms translations must follow; keep it to the newsroom’s terms, or split off what is not one' },
  );
}

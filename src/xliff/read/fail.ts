import { XliffReadError } from '../../errors.js';

/** What every rejection tells the user: the reader is all or nothing. */
export const NOTHING_IMPORTED = 'nothing from this file was imported: fix it (or export it again from the CAT tool) and import it again';

/** Where a problem is: the file, and the 1-based line (and column, for XML syntax errors) when known. */
export interface Place {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

/** Throws the XliffReadError for `reason` at `place`. */
export function fail(place: Place, reason: string, hint: string = NOTHING_IMPORTED): never {
  throw new XliffReadError(reason, place, { hint });
}

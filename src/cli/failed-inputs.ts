import { WireL10nError } from '../errors.js';
import type { InputFailure } from '../job/read-inputs.js';
import { writeLine, type CliIO } from './io.js';

/** Each skipped story on stderr as `file:line: why`, the form editors and CI logs link to. */
export function printFailedInputs(failed: readonly InputFailure[], io: CliIO): void {
  for (const { error } of failed) writeLine(io.stderr, error.describe());
}

/** The E_SOME_INPUTS_FAILED error when some stories of `total` were skipped; undefined when none were. */
export function failedInputsError(failed: readonly InputFailure[], total: number): WireL10nError | undefined {
  if (failed.length === 0) return undefined;
  const first = failed[0]!.error;
  return new WireL10nError(
    'E_SOME_INPUTS_FAILED',
    `${failed.length} of ${total} ${total === 1 ? 'story' : 'stories'} could not be read and ${failed.length === 1 ? 'was' : 'were'} skipped (first: ${first.describe()})`,
    { hint: `fix ${failed.length === 1 ? 'it' : 'them'} (listed above) and run the command again; the other stories were done` },
  );
}

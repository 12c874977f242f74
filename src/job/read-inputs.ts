/**
 * A batch's stories read for the job. A story that cannot be read or parsed (an InputError: a
 * missing file, a front-matter error at a line…) is set aside with its error and the others go
 * on; anything else (a bug, a store or output error) still stops the job. When no story can be
 * read there is nothing to do: the job fails with the first error, as a single bad story does.
 */
import { InputError } from '../errors.js';
import type { FailedInput } from '../report/index.js';
import { mapConcurrently } from '../util/map-concurrently.js';

/** An input the job skipped, and why. */
export interface InputFailure {
  readonly path: string;
  readonly error: InputError;
}

export interface ReadInputs<T> {
  /** What was read of each story, in input order. */
  readonly stories: readonly T[];
  /** The stories that could not be, in input order. */
  readonly failed: readonly InputFailure[];
}

/** Reads every input, `concurrency` at a time; one that cannot be read is set aside with its error. */
export async function readEach<T>(inputs: readonly string[], concurrency: number, read: (path: string) => Promise<T>): Promise<ReadInputs<T>> {
  const outcomes = await mapConcurrently(inputs, concurrency, async (path): Promise<{ story: T } | InputFailure> => {
    try {
      return { story: await read(path) };
    } catch (error) {
      if (error instanceof InputError) return { path, error };
      throw error;
    }
  });
  return {
    stories: outcomes.flatMap((outcome) => ('story' in outcome ? [outcome.story] : [])),
    failed: outcomes.filter((outcome): outcome is InputFailure => 'error' in outcome),
  };
}

/** As readEach, for a whole batch: when no story can be read, the job fails with the first error. */
export async function readInputs<T>(inputs: readonly string[], concurrency: number, read: (path: string) => Promise<T>): Promise<ReadInputs<T>> {
  const outcome = await readEach(inputs, concurrency, read);
  if (outcome.stories.length === 0 && outcome.failed.length > 0) throw outcome.failed[0]!.error;
  return outcome;
}

/** How report.json lists a skipped input. */
export function failedInputReport({ path, error }: InputFailure): FailedInput {
  return { path, ...(error.location?.line === undefined ? {} : { line: error.location.line }), code: error.code, message: error.message };
}

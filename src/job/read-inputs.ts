/**
 * A batch's stories read for the job. A story that cannot be read or parsed (an InputError: a
 * missing file, a front-matter error at a line…) is set aside with its error and the others go
 * on; anything else (a bug, a store or output error) still stops the job. When no story can be
 * read there is nothing to do: the job fails with the first error, as a single bad story does.
 */
import { InputError } from '../errors.js';
import type { Article } from '../model.js';
import type { FailedInput } from '../report/index.js';
import { mapConcurrently } from '../util/map-concurrently.js';

/** An input the job skipped, and why. */
export interface InputFailure {
  readonly path: string;
  readonly error: InputError;
}

export interface ReadInputs {
  /** The stories read, in input order. */
  readonly articles: readonly Article[];
  /** The stories that could not be, in input order. */
  readonly failed: readonly InputFailure[];
}

export async function readInputs(
  inputs: readonly string[],
  concurrency: number,
  readArticle: (path: string) => Promise<Article>,
): Promise<ReadInputs> {
  const outcomes = await mapConcurrently(inputs, concurrency, async (path): Promise<Article | InputFailure> => {
    try {
      return await readArticle(path);
    } catch (error) {
      if (error instanceof InputError) return { path, error };
      throw error;
    }
  });
  const articles = outcomes.filter((outcome): outcome is Article => !('error' in outcome));
  const failed = outcomes.filter((outcome): outcome is InputFailure => 'error' in outcome);
  if (articles.length === 0 && failed.length > 0) throw failed[0]!.error;
  return { articles, failed };
}

/** How report.json lists a skipped input. */
export function failedInputReport({ path, error }: InputFailure): FailedInput {
  return { path, ...(error.location?.line === undefined ? {} : { line: error.location.line }), code: error.code, message: error.message };
}

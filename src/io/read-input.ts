import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { ingestText, type IngestOptions } from '../ingest/index.js';
import type { Article } from '../model.js';

/** Reads a wire story from disk and ingests it; every failure is an InputError naming the path. */
export async function readArticle(path: string, options: IngestOptions = {}): Promise<Article> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw readFailure(path, error);
  }
  return ingestText(bytes, path, options);
}

function readFailure(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  const location = { file: path };
  switch (code) {
    case 'ENOENT':
      return new InputError('no such file', location, {
        hint: 'check the path; relative paths start from the current folder',
        cause: error,
      });
    case 'EISDIR':
      return new InputError('is a folder, not a story file', location, {
        hint: 'pass the .txt file of each story',
        cause: error,
      });
    case 'EACCES':
      return new InputError('permission denied', location, { hint: 'make the file readable by this user', cause: error });
    default:
      return new InputError(`cannot read the file: ${(error as Error).message}`, location, { cause: error });
  }
}

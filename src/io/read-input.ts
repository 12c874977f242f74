import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { ingestText, type IngestOptions } from '../ingest/index.js';
import type { Article } from '../model.js';
import { formatByteSize } from '../util/byte-size.js';

/** Largest story file read: wire stories are a few KiB; this keeps a wrong path (a dump, a device) from filling memory. */
export const STORY_MAX_BYTES = 4 * 1024 * 1024;

/**
 * Reads a wire story from disk and ingests it; every failure is an InputError naming the path.
 * Only regular files up to STORY_MAX_BYTES are read (`import` reads the path an XLIFF file names,
 * which could be a FIFO or a device).
 */
export async function readArticle(path: string, options: IngestOptions = {}): Promise<Article> {
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (!info.isFile()) throw new InputError('is not a regular file (a device, a pipe or a socket)', { file: path });
    if (info.size > STORY_MAX_BYTES) {
      throw new InputError(`is ${info.size} bytes, more than the ${formatByteSize(STORY_MAX_BYTES)} a story may have`, { file: path }, {
        hint: 'a wire story is a few KiB: check the path',
      });
    }
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
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

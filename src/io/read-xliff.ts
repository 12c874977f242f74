import { XliffReadError } from '../errors.js';
import { readXliff, xliffReadDefaults } from '../xliff/read/index.js';
import type { ReadXliffFile } from '../xliff/read/types.js';
import { readRegularFile } from './read-file.js';

/** Reads and parses an XLIFF file from disk: a regular file, its size checked before a byte is read. */
export async function readXliffFile(path: string, maxBytes: number = xliffReadDefaults.maxBytes): Promise<ReadXliffFile> {
  const limit = {
    maxBytes,
    kind: 'an XLIFF file',
    sizeHint: 'an export of one story is far smaller: check that this is the right file; nothing was imported',
  };
  const bytes = readRegularFile(path, limit, (problem) => {
    throw new XliffReadError(problem.message, { file: path }, problem);
  });
  return readXliff(bytes, path, { maxBytes });
}

import { readFile, stat } from 'node:fs/promises';
import { XliffReadError } from '../errors.js';
import { checkXliffSize } from '../xliff/read/decode.js';
import { readXliff, xliffReadDefaults } from '../xliff/read/index.js';
import type { ReadXliffFile } from '../xliff/read/types.js';

/** Reads and parses an XLIFF file from disk; the size is checked before a byte is read. */
export async function readXliffFile(path: string, maxBytes: number = xliffReadDefaults.maxBytes): Promise<ReadXliffFile> {
  let bytes: Buffer;
  try {
    checkXliffSize((await stat(path)).size, path, maxBytes);
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof XliffReadError) throw error;
    throw new XliffReadError(`cannot read the file: ${(error as Error).message}`, { file: path }, { cause: error });
  }
  return readXliff(bytes, path, { maxBytes });
}

import { readFile } from 'node:fs/promises';
import { OutputError } from '../errors.js';

/** A generated file's current content, or undefined when there is none. */
export async function readOutput(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new OutputError(`cannot read ${path}: ${(error as Error).message}`, { file: path }, { cause: error });
  }
}

import { rm } from 'node:fs/promises';
import { errorMessage, OutputError } from '../errors.js';
import { holdsRegularFile } from './read-output.js';

/**
 * Removes files that must no longer exist; a file that is already gone is fine. Only a regular file
 * is removed. Returns the paths that were there and are removed.
 */
export async function removeFiles(paths: readonly string[]): Promise<string[]> {
  const removed: string[] = [];
  for (const path of paths) {
    if (!holdsRegularFile(path)) continue;
    try {
      await rm(path, { force: true });
    } catch (error) {
      throw new OutputError(`cannot remove ${path}: ${errorMessage(error)}`, { file: path }, { cause: error });
    }
    removed.push(path);
  }
  return removed;
}

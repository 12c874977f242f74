import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { OutputError } from '../errors.js';

/** A file the job wants on disk: a path and its complete content. */
export interface OutputFile {
  readonly path: string;
  readonly content: string;
}

/**
 * Writes a file so that readers see either the old content or the new, never a torn one:
 * write a temporary sibling, fsync it, rename it over the target (atomic on POSIX), fsync the folder.
 */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const folder = dirname(path);
  const temporary = join(folder, `.${basename(path)}.tmp-${randomBytes(6).toString('hex')}`);
  try {
    await mkdir(folder, { recursive: true });
    const handle = await open(temporary, 'w', 0o644);
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
    await syncFolder(folder);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new OutputError(`cannot write ${path}: ${(error as Error).message}`, { file: path }, { cause: error });
  }
}

/** Writes every file atomically, in order. */
export async function writeOutputs(files: readonly OutputFile[]): Promise<void> {
  for (const file of files) await writeFileAtomic(file.path, file.content);
}

async function syncFolder(folder: string): Promise<void> {
  // Makes the rename itself durable; some file systems refuse fsync on folders, which is harmless.
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    /* not supported here: the rename is still atomic */
  }
}

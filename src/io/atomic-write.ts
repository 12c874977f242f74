import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
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
  const temporary = join(folder, `.${basename(path)}${TEMPORARY_MARK}${randomBytes(6).toString('hex')}`);
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

const TEMPORARY_MARK = '.tmp-';
const TEMPORARY_NAME = /^\.(.+)\.tmp-[0-9a-f]{12}$/u;

/**
 * Writes every file atomically, in order, after removing the temporary siblings that a killed
 * earlier run left behind for these same files (a SIGKILL gives no chance to clean up).
 */
export async function writeOutputs(files: readonly OutputFile[]): Promise<void> {
  await removeLeftovers(files.map((file) => file.path));
  for (const file of files) await writeFileAtomic(file.path, file.content);
}

async function removeLeftovers(paths: readonly string[]): Promise<void> {
  const namesByFolder = new Map<string, Set<string>>();
  for (const path of paths) {
    const names = namesByFolder.get(dirname(path)) ?? new Set<string>();
    names.add(basename(path));
    namesByFolder.set(dirname(path), names);
  }
  for (const [folder, names] of namesByFolder) {
    let entries: string[];
    try {
      entries = await readdir(folder);
    } catch {
      continue; // no folder yet: nothing left over
    }
    for (const entry of entries) {
      const target = TEMPORARY_NAME.exec(entry)?.[1];
      if (target !== undefined && names.has(target)) await rm(join(folder, entry), { force: true });
    }
  }
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

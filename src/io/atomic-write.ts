import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { OutputError } from '../errors.js';
import { mapConcurrently } from '../util/map-concurrently.js';

/** A file the job wants on disk: a path and its complete content. */
export interface OutputFile {
  readonly path: string;
  readonly content: string;
}

/**
 * Writes a file so that readers see either the old content or the new, never a torn one:
 * write a temporary sibling, fsync it, rename it over the target (atomic on POSIX), fsync the folder.
 */
export async function writeFileAtomic(path: string, content: string, options: { syncFolder?: boolean } = {}): Promise<void> {
  const folder = dirname(path);
  const temporary = join(folder, `.${basename(path)}${TEMPORARY_MARK}${process.pid}-${randomBytes(6).toString('hex')}`);
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
    if (options.syncFolder !== false) await syncFolder(folder);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new OutputError(`cannot write ${path}: ${(error as Error).message}`, { file: path }, { cause: error });
  }
}

const TEMPORARY_MARK = '.tmp-';
const WRITES_IN_FLIGHT = 8;
/** `.<name>.tmp-<pid of the writer>-<random>`: the pid tells a killed run's leftover from a live run's file. */
const TEMPORARY_NAME = /^\.(.+)\.tmp-(\d+)-[0-9a-f]{12}$/u;

/**
 * Writes every file atomically, eight at a time, after removing the temporary siblings that a killed
 * earlier run left behind for these same files (a SIGKILL gives no chance to clean up); those of
 * a run still going (two runs writing the same folders at once) are left to it. A file
 * whose content is already on disk is left alone (its modification time too); each folder is
 * synced once at the end rather than after every rename.
 * Returns the paths actually written.
 */
export async function writeOutputs(files: readonly OutputFile[]): Promise<string[]> {
  await removeLeftovers(files.map((file) => file.path));
  // A few files at a time: each write waits on its own fsync, and the disk can take several.
  const changed = await mapConcurrently(files, WRITES_IN_FLIGHT, async (file) => {
    if ((await currentContent(file.path)) === file.content) return undefined;
    await writeFileAtomic(file.path, file.content, { syncFolder: false });
    return file.path;
  });
  const written = changed.filter((path): path is string => path !== undefined);
  for (const folder of new Set(written.map((path) => dirname(path)))) await syncFolder(folder);
  return written;
}

async function currentContent(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined; // absent or unreadable: write it (a real problem shows when writing)
  }
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
      const [, target, writer] = TEMPORARY_NAME.exec(entry) ?? [];
      if (target !== undefined && names.has(target) && !isRunning(Number(writer))) await rm(join(folder, entry), { force: true });
    }
  }
}

/** Whether a process with this id is running (signal 0 only asks); EPERM: it is, as another user. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
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

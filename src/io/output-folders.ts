/**
 * Output folders on the real disk: made one level at a time, proven able to take a file, and kept
 * inside the folder the user named. The job calls `prepareOutputFolders` before any engine work,
 * so a folder that cannot be written fails the run (exit 5, naming it) before a character is
 * paid for, instead of after.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, realpath, rm, rmdir, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { errorMessage, OutputError } from '../errors.js';
import type { OutputFolder } from '../job/outputs.js';


export async function prepareOutputFolders(folders: readonly OutputFolder[]): Promise<void> {
  const created: string[] = [];
  try {
    for (const folder of folders) {
      created.push(...(await makeFolder(folder.path)));
      await assertInside(folder);
      await probe(folder.path);
    }
  } catch (error) {
    // A refused run leaves nothing behind: the folders it made are still empty.
    await removeEmptyFolders(created);
    throw error;
  }
}

/**
 * Creates `folder` and its missing parents; returns those it created, outermost first. Not
 * `mkdir({ recursive: true })`: on /proc that never returns (mkdir answers ENOENT under a parent
 * that exists, and Node retries the parent forever).
 */
export async function makeFolder(folder: string): Promise<string[]> {
  const missing: string[] = [];
  for (let path = resolve(folder); ; path = dirname(path)) {
    const kind = await kindOf(path, folder);
    if (kind === 'folder') break;
    if (kind === 'other') throw folderError(folder, `${path === resolve(folder) ? 'it' : path} is not a folder but a file (or a device)`);
    if (path === dirname(path)) break;
    missing.unshift(path);
  }
  const created: string[] = [];
  for (const path of missing) {
    try {
      await mkdir(path);
      created.push(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || (await kindOf(path, folder)) !== 'folder') {
        await removeEmptyFolders(created);
        throw folderError(folder, reason(error), error);
      }
    }
  }
  return created;
}

/** Removes folders this process made, innermost first; one that is not empty stays. */
async function removeEmptyFolders(made: readonly string[]): Promise<void> {
  for (const path of [...made].reverse()) await rmdir(path).catch(() => undefined);
}

async function kindOf(path: string, folder: string): Promise<'folder' | 'other' | 'absent'> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'other';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // ENOTDIR: a parent is a file; the walk up finds and names it.
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'absent';
    throw folderError(folder, reason(error), error);
  }
}

/** A symbolic link inside the tree (`out/xliff-1.2 → /etc`) must not take the job's writes elsewhere. */
async function assertInside(folder: OutputFolder): Promise<void> {
  const [real, realRoot] = await Promise.all([realpath(folder.path), realpath(folder.root)]);
  const inside = relative(realRoot, real);
  if (inside.startsWith('..') || isAbsolute(inside)) {
    throw new OutputError(`a symbolic link takes this folder to ${real}, outside ${folder.root}: refusing to write there`, { file: folder.path }, {
      hint: `replace the link with a real folder inside ${folder.root}, or name the other folder with --out / --locales`,
    });
  }
}

/** Creates and removes an empty file: the only test that tells a read-only, full or special file system. */
async function probe(folder: string): Promise<void> {
  const path = resolve(folder, `.wire-l10n-probe-${process.pid}-${randomBytes(6).toString('hex')}`);
  try {
    await (await open(path, 'wx')).close();
  } catch (error) {
    throw folderError(folder, reason(error), error);
  }
  await rm(path, { force: true });
}

function folderError(folder: string, why: string, cause?: unknown): OutputError {
  return new OutputError(`cannot write to this folder: ${why}`, { file: folder }, {
    hint: 'choose another folder with --out / --locales, or fix its permissions',
    ...(cause === undefined ? {} : { cause }),
  });
}

function reason(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'EROFS':
      return 'the file system is read-only';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'ENOENT':
      return 'the file system does not let files be created here';
    default:
      return errorMessage(error);
  }
}

import { createHash } from 'node:crypto';
import { createReadStream, lstatSync, type Stats } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { errorMessage, OutputError } from '../errors.js';

/**
 * A generated file's current content, or undefined when there is none. Anything but a regular file
 * at an output path is refused, never read nor replaced: a FIFO would block the reader, a device
 * would be destroyed by the rename, and a symbolic link would read and publish another file.
 */
export async function readOutput(path: string): Promise<string | undefined> {
  if (!holdsRegularFile(path)) return undefined;
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw cannotRead(path, error);
  }
}

/**
 * The sha256 (hex) of a generated file's bytes, read in pieces, or undefined when there is none:
 * how a large output (a project's report.json) is compared without holding it in memory.
 */
export async function outputSha256(path: string): Promise<string | undefined> {
  if (!holdsRegularFile(path)) return undefined;
  try {
    return await fileSha256(path);
  } catch (error) {
    throw cannotRead(path, error);
  }
}

export async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const piece of createReadStream(path)) hash.update(piece as Buffer);
  return hash.digest('hex');
}

/**
 * True when a regular file is at `path`, false when nothing is; anything else there is refused.
 * Synchronous on purpose: it runs twice per output file, and one lstat is cheaper on the main thread
 * than a trip through the thread pool, and a missing file (most of them in a first run) is no exception.
 */
export function holdsRegularFile(path: string): boolean {
  let info: Stats | undefined;
  try {
    info = lstatSync(path, { throwIfNoEntry: false });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return false;
    throw cannotRead(path, error);
  }
  if (info === undefined) return false;
  if (!info.isFile()) throw notRegularFile(path, info);
  return true;
}

function cannotRead(path: string, error: unknown): OutputError {
  return new OutputError(`cannot read ${path}: ${errorMessage(error)}`, { file: path }, { cause: error });
}

/** The error for an output path held by something other than a regular file. */
function notRegularFile(path: string, info: Stats): OutputError {
  const kind = info.isSymbolicLink()
    ? 'a symbolic link'
    : info.isDirectory()
      ? 'a folder'
      : info.isFIFO()
        ? 'a named pipe (FIFO)'
        : info.isSocket()
          ? 'a socket'
          : 'a device';
  return new OutputError(`this output path is ${kind}, not a regular file: refusing to read or replace it`, { file: path }, {
    hint: 'remove it, or choose other folders with --out / --locales',
  });
}

/**
 * The one way an input file is read: stories, the termbase, TMX, XLIFF and the configuration.
 * Only a regular file is read, and only up to a limit, both checked on the open file before a byte
 * is read: a FIFO would block forever, a device (`/dev/zero`, `/dev/urandom`) would never end, and
 * a wrong path to a dump would fill memory.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { formatByteSize } from '../util/byte-size.js';
import { errorMessage } from '../errors.js';

/** What a reader accepts and how its messages name the file. */
export interface FileLimit {
  /** Most bytes read. */
  readonly maxBytes: number;
  /** The file as the messages name it, with its article: "a story", "an XLIFF file". */
  readonly kind: string;
  /** What to do about a file over the limit. */
  readonly sizeHint: string;
}

/**
 * Why a file was not read, for the reader to raise as its own typed error naming the path:
 * `new InputError(problem.message, { file: path }, problem)`.
 */
export interface FileProblem {
  readonly message: string;
  readonly hint?: string;
  readonly cause?: unknown;
}

/**
 * The bytes of the regular file at `path`, at most `limit.maxBytes` of them; any other outcome is
 * `fail(problem)`, which throws the reader's own error. Synchronous on purpose: inputs are read
 * before any engine work starts, the configuration by synchronous option parsing, and one code
 * path serves them all. The file is opened without blocking (a FIFO with no writer would hang
 * `open`), then checked by `fstat` on the handle, so what is checked is what is read.
 */
export function readRegularFile(path: string, limit: FileLimit, fail: (problem: FileProblem) => never): Buffer {
  const outcome = readChecked(path, limit);
  return Buffer.isBuffer(outcome) ? outcome : fail(outcome);
}

function readChecked(path: string, limit: FileLimit): Buffer | FileProblem {
  let descriptor: number;
  try {
    descriptor = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    return openProblem(error, limit);
  }
  try {
    const info = fstatSync(descriptor);
    if (info.isDirectory()) return folderProblem(limit);
    if (!info.isFile()) return { message: 'is not a regular file (a device, a pipe or a socket)' };
    if (info.size > limit.maxBytes) return tooLarge(info.size, limit);
    return readUpTo(descriptor, limit, info.size);
  } catch (error) {
    return { message: `cannot read the file: ${errorMessage(error)}`, cause: error };
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Reads to the end, stopping past the limit: a file growing as we read, or one whose size `fstat`
 * does not tell (`/proc`). The first buffer holds the size `fstat` told plus one byte, so the read
 * that finds the end needs no other: a buffer of the limit's size for each story (a megabyte, most
 * of it never touched) made every read an allocation the garbage collector had to answer.
 */
function readUpTo(descriptor: number, limit: FileLimit, expectedSize: number): Buffer | FileProblem {
  const full: Buffer[] = [];
  let chunk = Buffer.allocUnsafe(Math.min(expectedSize, limit.maxBytes) + 1);
  let filled = 0;
  let total = 0;
  for (;;) {
    if (filled === chunk.length) {
      full.push(chunk);
      chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, limit.maxBytes + 1 - total));
      filled = 0;
    }
    const read = readSync(descriptor, chunk, filled, chunk.length - filled, null);
    if (read === 0) return full.length === 0 ? chunk.subarray(0, filled) : Buffer.concat([...full, chunk.subarray(0, filled)], total);
    filled += read;
    total += read;
    if (total > limit.maxBytes) return tooLarge(total, limit, 'at least ');
  }
}

function tooLarge(size: number, limit: FileLimit, qualifier = ''): FileProblem {
  return { message: `is ${qualifier}${size} bytes, more than the ${formatByteSize(limit.maxBytes)} ${limit.kind} may have`, hint: limit.sizeHint };
}

function folderProblem(limit: FileLimit): FileProblem {
  return { message: `is a folder, not ${limit.kind}`, hint: `give the path of ${limit.kind} itself` };
}

function openProblem(error: unknown, limit: FileLimit): FileProblem {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return { message: 'no such file', hint: 'check the path; relative paths start from the current folder', cause: error };
    case 'EACCES':
      return { message: 'permission denied', hint: 'make the file readable by this user', cause: error };
    case 'EISDIR':
      return { ...folderProblem(limit), cause: error };
    default:
      return { message: `cannot read the file: ${errorMessage(error)}`, cause: error };
  }
}

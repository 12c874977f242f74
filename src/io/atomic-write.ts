import { createHash, randomInt } from 'node:crypto';
import { closeSync, fsync, openSync, renameSync, writeFileSync } from 'node:fs';
import { open, readdir, rm, type FileHandle } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { promisify } from 'node:util';
import { errorMessage, OutputError } from '../errors.js';
import { mapConcurrently } from '../util/map-concurrently.js';
import { makeFolder } from './output-folders.js';
import { fileSha256, holdsRegularFile, readOutput } from './read-output.js';

/** A file the job wants on disk: a path and its complete content. */
export interface OutputFile {
  readonly path: string;
  readonly content: string;
}

/**
 * A file the job writes in pieces, never holding it whole (report.json of a project of thousands
 * of stories): `chunks` gives its content, and may be called more than once.
 */
export interface StreamedOutputFile {
  readonly path: string;
  readonly chunks: () => AsyncIterable<string>;
}

/**
 * Writes a streamed file as `writeOutputs` writes one file: staged in a fsynced temporary sibling
 * (a killed run's leftover for it removed first), renamed into place, the folder synced; left
 * alone when the content on disk is the same (compared by sha256, the old file read in pieces).
 * Returns whether the file was written.
 */
export async function writeStreamedOutput(file: StreamedOutputFile): Promise<boolean> {
  // Refused before anything is written: a folder or a link at the path is never replaced.
  const existed = holdsRegularFile(file.path);
  await removeLeftovers([file.path], new Map());
  await makeFolder(dirname(file.path));
  const temporary = temporaryPath(file.path);
  let digest: string;
  try {
    const handle = await open(temporary, 'wx', 0o644);
    try {
      digest = await writeChunks(handle, file.chunks());
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw writeError(file.path, error);
  }
  const unchanged = existed && (await fileSha256(file.path).catch(() => undefined)) === digest;
  if (unchanged) {
    await rm(temporary, { force: true });
    return false;
  }
  await placeStaged({ path: file.path, temporary });
  await syncFolder(dirname(file.path));
  return true;
}

/** The sha256 (hex) of a streamed file's content as UTF-8, computed piece by piece (`check`). */
export async function streamedSha256(file: StreamedOutputFile): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of file.chunks()) hash.update(chunk);
  return hash.digest('hex');
}

/** A streamed file's whole content, for those who compare it whole (tests). */
export async function streamedContent(file: StreamedOutputFile): Promise<string> {
  let text = '';
  for await (const chunk of file.chunks()) text += chunk;
  return text;
}

/** Bytes gathered before a write: a report of thousands of stories in a few hundred writes. */
const STREAM_WRITE_BYTES = 1 << 16;

/** Writes every chunk to `handle`, a few at a time; returns the sha256 of all that was written. */
async function writeChunks(handle: FileHandle, chunks: AsyncIterable<string>): Promise<string> {
  const hash = createHash('sha256');
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = async (): Promise<void> => {
    const bytes = Buffer.from(pending.join(''), 'utf8');
    hash.update(bytes);
    await handle.write(bytes);
    pending = [];
    pendingLength = 0;
  };
  for await (const chunk of chunks) {
    pending.push(chunk);
    pendingLength += chunk.length;
    if (pendingLength >= STREAM_WRITE_BYTES) await flush();
  }
  await flush();
  return hash.digest('hex');
}


/**
 * Writes a file so that readers see either the old content or the new, never a torn one:
 * write a temporary sibling, fsync it, rename it over the target (atomic on POSIX), fsync the folder.
 * Only a regular file is ever replaced (see `readOutput`).
 */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  holdsRegularFile(path);
  await makeFolder(dirname(path));
  await placeStaged(await stage({ path, content }));
  await syncFolder(dirname(path));
}

interface StagedFile {
  readonly path: string;
  readonly temporary: string;
}

const TEMPORARY_MARK = '.tmp-';
const WRITES_IN_FLIGHT = 8;
/** `.<name>.tmp-<pid of the writer>-<serial>`: the pid tells a killed run's leftover from a live run's file. */
const TEMPORARY_NAME = /^\.(.+)\.tmp-(\d+)-[0-9a-f]{12}$/u;
const SERIAL_LIMIT = 2 ** 48;
/** The next temporary's serial: unique within the process, from a random start so as not to meet a dead writer's of the same pid. */
let nextSerial = randomInt(2 ** 47);
/**
 * Open, write, rename and close are done on the main thread: they touch the page cache only and cost
 * microseconds, less than a trip through the thread pool each; the fsyncs, which wait for the disk,
 * go to the pool, several at once.
 */
const fsyncDescriptor = promisify(fsync);

/**
 * Writes every file atomically, and the set as a whole as far as a file system allows: every new
 * content is first staged in a temporary sibling and fsynced, eight at a time; only when all are
 * staged are they renamed into place, in the order given (the job puts report.json last, so it
 * never names a file not yet there). A failure while staging (full disk, a folder gone) replaces
 * nothing and leaves no temporary file. Before that, the temporary siblings a killed earlier run
 * left for these same files are removed (a SIGKILL gives no chance to clean up); those of a run
 * still going (two runs writing the same folders at once) are left to it. A file whose
 * content is already on disk is left alone (its modification time too); each folder is synced
 * once at the end. Returns the paths actually written.
 */
export async function writeOutputs(files: readonly OutputFile[]): Promise<string[]> {
  return writeSet(files, (paths) => removeLeftovers(paths, new Map()), makeFolder);
}

/**
 * `writeOutputs` for a job that writes many sets (a story at a time) into the same folders: each
 * folder is listed for a killed run's leftovers once, the first time a set goes into it, not once
 * per set (listing a folder of thousands of outputs per story would make the job quadratic).
 */
export function outputWriter(): (files: readonly OutputFile[]) => Promise<string[]> {
  const listed = new Map<string, Promise<Map<string, string[]>>>();
  // Likewise each folder is made (or found) once.
  const made = new Map<string, Promise<unknown>>();
  const makeOnce = (folder: string): Promise<unknown> => {
    const making = made.get(folder) ?? makeFolder(folder);
    made.set(folder, making);
    return making;
  };
  return (files) => writeSet(files, (paths) => removeLeftovers(paths, listed), makeOnce);
}

async function writeSet(
  files: readonly OutputFile[],
  sweep: (paths: readonly string[]) => Promise<void>,
  makeFolderOf: (folder: string) => Promise<unknown>,
): Promise<string[]> {
  await sweep(files.map((file) => file.path));
  const current = await mapConcurrently(files, WRITES_IN_FLIGHT, (file) => readOutput(file.path));
  const changed = files.filter((file, i) => current[i] !== file.content);
  const folders = new Set(changed.map((file) => dirname(file.path)));
  for (const folder of folders) await makeFolderOf(folder);
  const staged = await stageAll(changed);
  for (const [i, file] of staged.entries()) {
    try {
      await placeStaged(file);
    } catch (error) {
      await discard(staged.slice(i + 1));
      throw error;
    }
  }
  // Independent of one another: a set's folders (a story writes into seven) are synced together.
  await Promise.all([...folders].map(syncFolder));
  return changed.map((file) => file.path);
}

/** Stages every file; if any fails, removes the others' temporaries and throws the first failure. */
async function stageAll(files: readonly OutputFile[]): Promise<StagedFile[]> {
  const outcomes = await mapConcurrently(files, WRITES_IN_FLIGHT, (file) =>
    stage(file).then(
      (staged) => ({ staged }),
      (error: unknown) => ({ error }),
    ),
  );
  const staged = outcomes.flatMap((outcome) => ('staged' in outcome ? [outcome.staged] : []));
  const failed = outcomes.find((outcome) => 'error' in outcome);
  if (failed && 'error' in failed) {
    await discard(staged);
    throw failed.error;
  }
  return staged;
}

/** The new content in a fsynced temporary sibling of `file.path`. */
async function stage(file: OutputFile): Promise<StagedFile> {
  const temporary = temporaryPath(file.path);
  try {
    // 'wx': the temporary name is new; an existing file there (or a link) is never followed.
    const descriptor = openSync(temporary, 'wx', 0o644);
    try {
      writeFileSync(descriptor, file.content, 'utf8');
      await fsyncDescriptor(descriptor);
    } finally {
      closeSync(descriptor);
    }
    return { path: file.path, temporary };
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw writeError(file.path, error);
  }
}

/** A new temporary sibling's name for `path` (see TEMPORARY_NAME). */
function temporaryPath(path: string): string {
  const serial = nextSerial.toString(16).padStart(12, '0');
  nextSerial = (nextSerial + 1) % SERIAL_LIMIT;
  return join(dirname(path), `.${basename(path)}${TEMPORARY_MARK}${process.pid}-${serial}`);
}

async function placeStaged(file: StagedFile): Promise<void> {
  try {
    // Checked again just before the rename: what is replaced is a regular file or nothing.
    holdsRegularFile(file.path);
    renameSync(file.temporary, file.path);
  } catch (error) {
    await discard([file]);
    throw error instanceof OutputError ? error : writeError(file.path, error);
  }
}

async function discard(files: readonly StagedFile[]): Promise<void> {
  await Promise.all(files.map((file) => rm(file.temporary, { force: true }).catch(() => undefined)));
}

function writeError(path: string, error: unknown): OutputError {
  return new OutputError(`cannot write ${path}: ${errorMessage(error)}`, { file: path }, { cause: error });
}

/**
 * Removes the temporaries dead writers left for these paths. `listed`: each folder's leftovers by
 * the file they were for, as listed the first time (kept across calls by `outputWriter`).
 */
async function removeLeftovers(paths: readonly string[], listed: Map<string, Promise<Map<string, string[]>>>): Promise<void> {
  for (const path of paths) {
    const folder = dirname(path);
    let leftovers = listed.get(folder);
    if (leftovers === undefined) {
      leftovers = leftoversIn(folder);
      listed.set(folder, leftovers);
    }
    const byTarget = await leftovers;
    for (const temporary of byTarget.get(basename(path)) ?? []) await rm(join(folder, temporary), { force: true });
    byTarget.delete(basename(path));
  }
}

/** The temporaries in `folder` whose writer is no longer running, by the name of the file they were for. */
async function leftoversIn(folder: string): Promise<Map<string, string[]>> {
  const byTarget = new Map<string, string[]>();
  let entries: string[];
  try {
    entries = await readdir(folder);
  } catch {
    return byTarget; // no folder yet: nothing left over
  }
  for (const entry of entries) {
    const [, target, writer] = TEMPORARY_NAME.exec(entry) ?? [];
    if (target !== undefined && !isRunning(Number(writer))) byTarget.set(target, [...(byTarget.get(target) ?? []), entry]);
  }
  return byTarget;
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
    const descriptor = openSync(folder, 'r');
    try {
      await fsyncDescriptor(descriptor);
    } finally {
      closeSync(descriptor);
    }
  } catch {
    /* not supported here: the rename is still atomic */
  }
}

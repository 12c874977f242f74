/**
 * Which files of the inbox are whole: a file is taken once its size and modification time have
 * stayed the same across polls at least `settleMs` apart (a writer still appending changes one of
 * them). A file renamed into the folder is whole at once and passes at the next poll after
 * `settleMs`. Names a writer uses while it writes (dotfiles, `*.tmp`, `*.part`…) are never taken.
 * Pure: the listing and the time come in.
 */

/** One regular file of the inbox as a poll saw it. */
export interface FileSighting {
  readonly name: string;
  readonly size: number;
  readonly mtimeMs: number;
}

/** A file's last size and time, and since when they have been so. */
export interface Settling {
  readonly size: number;
  readonly mtimeMs: number;
  readonly since: number;
}

export interface StabilityStep {
  /** What to remember for the next poll: every candidate still settling. */
  readonly settling: ReadonlyMap<string, Settling>;
  /** Files whole now, in name order. */
  readonly stable: readonly string[];
}

/** Suffixes of files being written (editors, downloads, rsync, our own atomic writes). */
const TEMPORARY_SUFFIXES = ['.tmp', '.temp', '.part', '.partial', '.crdownload', '.download', '.swp', '~'];

/** Whether the name may be a story: not hidden, not a writer's temporary file, not an error file. */
export function isStoryName(name: string): boolean {
  const lower = name.toLowerCase();
  return !name.startsWith('.') && !TEMPORARY_SUFFIXES.some((suffix) => lower.endsWith(suffix)) && !lower.endsWith('.error.txt');
}

export function observeFiles(
  previous: ReadonlyMap<string, Settling>,
  sightings: readonly FileSighting[],
  now: number,
  settleMs: number,
): StabilityStep {
  const settling = new Map<string, Settling>();
  const stable: string[] = [];
  for (const { name, size, mtimeMs } of sightings) {
    if (!isStoryName(name)) continue;
    const before = previous.get(name);
    const unchanged = before !== undefined && before.size === size && before.mtimeMs === mtimeMs;
    const since = unchanged ? before.since : now;
    if (unchanged && now - since >= settleMs) stable.push(name);
    else settling.set(name, { size, mtimeMs, since });
  }
  return { settling, stable: stable.sort() };
}

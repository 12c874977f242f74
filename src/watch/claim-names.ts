/**
 * How a claimed story is named. Claiming renames `inbox/<name>` to
 * `inbox/.processing/<claimedAt>-<name>`: the time (ms) keeps the arrival order across restarts
 * and makes every claim its own input, so a later file with the same name (another story, or a
 * correction) is never mistaken for an earlier one by the store's output records. Pure.
 */

export const PROCESSING_FOLDER = '.processing';
export const DONE_FOLDER = 'done';
export const FAILED_FOLDER = 'failed';
/** Beside a failed story: why it failed, as `file:line: why`. */
export const ERROR_SUFFIX = '.error.txt';

export interface ClaimedName {
  /** The name the file arrived with. */
  readonly name: string;
  readonly claimedAt: number;
}

export function claimedFileName({ name, claimedAt }: ClaimedName): string {
  return `${claimedAt}-${name}`;
}

/** The claim a file name in the processing folder stands for; undefined for anything else (a temporary file). */
export function readClaimedFileName(fileName: string): ClaimedName | undefined {
  const match = /^(\d{1,16})-(.+)$/u.exec(fileName);
  if (!match || match[2]!.startsWith('.')) return undefined;
  return { claimedAt: Number(match[1]), name: match[2]! };
}

/**
 * A name for `name` in a folder where `taken` names exist: itself, else `<stem>.2<ext>`,
 * `<stem>.3<ext>`… (stories of the same name end in done/ side by side, none replaced).
 */
export function freeName(name: string, taken: (candidate: string) => boolean): string {
  if (!taken(name)) return name;
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 2; ; n++) {
    const candidate = `${stem}.${n}${ext}`;
    if (!taken(candidate)) return candidate;
  }
}

/**
 * When a long-running process — a queue worker, `watch` — writes the folder-wide outputs (report.json
 * and the review index, `writeFolderOutputs`: a pass over every output record of the project, ~1.5 s
 * for 10,000 stories) of the folders its jobs wrote into: not after every job, but once it has
 * nothing left to do, at most every `intervalMs` while it is busy, and when it stops. A write that found the store changed
 * while it wrote (another worker recording stories) is made again at once, a few times, then after
 * `intervalMs`: the folder is never left with an older view than the store's for good.
 */
import { errorMessage } from '../errors.js';
import type { FolderOutputsOptions } from './folder-outputs.js';

export interface FolderScheduleSettings {
  /** Least time between two writes while busy, in ms (`--report-interval`). */
  readonly intervalMs: number;
  /** The time, in ms. @default Date.now */
  readonly now?: () => number;
}

/** A folder's outputs written: whether the store stayed unchanged while they were (`FolderOutputsWritten.current`). */
export type WriteFolder = (options: FolderOutputsOptions) => Promise<boolean>;

/** What became of a write: done, or failed with its error (it is tried again after the interval). */
export type FolderWriteEvent = { readonly out: string } & ({ readonly current: boolean } | { readonly error: string });

/** A write as a line for people. */
export function describeFolderWrite(event: FolderWriteEvent): string {
  if ('error' in event) return `wire-l10n: report.json and the review index in ${event.out} not written: ${event.error} (tried again later)`;
  return `wrote report.json and the review index in ${event.out}${event.current ? '' : ' (the store changed meanwhile: writing them again)'}`;
}

/** Writes in a row while the store keeps changing under them, before waiting for the interval. */
const ATTEMPTS_IN_A_ROW = 3;

export class FolderSchedule {
  /** Folders whose stories changed since their outputs were last written, by `outDir`, with the latest options. */
  private readonly pending = new Map<string, FolderOutputsOptions>();
  private lastWrite: number;
  /** Writes one after another: two at once from one process would only race each other. */
  private writing: Promise<void> = Promise.resolve();
  private retry: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly write: WriteFolder,
    private readonly settings: FolderScheduleSettings,
    private readonly onWrite: (event: FolderWriteEvent) => void = () => undefined,
  ) {
    this.lastWrite = this.now();
  }

  /** A job (a worker's batch) with these options recorded its stories: the folder's outputs are due. */
  ran(options: FolderOutputsOptions): void {
    this.pending.set(options.outDir, options);
  }

  /** After a job: writes the due folders when nothing else is waiting, or when the interval has passed since the last write. */
  afterBatch(idle: boolean): Promise<void> {
    return idle || this.now() - this.lastWrite >= this.settings.intervalMs ? this.flush() : this.writing;
  }

  /** Writes every due folder, after any write under way. */
  flush(): Promise<void> {
    if (this.pending.size === 0) return this.writing;
    this.writing = this.writing.then(() => this.writePending());
    return this.writing;
  }

  /** The last writes (the process stops): every due folder, then no retry. */
  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
    clearTimeout(this.retry);
  }

  private async writePending(): Promise<void> {
    this.lastWrite = this.now();
    for (const [out, options] of [...this.pending]) {
      // Taken off first: a batch recorded during the write makes the folder due again.
      this.pending.delete(out);
      if (!(await this.writeUntilCurrent(options)) && !this.pending.has(out)) this.pending.set(out, options);
    }
    clearTimeout(this.retry);
    if (this.pending.size > 0 && !this.closed) this.retry = setTimeout(() => void this.flush(), this.settings.intervalMs).unref();
  }

  /** Whether the folder's outputs were written from the store as it is. */
  private async writeUntilCurrent(options: FolderOutputsOptions): Promise<boolean> {
    try {
      for (let attempt = 1; attempt <= ATTEMPTS_IN_A_ROW; attempt += 1) {
        const current = await this.write(options);
        this.onWrite({ out: options.outDir, current });
        if (current) return true;
      }
    } catch (error) {
      this.onWrite({ out: options.outDir, error: errorMessage(error) });
    }
    return false;
  }

  private now(): number {
    return (this.settings.now ?? Date.now)();
  }
}

/**
 * `wire-l10n watch inbox/`: runs the job on every story that arrives in the folder until stopped.
 * One store, one engine (the same object, so one client) and one job at a time for everything it
 * runs; or, with `--queue`, each story is enqueued for workers instead (`wire-l10n worker`). The
 * first Ctrl-C / SIGTERM lets the job under way finish, puts back the stories not started, and
 * exits 0.
 */
import { watch as watchFolder, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import { InputError, UsageError } from '../../errors.js';
import { FolderSchedule } from '../../job/folder-schedule.js';
import { writeFolderOutputs } from '../../job/folder-outputs.js';
import { runJob } from '../../job/run.js';
import { diskServices } from '../../io/job-services.js';
import { readArticle } from '../../io/read-input.js';
import { storiesRun } from '../../job/story-outcomes.js';
import type { QueueLocation } from '../../queue/location.js';
import { readStoryJob } from '../../queue/story-job.js';
import { queuedOptions } from './enqueue.js';
import { describeWatchEvent, type WatchEvent } from '../../watch/events.js';
import { diskInbox } from '../../watch/inbox.js';
import { watchInbox, type HandedOutcome, type WatchServices } from '../../watch/index.js';
import { pacedAcrossJobs } from '../../watch/shared-pacing.js';
import { takeOverStopSignal } from '../graceful-stop.js';
import { writeLine, type CliIO } from '../io.js';
import { withStore } from '../open-store.js';
import type { RunCommandOptions } from '../options.js';
import type { CommandEngines } from '../engines.js';
import { withSharedLimits } from '../shared-limits.js';
import type { SharedLimitsSettings } from '../../scale/shared-limits.js';

export interface WatchCommandOptions {
  readonly inbox: string;
  /** The job's options; its inputs are the stories as they arrive. */
  readonly run: RunCommandOptions;
  readonly engines: CommandEngines;
  /** The engine account's limits in Redis (`--redis`), held for every process using them. */
  readonly sharedLimits?: SharedLimitsSettings;
  readonly settleMs: number;
  readonly pollMs: number;
  readonly jobSize: number;
  readonly retryMs: number;
  /** Least time between two writes of report.json and the review index while stories keep coming, in ms (`--report-interval`). */
  readonly reportIntervalMs: number;
  /** Feed this queue instead of running jobs here (`--queue`). */
  readonly queue?: QueueLocation;
}

export async function watchCommand(options: WatchCommandOptions, io: CliIO): Promise<void> {
  const { inbox, run } = options;
  if (!(await stat(inbox).catch(() => undefined))?.isDirectory()) {
    throw new UsageError(`${inbox}: no such folder to watch`, { hint: 'make the inbox folder first: mkdir -p inbox' });
  }
  if (run.engineNote && !run.json) writeLine(io.stderr, `note: ${run.engineNote}`);
  const emit = (event: WatchEvent): void => {
    if (run.json) writeLine(io.stdout, JSON.stringify(event));
    else if (!run.quiet || event.event === 'failed' || (event.event === 'reported' && 'error' in event)) writeLine(io.stdout, describeWatchEvent(event));
  };
  const stop = new AbortController();
  const waker = inboxWaker(inbox, stop.signal);
  const giveBack = takeOverStopSignal(() => stop.abort());
  const watchWith = (jobs: WatchJobs): Promise<void> =>
    watchInbox(
      { inbox, settleMs: options.settleMs, pollMs: options.pollMs, jobSize: options.jobSize, retryMs: options.retryMs },
      { inbox: diskInbox(inbox), ...jobs, now: Date.now, wait: waker.wait, emit },
      stop.signal,
    );
  try {
    if (options.queue !== undefined) await feedQueue(options.queue, run, watchWith);
    else await runHere(options, emit, watchWith);
  } finally {
    giveBack();
    waker.close();
  }
}

/** How the watch loop has its stories run: here, or by workers. */
type WatchJobs = Pick<WatchServices, 'readArticle' | 'runStories' | 'owners' | 'whenIdle'>;

/** The jobs run here: one store and one engine object for all of them. */
async function runHere(options: WatchCommandOptions, emit: (event: WatchEvent) => void, watchWith: (jobs: WatchJobs) => Promise<void>): Promise<void> {
  const { run } = options;
  await withSharedLimits(options.sharedLimits, (accountLimits) =>
    withStore(run.storePath, 'read-write', async (store) => {
      // One engine object for every job (all run with `run.engine`): one client, and one request rate across jobs.
      const engine = pacedAcrossJobs(options.engines.engine(run.engine), run.maxRequestsPerSecond);
      const services = { ...diskServices(store, () => engine), ...(accountLimits ? { accountLimits } : {}) };
      const job = { ...run, inputs: [] };
      // Before any story is taken: the termbase, the target languages and the output folders are
      // checked, and report.json and the review index are made current.
      await runJob(job, services);
      // Then they are written when the watcher is idle, at most every --report-interval while busy,
      // and on stop, not after each job: each is a pass over every story of the project.
      const folder = new FolderSchedule(
        async (folderOptions) => (await writeFolderOutputs(folderOptions, services)).current,
        { intervalMs: options.reportIntervalMs },
        (written) => emit({ event: 'reported', ...written }),
      );
      try {
        await watchWith({
          readArticle: (path) => services.readArticle(path, run.format),
          runStories: async (paths) => {
            const ran = await runJob({ ...job, inputs: paths, deferFolderOutputs: true }, services);
            folder.ran(job);
            await folder.afterBatch(false);
            return storiesRun(ran, paths);
          },
          owners: store.stories,
          whenIdle: () => folder.flush(),
        });
      } finally {
        await folder.close();
      }
    }),
  );
}

/**
 * `--queue`: each story claimed is enqueued (its bytes with it: the file moves to done/ once
 * queued, the event `queued`) for workers to run. Workers check each story's ownership of its id
 * and replace an older version's outputs, so the watcher keeps no store and knows no owners.
 */
async function feedQueue(location: QueueLocation, run: RunCommandOptions, watchWith: (jobs: WatchJobs) => Promise<void>): Promise<void> {
  // BullMQ loads only for a watcher that feeds a queue.
  const { openStoryQueue } = await import('../../queue/story-queue.js');
  const queue = await openStoryQueue(location);
  const options = queuedOptions(run);
  const enqueued = async (path: string): Promise<HandedOutcome> => {
    try {
      await queue.enqueue(await readStoryJob(path, options));
      return { kind: 'queued' };
    } catch (error) {
      if (error instanceof InputError) return { kind: 'failed', error };
      throw error;
    }
  };
  try {
    await watchWith({
      readArticle: (path) => readArticle(path, run.format === undefined ? {} : { format: run.format }),
      runStories: async (paths) => {
        const outcomes = new Map<string, HandedOutcome>();
        for (const path of paths) outcomes.set(path, await enqueued(path));
        return { outcomes, removedFiles: 0 };
      },
      owners: { get: async () => undefined, put: async () => undefined },
    });
  } finally {
    await queue.close();
  }
}

/**
 * Waiting between polls, cut short by a change in the inbox (`fs.watch`, a hint only: polling
 * alone is enough, and some file systems send no events) or by the stop.
 */
function inboxWaker(folder: string, stop: AbortSignal): { wait: (ms: number) => Promise<void>; close: () => void } {
  let wakeUp: (() => void) | undefined;
  let watcher: FSWatcher | undefined;
  try {
    watcher = watchFolder(folder, () => wakeUp?.());
    watcher.on('error', () => watcher?.close());
  } catch {
    /* no change events here: the polls find every file */
  }
  stop.addEventListener('abort', () => wakeUp?.());
  return {
    wait: (ms) =>
      new Promise((resolve) => {
        if (stop.aborted) return resolve();
        const done = (): void => {
          clearTimeout(timer);
          wakeUp = undefined;
          resolve();
        };
        const timer = setTimeout(done, ms);
        wakeUp = done;
      }),
    close: () => watcher?.close(),
  };
}

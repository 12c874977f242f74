/**
 * `wire-l10n worker --redis URL`: runs queued story jobs until stopped. One store and one engine
 * object per settings for every batch, as watch has, and the engine account's limits shared through
 * the same Redis (src/scale/); the job's options come with each job, the engine's key from this
 * worker's environment. The first Ctrl-C / SIGTERM finishes the batch under
 * way, closes the worker (its jobs stay queued for others), writes report.json and the review index
 * of the folders it wrote into, and exits 0. Those are written from the store (`FolderSchedule`)
 * once the queue is idle, and at most every `--report-interval` while it is busy.
 */
import { diskServices } from '../../io/job-services.js';
import { writeFolderOutputs } from '../../job/folder-outputs.js';
import { realSleep } from '../../mt/pacing.js';
import { describeFolderWrite, FolderSchedule } from '../../job/folder-schedule.js';
import { throughStoreOutages, type OutagePolicy } from '../../queue/outages.js';
import { runQueuedStories } from '../../queue/run-stories.js';
import type { StoryJobData } from '../../queue/story-job.js';
import { assertQueueReachable } from '../../queue/story-queue.js';
import { DEFAULT_LOCK_DURATION_MS, startStoryWorker, type StoryWorkerSettings, type WorkerEvent } from '../../queue/story-worker.js';
import { takeOverStopSignal } from '../graceful-stop.js';
import { writeLine, type CliIO } from '../io.js';
import { withStore } from '../open-store.js';
import type { CommandEngines } from '../engines.js';
import { withSharedLimits } from '../shared-limits.js';
import type { SharedLimitsSettings } from '../../scale/shared-limits.js';

export interface WorkerCommandOptions {
  readonly queue: StoryWorkerSettings;
  readonly engines: CommandEngines;
  /** The engine account's limits in the queue's Redis, held for every worker and process using them. */
  readonly sharedLimits: SharedLimitsSettings;
  /** The store file or postgres:// URL; undefined = the default `.wire-l10n/store.sqlite` in the working folder. */
  readonly storePath?: string;
  /** Least time between two writes of report.json and the review index while the queue is busy, in ms (`--report-interval`). */
  readonly reportIntervalMs: number;
  readonly json: boolean;
  readonly quiet: boolean;
}

export async function workerCommand(options: WorkerCommandOptions, io: CliIO): Promise<void> {
  await assertQueueReachable(options.queue.url);
  const emit = (event: WorkerEvent): void => {
    if (options.json) writeLine(io.stdout, JSON.stringify(event));
    else if (!options.quiet || isTrouble(event)) writeLine(isTrouble(event) && event.event !== 'failed' ? io.stderr : io.stdout, describeWorkerEvent(event));
  };
  let stop: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  const giveBack = takeOverStopSignal(() => stop());
  try {
    await withSharedLimits(options.sharedLimits, (accountLimits) =>
      withStore(options.storePath, 'read-write', async (store) => {
        const services = {
          ...diskServices(store, options.engines.engine),
          ...(accountLimits ? { accountLimits } : {}),
          // A dead worker's sentences are taken over when its jobs are: after its locks' duration.
          claimTtlMs: options.queue.lockDurationMs ?? DEFAULT_LOCK_DURATION_MS,
        };
        const outages: OutagePolicy = {
          sleep: realSleep,
          now: Date.now,
          onOutage: (error, waitMs) => emit({ event: 'store-error', message: error.message, retryInMs: waitMs }),
        };
        const runBatch = (stories: readonly StoryJobData[]) => throughStoreOutages(() => runQueuedStories(stories, services), outages);
        const folders = new FolderSchedule(
          async (folder) => (await writeFolderOutputs(folder, services)).current,
          { intervalMs: options.reportIntervalMs },
          (written) => emit({ event: 'reported', ...written }),
        );
        const worker = startStoryWorker(options.queue, runBatch, emit, folders);
        await stopped;
        await worker.close();
      }),
    );
  } finally {
    giveBack();
  }
}

export function describeWorkerEvent(event: WorkerEvent): string {
  switch (event.event) {
    case 'working':
      return `working on queue ${event.queue} at ${event.redis}, ${event.concurrency} jobs at once (Ctrl-C to stop after the batch under way)`;
    case 'done':
      return `done ${event.story} (job ${event.job})`;
    case 'embargoed':
      return `embargoed ${event.story} until ${event.until}: the job waits until then`;
    case 'failed':
      return `failed ${event.story} (job ${event.job}): ${event.error}${event.retry ? ' — it will be tried again' : ''}`;
    case 'redis-error':
      return `wire-l10n: redis ${event.message} (reconnecting)`;
    case 'store-error':
      return `wire-l10n: store: ${event.message} (the batch runs again in ${event.retryInMs} ms)`;
    case 'reported':
      return describeFolderWrite(event);
    case 'stopped':
      return 'stopped: the batch under way is finished; jobs not taken stay queued';
  }
}

/** Events printed even with --quiet; all but `failed` on stderr. */
function isTrouble(event: WorkerEvent): boolean {
  return event.event === 'failed' || event.event === 'redis-error' || event.event === 'store-error' || (event.event === 'reported' && 'error' in event);
}

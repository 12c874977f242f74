/**
 * The BullMQ worker: takes up to `concurrency` story jobs at once and runs them through one job
 * (`Batcher`: one `runJob` per batch, so engine batches stay full), each job settling with its own
 * story's outcome: done; failed for good (`UnrecoverableError`: data that does not parse, a story
 * that cannot be read — its error kept as the job's failed reason); delayed until its embargo lifts;
 * or failed for a retry (an engine stop, failed units: BullMQ tries it again after its backoff, and
 * the job then skips what is complete and pays nothing twice).
 *
 * A worker that dies holds its jobs' locks until `lockDurationMs` runs out; another worker's stalled
 * check (every `stalledIntervalMs`) puts them back in the queue.
 *
 * The folder-wide outputs of the folders its batches wrote into go through `folders`
 * (`FolderSchedule`): written once the queue is idle (the worker found no job waiting and has no
 * other batch), at most every interval while it is busy, and on close.
 */
import { DelayedError, UnrecoverableError, Worker, type Job } from 'bullmq';
import { canonicalJson, type JsonValue } from '../store/mt-cache-key.js';
import { errorMessage } from '../errors.js';
import type { StoryOutcome } from '../job/story-outcomes.js';
import { Batcher } from './batcher.js';
import type { FolderSchedule, FolderWriteEvent } from '../job/folder-schedule.js';
import { redisWhere } from '../scale/redis-connection.js';
import { redisOptions, type QueueLocation } from './location.js';
import { parseStoryJob, storyInput, type StoryJobData } from './story-job.js';

/** How long a job's lock holds without renewal, unless the worker is told otherwise. */
export const DEFAULT_LOCK_DURATION_MS = 30_000;

export interface StoryWorkerSettings extends QueueLocation {
  /** Jobs taken at once, run as one batch. */
  readonly concurrency: number;
  /** How long a batch waits for more jobs after its first, in ms. @default 50 */
  readonly lingerMs?: number;
  /** How long a job's lock holds without renewal (a dead worker's jobs wait this long), in ms. @default 30000 */
  readonly lockDurationMs?: number;
  /** How often this worker looks for stalled jobs (whose worker died), in ms. @default 30000 */
  readonly stalledIntervalMs?: number;
}

/** What a worker tells its operator. */
export type WorkerEvent =
  | { readonly event: 'working'; readonly redis: string; readonly queue: string; readonly concurrency: number }
  | { readonly event: 'done'; readonly job: string; readonly story: string }
  | { readonly event: 'embargoed'; readonly job: string; readonly story: string; readonly until: string }
  /** `retry`: BullMQ will try the job again; else it stays failed with this error. */
  | { readonly event: 'failed'; readonly job: string; readonly story: string; readonly error: string; readonly retry: boolean }
  | { readonly event: 'redis-error'; readonly message: string }
  /** The store could not be reached: the batch waits and runs again (`queue/outages.ts`). */
  | { readonly event: 'store-error'; readonly message: string; readonly retryInMs: number }
  /** report.json and the review index of the folder `out` written from the store (`current`: the store did not change meanwhile), or not (`error`). */
  | ({ readonly event: 'reported' } & FolderWriteEvent)
  | { readonly event: 'stopped' };

/** What a completed job returns (BullMQ keeps it as the job's return value). */
export interface StoryJobResult {
  readonly id: string;
  readonly version: number;
  readonly input: string;
}

export interface StoryWorker {
  /** Finishes the batch under way, takes no more jobs, writes the folders' outputs that are due, and disconnects. */
  close(): Promise<void>;
}

/** Starts a worker on the queue; `runStories` runs a batch (same options) and says what became of each story. */
export function startStoryWorker(
  settings: StoryWorkerSettings,
  runStories: (stories: readonly StoryJobData[]) => Promise<readonly StoryOutcome[]>,
  emit: (event: WorkerEvent) => void,
  folders?: FolderSchedule,
): StoryWorker {
  // Whether the worker's last look at the queue found no job waiting (BullMQ's `drained`).
  let drained = false;
  const batcher: Batcher<StoryJobData, StoryOutcome> = new Batcher(
    { size: settings.concurrency, lingerMs: settings.lingerMs ?? 50, fits: sameJobOptions },
    async (stories) => {
      try {
        return await runStories(stories);
      } finally {
        folders?.ran(stories[0]!.options);
        // Not awaited: the jobs settle, and the next batch starts, while the folder's outputs are written.
        void folders?.afterBatch(drained && batcher.pending === 1);
      }
    },
  );
  const process = async (job: Job<unknown, StoryJobResult>, token?: string): Promise<StoryJobResult> => {
    const parsed = parseStoryJob(job.data);
    if ('problem' in parsed) throw new UnrecoverableError(`the job's data is not a wire-l10n story job: ${parsed.problem}`);
    const { story } = parsed.data;
    const outcome = await batcher.add(parsed.data);
    switch (outcome.kind) {
      case 'done':
        return { id: story.id, version: story.version, input: story.input };
      case 'failed':
        throw new UnrecoverableError(outcome.error.describe());
      case 'embargoed':
        emit({ event: 'embargoed', job: job.id ?? '', story: story.input, until: outcome.until });
        await job.moveToDelayed(Date.parse(outcome.until), token);
        throw new DelayedError();
      case 'unfinished':
        throw new Error(outcome.reason);
    }
  };
  const worker = new Worker<unknown, StoryJobResult>(settings.name, process, {
    connection: redisOptions(settings.url),
    prefix: settings.prefix,
    concurrency: settings.concurrency,
    lockDuration: settings.lockDurationMs ?? DEFAULT_LOCK_DURATION_MS,
    stalledInterval: settings.stalledIntervalMs ?? 30_000,
  });
  worker.on('active', () => (drained = false));
  worker.on('drained', () => {
    drained = true;
    if (batcher.pending === 0) void folders?.flush();
  });
  let lastError: string | undefined;
  worker.on('completed', (job, result) => {
    // Work flows again: the next connection error is news.
    lastError = undefined;
    emit({ event: 'done', job: job.id ?? '', story: result.input });
  });
  worker.on('failed', (job, error) => {
    if (job === undefined) return;
    const retry = !(error instanceof UnrecoverableError) && job.attemptsMade < (job.opts.attempts ?? 1);
    emit({ event: 'failed', job: job.id ?? '', story: storyInput(job.data), error: error.message, retry });
  });
  // Connection errors while Redis restarts: BullMQ reconnects and carries on; say so (once per
  // message in a row: a reconnect loop repeats it), never crash.
  worker.on('error', (error) => {
    const message = `${redisWhere(settings.url)}: ${errorMessage(error)}`;
    if (message !== lastError) emit({ event: 'redis-error', message });
    lastError = message;
  });
  emit({ event: 'working', redis: redisWhere(settings.url), queue: settings.name, concurrency: settings.concurrency });
  return {
    async close() {
      await worker.close();
      await batcher.flush();
      await folders?.close();
      emit({ event: 'stopped' });
    },
  };
}

/** Stories share a batch when their jobs' options are the same and no input is given twice. */
function sameJobOptions(batch: readonly StoryJobData[], next: StoryJobData): boolean {
  const options = optionsKey(next);
  return batch.every((queued) => queued.story.input !== next.story.input && optionsKey(queued) === options);
}

/** Options compared whatever their keys' order: they came as JSON, so they are JSON values. */
function optionsKey({ options }: StoryJobData): string {
  return canonicalJson(options as unknown as JsonValue);
}

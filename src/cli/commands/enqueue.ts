/**
 * `wire-l10n enqueue <stories…> --redis URL`: a BullMQ job per story (its id from the story's id and
 * version, so a story enqueued twice is one job), carrying the story's path and bytes and the job's
 * options as plain data; workers (`wire-l10n worker`) run them. A story that cannot be read is
 * listed `file:line: why` and not enqueued; the exit statuses are run's (3 when none can be read,
 * 14 when some could not).
 */
import { InputError, UsageError } from '../../errors.js';
import { readInputs, type InputFailure } from '../../job/read-inputs.js';
import { assertDistinctInputs } from '../../job/story-identity.js';
import type { QueueLocation } from '../../queue/location.js';
import { readStoryJob, storyJobId, type QueuedRunOptions } from '../../queue/story-job.js';
import { openStoryQueue, type Enqueued } from '../../queue/story-queue.js';
import { failedInputsError, printFailedInputs } from '../failed-inputs.js';
import { writeLine, type CliIO } from '../io.js';
import type { RunCommandOptions } from '../options.js';

export interface EnqueueCommandOptions {
  readonly run: RunCommandOptions;
  readonly queue: QueueLocation;
}

/** Stories read at once. */
const READ_CONCURRENCY = 16;

export async function enqueueCommand({ run, queue: location }: EnqueueCommandOptions, io: CliIO): Promise<void> {
  if (run.storePath !== undefined) throw new UsageError('--store is the worker\'s: each worker opens its own (or the shared one)', { hint: 'give --store to `wire-l10n worker`' });
  if (run.dryRun) throw new UsageError('a queued job always runs: --dry-run is for `wire-l10n run`');
  if (run.engineNote && !run.json) writeLine(io.stderr, `note: ${run.engineNote}`);
  assertDistinctInputs(run.inputs);
  const options = queuedOptions(run);
  const read = await readInputs(run.inputs, READ_CONCURRENCY, (input) => readStoryJob(input, options));
  const failed: InputFailure[] = [...read.failed];
  const queue = await openStoryQueue(location);
  try {
    const jobs = new Map<string, string>();
    for (const data of read.stories) {
      const { story } = data;
      const job = storyJobId(story);
      const earlier = jobs.get(job);
      if (earlier !== undefined) {
        failed.push({ path: story.input, error: sameStoryTwice(story, earlier) });
        continue;
      }
      jobs.set(job, story.input);
      const { enqueued } = await queue.enqueue(data);
      if (run.json) writeLine(io.stdout, JSON.stringify({ event: 'enqueued', story: story.input, id: story.id, version: story.version, job, enqueued }));
      else if (!run.quiet) writeLine(io.stdout, `${enqueuedWords[enqueued]} ${story.input} (job ${job})`);
    }
  } finally {
    await queue.close();
  }
  printFailedInputs(failed, io);
  const skipped = failedInputsError(failed, run.inputs.length);
  if (skipped) throw skipped;
}

const enqueuedWords: Readonly<Record<Enqueued, string>> = {
  added: 'queued',
  queued: 'already queued',
  done: 'already done',
  restarted: 'queued again (its job had failed)',
};

/** The job's options as a worker runs them: RunOptions without the inputs, nothing of the command's own. */
export function queuedOptions(run: RunCommandOptions): QueuedRunOptions {
  const { inputs: _inputs, storePath: _store, json: _json, quiet: _quiet, engineNote: _note, failOn: _failOn, ...options } = run;
  return options;
}

/** Two inputs of one id and version would be one job: the second is refused, as run refuses it. */
function sameStoryTwice(story: { input: string; id: string; version: number }, earlier: string): InputError {
  return new InputError(`article id "${story.id}" (version ${story.version}) is also the id of ${earlier}`, { file: story.input, line: 1 }, {
    hint: 'give one of them its own `id` in a front-matter block, or a newer `version`',
  });
}

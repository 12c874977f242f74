/**
 * The queue as producers and onlookers see it: enqueue a story's job (one per story id and
 * version), and the queue's state (counts, failed jobs with their kept errors).
 */
import { Queue, type Job } from 'bullmq';
import { errorMessage } from '../errors.js';
import { RedisError } from '../scale/errors.js';
import { connectRedis, redisWhere } from '../scale/redis-connection.js';
import { redisOptions, type QueueLocation } from './location.js';
import { STORY_JOB_NAME, storyInput, storyJobId, type StoryJobData } from './story-job.js';

/**
 * How a job is retried when it fails for a reason that may pass (an engine stop: quota, 429s,
 * failed units): 8 attempts, backoff doubling from 30 s (about two hours in all). A story that
 * cannot be read fails at once.
 */
const RETRIES = { attempts: 8, backoff: { type: 'exponential', delay: 30_000 } } as const;

/** Completed jobs are kept a week: the same story enqueued again meanwhile is the same job, not a new run. */
const KEEP_COMPLETED_SECONDS = 7 * 24 * 3600;

/** What enqueuing did: a new job; the story's job already waiting, running or delayed; already done; a failed job started again. */
export type Enqueued = 'added' | 'queued' | 'done' | 'restarted';

export interface QueueCounts {
  readonly waiting: number;
  readonly active: number;
  readonly completed: number;
  readonly failed: number;
  readonly delayed: number;
}

export interface FailedJob {
  readonly job: string;
  readonly story: string;
  /** Attempts made before it failed for good. */
  readonly attempts: number;
  /** The error it failed with (for a story that cannot be read, `file:line: why`). */
  readonly error: string;
  /** When it failed, ISO 8601. */
  readonly failedAt?: string;
}

export interface QueueStatus {
  readonly counts: QueueCounts;
  /** The most recently failed jobs, up to the number asked for. */
  readonly failed: readonly FailedJob[];
}

export interface StoryQueue {
  enqueue(data: StoryJobData): Promise<{ job: string; enqueued: Enqueued }>;
  status(failedListed: number): Promise<QueueStatus>;
  close(): Promise<void>;
}

/**
 * Connects once and lets go: a RedisError naming host:port at once when Redis does not answer, where
 * BullMQ's own connections would wait for it for ever (commands wait out a restart).
 */
export async function assertQueueReachable(url: string): Promise<void> {
  await (await connectRedis(url, 'the job queue')).close();
}

/** Opens the queue once Redis has answered (a RedisError naming host:port if it does not). */
export async function openStoryQueue(location: QueueLocation): Promise<StoryQueue> {
  await assertQueueReachable(location.url);
  const queue = new Queue(location.name, { connection: redisOptions(location.url), prefix: location.prefix });
  // Errors reach the caller through the commands; the event would otherwise be unhandled.
  queue.on('error', () => undefined);
  const failing = <T>(what: string, call: () => Promise<T>): Promise<T> =>
    call().catch((error: unknown) => {
      throw new RedisError(`redis ${redisWhere(location.url)}: could not ${what}: ${errorMessage(error)}`, { cause: error });
    });
  return {
    enqueue: (data) => failing(`enqueue ${data.story.input}`, () => enqueue(queue, data)),
    status: (failedListed) => failing(`read the queue ${location.name}`, () => status(queue, failedListed)),
    close: () => queue.close(),
  };
}

async function enqueue(queue: Queue, data: StoryJobData): Promise<{ job: string; enqueued: Enqueued }> {
  const job = storyJobId(data.story);
  const existing = await queue.getJob(job);
  const state = existing === undefined ? undefined : await existing.getState();
  if (state === 'completed') return { job, enqueued: 'done' };
  // A failed job is started again with the data given now (a fixed story, a renewed quota).
  if (state === 'failed') await existing!.remove();
  else if (state !== undefined && state !== 'unknown') return { job, enqueued: 'queued' };
  await queue.add(STORY_JOB_NAME, data, { jobId: job, ...RETRIES, removeOnComplete: { age: KEEP_COMPLETED_SECONDS } });
  return { job, enqueued: state === 'failed' ? 'restarted' : 'added' };
}

async function status(queue: Queue, failedListed: number): Promise<QueueStatus> {
  const counts = await queue.getJobCounts('waiting', 'active', 'completed', 'failed', 'delayed');
  const failed: Job[] = failedListed > 0 ? await queue.getFailed(0, failedListed - 1) : [];
  return {
    counts: {
      waiting: counts['waiting'] ?? 0,
      active: counts['active'] ?? 0,
      completed: counts['completed'] ?? 0,
      failed: counts['failed'] ?? 0,
      delayed: counts['delayed'] ?? 0,
    },
    failed: failed.map((job) => ({
      job: job.id ?? '',
      story: storyInput(job.data),
      attempts: job.attemptsMade,
      error: job.failedReason,
      ...(job.finishedOn === undefined ? {} : { failedAt: new Date(job.finishedOn).toISOString() }),
    })),
  };
}

/** `wire-l10n queue status --redis URL`: the queue's counts and its failed jobs with their kept errors. */
import type { QueueLocation } from '../../queue/location.js';
import { openStoryQueue, type QueueStatus } from '../../queue/story-queue.js';
import { writeLine, type CliIO } from '../io.js';

export interface QueueStatusCommandOptions {
  readonly queue: QueueLocation;
  /** Failed jobs listed, the most recent first. */
  readonly failedListed: number;
  readonly json: boolean;
}

export async function queueStatusCommand(options: QueueStatusCommandOptions, io: CliIO): Promise<void> {
  const queue = await openStoryQueue(options.queue);
  let status: QueueStatus;
  try {
    status = await queue.status(options.failedListed);
  } finally {
    await queue.close();
  }
  if (options.json) writeLine(io.stdout, JSON.stringify({ queue: options.queue.name, ...status }));
  else writeLine(io.stdout, formatQueueStatus(options.queue.name, status));
}

export function formatQueueStatus(name: string, { counts, failed }: QueueStatus): string {
  const lines = [
    `queue ${name}: ${counts.waiting} waiting, ${counts.active} active, ${counts.delayed} delayed, ${counts.completed} completed, ${counts.failed} failed`,
  ];
  if (failed.length > 0) lines.push(counts.failed > failed.length ? `failed jobs (the latest ${failed.length}):` : 'failed jobs:');
  for (const job of failed) {
    lines.push(`  ${job.story} (job ${job.job}, ${job.attempts} ${job.attempts === 1 ? 'attempt' : 'attempts'}${job.failedAt ? `, ${job.failedAt}` : ''}): ${job.error}`);
  }
  return lines.join('\n');
}

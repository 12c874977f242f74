/**
 * `wire-l10n queue status --redis URL`: the queue's counts and its failed jobs with their kept errors,
 * and the engine account's shared limits in the same Redis (`--redis-prefix`): budget spent, requests
 * in flight, a pause or stop under way.
 */
import type { QueueLocation } from '../../queue/location.js';
import { openStoryQueue, type QueueStatus } from '../../queue/story-queue.js';
import { describeAccountState, readAccountState, type AccountState } from '../../scale/account-state.js';
import { connectRedis } from '../../scale/redis-connection.js';
import { writeLine, type CliIO } from '../io.js';

export interface QueueStatusCommandOptions {
  readonly queue: QueueLocation;
  /** Failed jobs listed, the most recent first. */
  readonly failedListed: number;
  /** The engine account's keys in that Redis (`--redis-prefix`). */
  readonly accountPrefix: string;
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
  const account = await accountState(options.queue.url, options.accountPrefix);
  if (options.json) writeLine(io.stdout, JSON.stringify({ queue: options.queue.name, ...status, account }));
  else writeLine(io.stdout, `${formatQueueStatus(options.queue.name, status)}\n${describeAccountState(account)}`);
}

async function accountState(url: string, prefix: string): Promise<AccountState> {
  const connection = await connectRedis(url, "reading the engine account's limits");
  try {
    return await readAccountState(connection, prefix);
  } finally {
    await connection.close();
  }
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

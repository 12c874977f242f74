/**
 * Workers as the queue tests and bench:scale run them: projects of generated stories (and a copy
 * for a reference run), workers (`startCli`) started and stopped together, waiting on the queue, and
 * what the fake DeepL server saw of them (the request rate against its token bucket, the texts it
 * translated, what it billed per language).
 */
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { repoRoot, startCli, type SpawnedCli } from './cli.js';
import type { ReceivedRequest } from './fake-deepl/index.js';
import { generateStories, storyText, type GenerateOptions } from './generate-stories.js';

/** Polls `condition` every `everyMs` until it holds; fails after `timeoutMs`. */
export async function until(condition: () => Promise<boolean>, everyMs = 50, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the queue');
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

export async function projectWithStories(count: number, options: GenerateOptions = {}): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'wire-l10n-queue-'));
  await cp(join(repoRoot, 'glossary'), join(folder, 'glossary'), { recursive: true });
  await mkdir(join(folder, 'stories'));
  await Promise.all(generateStories(count, options).map((story) => writeFile(join(folder, 'stories', `${story.name}.txt`), storyText(story))));
  return folder;
}

/** The same stories and termbase in another folder, nothing run yet. */
export async function copyProject(folder: string): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), 'wire-l10n-queue-reference-'));
  for (const part of ['glossary', 'stories']) await cp(join(folder, part), join(copy, part), { recursive: true });
  return copy;
}

/** `count` workers (`wire-l10n worker …flags --json`) on `project`, each waiting for jobs when this resolves. */
export async function startWorkers(project: string, count: number, flags: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<SpawnedCli[]> {
  const workers = Array.from({ length: count }, () => startCli(project, ['worker', ...flags], env));
  await until(async () => workers.every((worker) => worker.events.some((event) => event['event'] === 'working')));
  return workers;
}

/** SIGTERM to every worker; resolves when all have exited 0, else fails with the first other one's stderr. */
export async function stopWorkers(workers: readonly SpawnedCli[]): Promise<void> {
  for (const worker of workers) worker.child.kill('SIGTERM');
  const exits = await Promise.all(workers.map((worker) => worker.exit));
  const failed = exits.findIndex((exit) => exit.code !== 0);
  if (failed >= 0) throw new Error(`worker ${failed + 1} exited ${exits[failed]!.code ?? exits[failed]!.signal}: ${workers[failed]!.stderr()}`);
}

/** A BullMQ client of the queue `name` on a loopback Redis, for counting its jobs. */
export function queueOn(redisPort: number, name = 'wire-l10n'): Queue {
  const queue = new Queue(name, { connection: { host: '127.0.0.1', port: redisPort, maxRetriesPerRequest: null } });
  queue.on('error', () => undefined);
  return queue;
}

/** Waits until `count` jobs of the queue have completed or failed for good; the counts then. */
export async function untilSettled(queue: Queue, count: number, timeoutMs = 60_000): Promise<{ completed: number; failed: number }> {
  let counts = { completed: 0, failed: 0 };
  await until(
    async () => {
      const got = await queue.getJobCounts('completed', 'failed');
      counts = { completed: got['completed'] ?? 0, failed: got['failed'] ?? 0 };
      return counts.completed + counts.failed >= count;
    },
    100,
    timeoutMs,
  );
  return counts;
}

/** The window of requests that went over a token bucket's allowance: more than `ratePerSecond` × its span + `burst`. */
export interface RateOverrun {
  readonly fromMs: number;
  readonly toMs: number;
  readonly requests: number;
  readonly allowed: number;
}

/**
 * Every window from one request to a later one (arrival times in ms) holding more requests than a
 * token bucket of `burst` tokens refilled at `ratePerSecond` lets through: the worst window ending
 * at each request, in order. Empty when the requests kept to the bucket.
 */
export function rateOverruns(times: readonly number[], ratePerSecond: number, burst: number): RateOverrun[] {
  const sorted = [...times].sort((a, b) => a - b);
  const overruns: RateOverrun[] = [];
  for (let to = 0; to < sorted.length; to += 1) {
    let worst: RateOverrun | undefined;
    for (let from = 0; from <= to; from += 1) {
      const requests = to - from + 1;
      const allowed = (ratePerSecond * (sorted[to]! - sorted[from]!)) / 1000 + burst;
      if (requests > allowed && (worst === undefined || requests - allowed > worst.requests - worst.allowed)) {
        worst = { fromMs: sorted[from]!, toMs: sorted[to]!, requests, allowed };
      }
    }
    if (worst !== undefined) overruns.push(worst);
  }
  return overruns;
}

/** The translate requests the fake answered with a translation. */
export function translated(log: readonly ReceivedRequest[]): ReceivedRequest[] {
  return log.filter((request) => request.path === '/v2/translate' && request.status === 200);
}

/**
 * Each `target_lang` and text the fake translated, as often as it did, sorted. Two sentences may
 * send one text (their numbers go as placeholders), so a sentence paid for twice shows as more of a
 * text than one process sends for the same stories.
 */
export function translatedTexts(log: readonly ReceivedRequest[]): string[] {
  return translated(log)
    .flatMap((request) => request.texts.map((text) => `${request.params['target_lang']}\t${text}`))
    .sort();
}

/** What the fake billed per target language (in lower case, as the store's request log names them): characters and requests. */
export function billedPerLanguage(log: readonly ReceivedRequest[]): Record<string, { characters: number; requests: number }> {
  const billed: Record<string, { characters: number; requests: number }> = {};
  for (const request of translated(log)) {
    const language = (request.params['target_lang'] ?? '').toLowerCase();
    const sum = (billed[language] ??= { characters: 0, requests: 0 });
    sum.characters += request.characters;
    sum.requests += 1;
  }
  return billed;
}

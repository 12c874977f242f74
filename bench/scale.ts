/**
 * bench:scale — how close worker processes sharing one engine account come to the account's
 * request rate, and how they scale when the engine costs nothing (issue #15 §7). The same STORIES
 * generated stories (tests/helpers/generate-stories.ts, a few paragraphs shared between stories)
 * through 1, 2 and 4 `wire-l10n worker` processes (the built CLI, spawned by
 * tests/helpers/worker-cluster.ts) on one private Redis (the queue and the account's shared
 * limits) and one store: a private PostgreSQL (a database per run) when installed, else one SQLite
 * file the workers share. Each run has a fresh copy of the stories, its own output folder, an
 * emptied Redis and an empty store.
 *
 * Engine bound: the DeepL engine against the fake DeepL server (tests/helpers/fake-deepl) with a
 * token bucket of RATE requests/s (BURST tokens) answering after LATENCY ms, and every worker's
 * `--max-rate RATE` held for all of them through Redis (the limiter's own burst: 1; the bucket's
 * second token is for requests the network brings a few ms closer than 1/RATE). CPU bound: engine
 * none, no requests.
 *
 * Per run: wall time from the first story enqueued (the workers are waiting) to the last job
 * completed; stories/s; the requests the fake received (429s and the glossary sync included: every
 * one takes a token) per second from the first to the last, (n − 1) / span, and that over RATE; 429s.
 * Ratios: each count's stories/s over 1 worker's. Headline, last: the 4-worker engine-bound request
 * rate as a fraction of RATE (target ≥ 0.95; never above 1 + BURST / (RATE × span)).
 *
 * Run: npm run bench:scale (builds, then runs dist/bench/scale.js); needs redis-server (else it
 * says so and stops). Knobs (env): BENCH_STORIES, BENCH_RATE, BENCH_BURST, BENCH_LATENCY_MS,
 * BENCH_CONCURRENCY (each worker's jobs at once), BENCH_WORKERS (comma list, e.g. 1,2,4).
 */
import { rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { runCli } from '../tests/helpers/cli.js';
import { startFakeDeepL, type FakeDeepL } from '../tests/helpers/fake-deepl/index.js';
import { missingServer, psql, redisCommand, startPostgres, startRedis, type PrivateServer } from '../tests/helpers/servers.js';
import { copyProject, projectWithStories, queueOn, startWorkers, stopWorkers, untilSettled } from '../tests/helpers/worker-cluster.js';
import { numberFromEnv } from './env.js';

const STORIES = numberFromEnv('BENCH_STORIES', 500);
const RATE = numberFromEnv('BENCH_RATE', 10);
const BURST = numberFromEnv('BENCH_BURST', 2);
const LATENCY_MS = numberFromEnv('BENCH_LATENCY_MS', 50);
const CONCURRENCY = numberFromEnv('BENCH_CONCURRENCY', 32);
const WORKER_COUNTS = (process.env['BENCH_WORKERS'] ?? '1,2,4').split(',').map(Number);
const AUTH_KEY = 'bench-scale-5b2f:fx';
/** Long enough for 500 stories at 1 worker whatever the machine; a run that takes longer fails. */
const RUN_TIMEOUT_MS = 15 * 60_000;

type Mode = 'engine bound' | 'CPU bound';

interface Measured {
  readonly mode: Mode;
  readonly workers: number;
  readonly completed: number;
  readonly failed: number;
  readonly wallSeconds: number;
  /** Requests the fake received, 429s included. */
  readonly requests: number;
  /** (requests − 1) / the span from the first to the last, per second; 0 without requests. */
  readonly requestsPerSecond: number;
  readonly rateLimited: number;
}

interface Servers {
  readonly redis: PrivateServer;
  readonly postgres: PrivateServer | undefined;
}

/** One run: `workers` workers on a fresh copy of the stories, an emptied Redis, an empty store. */
async function measure(mode: Mode, workers: number, stories: string, servers: Servers, run: number): Promise<Measured> {
  const folder = await copyProject(stories);
  await redisCommand(servers.redis.port, 'FLUSHALL');
  // A quota far above the run's characters (a Free key's 500,000 would stop it).
  const fake = mode === 'engine bound' ? await startFakeDeepL({ authKey: AUTH_KEY, characterLimit: 10 ** 12 }) : undefined;
  fake?.faults.tokenBucket({ ratePerSecond: RATE, burst: BURST }).latency(LATENCY_MS);
  const queue = queueOn(servers.redis.port);
  try {
    const flags = ['--redis', servers.redis.url, '--concurrency', String(CONCURRENCY), ...(await storeFlags(servers.postgres, run))];
    const engineFlags = fake ? ['--max-rate', String(RATE)] : [];
    const env = fake ? { DEEPL_AUTH_KEY: AUTH_KEY, DEEPL_SERVER_URL: fake.url } : {};
    const cluster = await startWorkers(folder, workers, [...flags, ...engineFlags], env);
    const started = performance.now();
    const enqueued = await runCli(['enqueue', 'stories', '--to', 'fr,ar', '--engine', fake ? 'deepl' : 'none', '--redis', servers.redis.url], { cwd: folder });
    if (enqueued.code !== 0) throw new Error(`enqueue exited ${enqueued.code}: ${enqueued.stderr}`);
    const { completed, failed } = await untilSettled(queue, STORIES, RUN_TIMEOUT_MS);
    const wallSeconds = (performance.now() - started) / 1000;
    await stopWorkers(cluster);
    return { mode, workers, completed, failed, wallSeconds, ...requestsSeen(fake) };
  } finally {
    await queue.close();
    await fake?.stop();
    await rm(folder, { recursive: true, force: true });
  }
}

/** A database of its own on the private PostgreSQL, else the project's SQLite file (the default store, shared by the workers). */
async function storeFlags(postgres: PrivateServer | undefined, run: number): Promise<string[]> {
  if (postgres === undefined) return [];
  psql(postgres, `CREATE DATABASE scale_${run}`);
  return ['--store', `postgres://postgres@127.0.0.1:${postgres.port}/scale_${run}`];
}

function requestsSeen(fake: FakeDeepL | undefined): Pick<Measured, 'requests' | 'requestsPerSecond' | 'rateLimited'> {
  const times = (fake?.log ?? []).map((request) => request.at).sort((a, b) => a - b);
  const spanSeconds = times.length > 1 ? (times.at(-1)! - times[0]!) / 1000 : 0;
  return {
    requests: times.length,
    requestsPerSecond: spanSeconds > 0 ? (times.length - 1) / spanSeconds : 0,
    rateLimited: (fake?.log ?? []).filter((request) => request.status === 429).length,
  };
}

const row = (run: Measured, alone: Measured | undefined) => ({
  mode: run.mode,
  workers: run.workers,
  'completed/failed': `${run.completed}/${run.failed}`,
  'wall s': run.wallSeconds.toFixed(1),
  'stories/s': (run.completed / run.wallSeconds).toFixed(1),
  '× 1 worker': alone ? (alone.wallSeconds / run.wallSeconds).toFixed(2) : '',
  requests: run.requests,
  'requests/s': run.requestsPerSecond.toFixed(2),
  'of limit': run.mode === 'engine bound' ? (run.requestsPerSecond / RATE).toFixed(3) : '',
  '429s': run.rateLimited,
});

async function main(): Promise<void> {
  const noRedis = missingServer('redis');
  if (noRedis !== undefined) {
    console.log(`bench:scale needs Redis and is skipped: ${noRedis}`);
    return;
  }
  const noPostgres = missingServer('postgres');
  const [redis, postgres] = await Promise.all([startRedis(), noPostgres === undefined ? startPostgres() : undefined]);
  const stories = await projectWithStories(STORIES, { seed: 15, sharedParagraphs: 2 });
  try {
    console.log(
      `${STORIES} stories (6 paragraphs of their own, 2 shared), fr+ar; workers ${WORKER_COUNTS.join(', ')} × --concurrency ${CONCURRENCY}; ` +
        `store: ${postgres ? 'PostgreSQL (a database per run)' : `one SQLite file shared by the workers (${noPostgres})`}; ` +
        `engine bound: fake DeepL ${RATE} req/s, burst ${BURST}, ${LATENCY_MS} ms per answer, --max-rate ${RATE} shared through Redis; Node ${process.version}`,
    );
    const runs: Measured[] = [];
    for (const mode of ['engine bound', 'CPU bound'] as const) {
      for (const workers of WORKER_COUNTS) runs.push(await measure(mode, workers, stories, { redis, postgres }, runs.length));
    }
    console.table(runs.map((run) => row(run, runs.find((other) => other.mode === run.mode && other.workers === 1))));
    const widest = runs.filter((run) => run.mode === 'engine bound').at(-1)!;
    const spanSeconds = (widest.requests - 1) / widest.requestsPerSecond;
    console.log(
      `headline: ${widest.workers} workers, engine bound: ${widest.requestsPerSecond.toFixed(2)} requests/s of the ${RATE}/s limit = ` +
        `${(widest.requestsPerSecond / RATE).toFixed(3)} (target ≥ 0.95, ceiling ${(1 + BURST / (RATE * spanSeconds)).toFixed(3)}), ${widest.rateLimited} × 429`,
    );
  } finally {
    await rm(stories, { recursive: true, force: true });
    await Promise.all([redis.stop(), postgres?.stop()]);
  }
}

await main();

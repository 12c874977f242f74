/**
 * bench:mt — how close the engine work comes to what a rate limit allows. The fake DeepL server
 * (tests/helpers/fake-deepl) with a token bucket of RATE requests/s (BURST tokens) and LATENCY ms
 * per answer; 200 generated articles (5 000 distinct sentences × fr, ar = 10 000 units) through
 * `runJob` with the DeepL engine pointed at it, and, against the same limits, the naive approach:
 * one `DeepLClient.translateText` per segment through a fixed p-queue, deepl-node's defaults (its
 * own retries: 5 attempts, backoff 1 s × 1.6 ± 23 %).
 *
 * Per approach: texts, requests the server received (429s included), 429s, unrecovered errors,
 * wall time, the ideal time and wall / ideal, where ideal = the fewest requests the limits allow,
 * over RATE: Σ per language ⌈texts / 50⌉ for batches of DeepL's 50 texts, one per text for the
 * naive approach (the bucket's initial burst is not subtracted, for either).
 *
 * Wall time is the engine work: for wire-l10n, from the dispatcher's first `planned` event (the
 * first window's texts known) to the last engine call settled; for the naive approach, from its
 * first request to its queue's end; the job's glossary sync (2 requests to a fresh server, tokens
 * from the same bucket) falls inside it. The whole job's time (reading and segmenting, rendering
 * and writing ~1 400 fsynced files, which the job overlaps with the engine window by window) over
 * the same ideal is the headline (#14 §3: ≤ 1.10).
 *
 * The naive approach sends 50× more requests (10 000 at 10/s is 17 min), so it runs on the first
 * NAIVE_ARTICLES articles only; its ratio does not depend on the sample's size, and its time for
 * the full set is extrapolated. Last line: the headline, wire-l10n's whole job over the ideal
 * (default pacing), with its engine work alone and the naive approach's beside it.
 *
 * Run: npm run bench:mt (builds, then runs dist/bench/mt.js). Knobs (env): BENCH_ARTICLES,
 * BENCH_PARAGRAPHS, BENCH_RATE, BENCH_BURST, BENCH_LATENCY_MS, BENCH_CONCURRENCY,
 * BENCH_NAIVE_ARTICLES, BENCH_VERBOSE=1 (every dispatcher event, timed).
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DeepLClient, type TargetLanguageCode } from 'deepl-node';
import PQueue from 'p-queue';
import { diskServices } from '../src/io/job-services.js';
import { readGlossaryDir } from '../src/io/read-glossary.js';
import { readArticle } from '../src/io/read-input.js';
import { prepareArticle } from '../src/job/prepare.js';
import { runJob, type RunOptions, type RunServices } from '../src/job/run.js';
import { engineSettingsOf, type TranslationEngine } from '../src/mt/engine.js';
import { createDeepLEngine } from '../src/mt/engines/deepl.js';
import type { DispatchEvent } from '../src/mt/index.js';
import { openStore } from '../src/store/index.js';
import { startFakeDeepL, type FakeDeepL } from '../tests/helpers/fake-deepl/index.js';
import { generateStories, storyText } from '../tests/helpers/generate-stories.js';
import { numberFromEnv } from './env.js';
import { repoRoot } from './repo-root.js';

const ARTICLES = numberFromEnv('BENCH_ARTICLES', 200);
/** 12 paragraphs of 2 sentences + a headline = 25 segments an article. */
const PARAGRAPHS = numberFromEnv('BENCH_PARAGRAPHS', 12);
const RATE = numberFromEnv('BENCH_RATE', 10);
const BURST = numberFromEnv('BENCH_BURST', 10);
const LATENCY_MS = numberFromEnv('BENCH_LATENCY_MS', 50);
const CONCURRENCY = numberFromEnv('BENCH_CONCURRENCY', 8);
const NAIVE_ARTICLES = Math.min(ARTICLES, numberFromEnv('BENCH_NAIVE_ARTICLES', 5));
const VERBOSE = process.env['BENCH_VERBOSE'] === '1';
const TARGETS = ['fr', 'ar'] as const;
/** DeepL's limit on texts per request: the fewest requests for n texts of one language is ⌈n / 50⌉. */
const DEEPL_MAX_TEXTS = 50;

interface Row {
  readonly approach: string;
  readonly texts: number;
  /** Translate requests the server received, 429s included. */
  readonly requests: number;
  readonly rateLimited: number;
  /** Answers other than 200 and 429. */
  readonly otherErrors: number;
  /** Requests to other endpoints (the job's glossary sync), by method and path. */
  readonly otherRequests: readonly string[];
  /** Texts that needed the engine and have no translation at the end. */
  readonly unrecovered: number;
  /** The engine work (see the header). */
  readonly wallSeconds: number;
  readonly idealRequests: number;
  /** wire-l10n only: the whole `runJob`. */
  readonly jobSeconds?: number;
}

const idealSeconds = (row: Row): number => row.idealRequests / RATE;
const ratio = (row: Row): number => row.wallSeconds / idealSeconds(row);

async function startLimitedFake(): Promise<FakeDeepL> {
  // A Pro-sized quota: ~800 000 characters are sent, past a Free key's 500 000.
  const fake = await startFakeDeepL({ characterLimit: 1e12 });
  fake.faults.tokenBucket({ ratePerSecond: RATE, burst: BURST }).latency(LATENCY_MS);
  return fake;
}

/** What the server saw: translate requests, 429s, any other failure status. */
function serverCounts(fake: FakeDeepL): Pick<Row, 'requests' | 'rateLimited' | 'otherErrors' | 'otherRequests'> {
  const translate = fake.log.filter((request) => request.path === '/v2/translate');
  return {
    otherRequests: fake.log.filter((request) => request.path !== '/v2/translate').map((request) => `${request.method} ${request.path} → ${request.status}`),
    requests: translate.length,
    rateLimited: translate.filter((request) => request.status === 429).length,
    otherErrors: translate.filter((request) => request.status !== 200 && request.status !== 429).length,
  };
}

/** The longest stretch, in ms, with no translate request arriving at the server. */
function longestSilence(fake: FakeDeepL): number {
  const arrivals = fake.log.filter((request) => request.path === '/v2/translate').map((request) => request.at);
  return arrivals.slice(1).reduce((longest, at, i) => Math.max(longest, at - arrivals[i]!), 0);
}

// ---- the input: generated articles on disk, and their segments ---------------------------------

const folder = await mkdtemp(join(tmpdir(), 'wire-l10n-bench-mt-'));
const stories = generateStories(ARTICLES, { seed: 7, paragraphs: PARAGRAPHS });
const paths = stories.map((story) => join(folder, 'stories', `${story.name}.txt`));
await mkdir(join(folder, 'stories'));
await Promise.all(stories.map((story, i) => writeFile(paths[i]!, storyText(story))));
const glossaryPath = join(repoRoot, 'glossary');
const glossary = await readGlossaryDir(glossaryPath);
/** Per article, its segments' source texts as our pipeline cuts them: what the naive approach sends. */
const segmentsByArticle = await Promise.all(
  paths.map(async (path) => prepareArticle(await readArticle(path), glossary, TARGETS).segments.map((segment) => segment.source)),
);
const segmentCount = segmentsByArticle.reduce((sum, list) => sum + list.length, 0);
const distinctSegments = new Set(segmentsByArticle.flat()).size;
const units = segmentCount * TARGETS.length;

// ---- wire-l10n: runJob with the DeepL engine --------------------------------------------------

interface Diagnostics {
  readonly rateLimitedEvents: number;
  /** Sum of the pauses the 429s asked for (they overlap). */
  readonly pausedMs: number;
  readonly longestPauseMs: number;
  readonly retries: number;
  readonly lowestConcurrency: number | undefined;
  readonly beforeSeconds: number;
  readonly afterSeconds: number;
  /** Of `after`: the time in `writeOutputs` (each file written, fsynced and renamed, one at a time). */
  readonly writeSeconds: number;
  readonly longestSilenceMs: number;
  readonly failures: number;
  readonly stopped: string | undefined;
}

async function runOurs(label: string, maxRequestsPerSecond: number | undefined): Promise<{ row: Row; diagnostics: Diagnostics }> {
  const work = await mkdtemp(join(tmpdir(), 'wire-l10n-bench-mt-run-'));
  const fake = await startLimitedFake();
  const store = await openStore({ projectDir: work });
  const events: { at: number; event: DispatchEvent }[] = [];
  const deepl = createDeepLEngine({ authKey: fake.authKey, serverUrl: fake.url });
  let lastSettled = 0;
  const engine: TranslationEngine = {
    ...deepl,
    async translateBatch(batch, context) {
      try {
        return await deepl.translateBatch(batch, context);
      } finally {
        lastSettled = performance.now();
      }
    },
  };
  const started = performance.now();
  const options: RunOptions = {
    inputs: paths,
    targetLangs: TARGETS,
    outDir: join(work, 'out'),
    localesDir: join(work, 'locales'),
    glossaryPath,
    engine: engineSettingsOf(engine),
    xliffVersions: ['2.1'],
    allowPartial: false,
    concurrency: CONCURRENCY,
    fuzzyThreshold: 75,
    ...(maxRequestsPerSecond === undefined ? {} : { maxRequestsPerSecond }),
  };
  const onDispatchEvent = (event: DispatchEvent): void => {
    const at = performance.now();
    events.push({ at, event });
    if (VERBOSE && event.type !== 'translated') console.log(`  [${label}] +${((at - started) / 1000).toFixed(3)} s ${JSON.stringify(event)}`);
  };
  try {
    const disk = { ...diskServices(store, () => engine), onDispatchEvent };
    let writeSeconds = 0;
    const services: RunServices = {
      ...disk,
      async writeOutputs(files) {
        const writing = performance.now();
        try {
          return await disk.writeOutputs(files);
        } finally {
          writeSeconds += (performance.now() - writing) / 1000;
        }
      },
    };
    const result = await runJob(options, services);
    const ended = performance.now();
    const texts = Object.values(result.workload).reduce((sum, entry) => sum + entry.units, 0);
    const idealRequests = Object.values(result.workload).reduce((sum, entry) => sum + Math.ceil(entry.units / DEEPL_MAX_TEXTS), 0);
    const planned = events.find(({ event }) => event.type === 'planned')?.at ?? started;
    const engineEnded = Math.max(lastSettled, planned);
    const rateLimited = events.flatMap(({ event }) => (event.type === 'rate-limited' ? [event] : []));
    return {
      row: {
        approach: label,
        texts,
        ...serverCounts(fake),
        // Units that needed the engine and got no translation: failed, or never sent (a stop).
        unrecovered: texts - result.stats.unitsSent,
        wallSeconds: (engineEnded - planned) / 1000,
        idealRequests,
        jobSeconds: (ended - started) / 1000,
      },
      diagnostics: {
        rateLimitedEvents: rateLimited.length,
        pausedMs: rateLimited.reduce((sum, event) => sum + event.waitMs, 0),
        longestPauseMs: rateLimited.reduce((longest, event) => Math.max(longest, event.waitMs), 0),
        retries: events.filter(({ event }) => event.type === 'retry').length,
        lowestConcurrency: rateLimited.length === 0 ? undefined : Math.min(...rateLimited.map((event) => event.concurrency)),
        beforeSeconds: (planned - started) / 1000,
        afterSeconds: (ended - engineEnded) / 1000,
        writeSeconds,
        longestSilenceMs: longestSilence(fake),
        failures: result.failures.length,
        stopped: result.stopped?.reason,
      },
    };
  } finally {
    await store.close();
    await fake.stop();
    await rm(work, { recursive: true, force: true });
  }
}

// ---- naive: one request per segment, fixed p-queue, deepl-node defaults ------------------------

async function runNaive(): Promise<{ row: Row; longestSilenceMs: number }> {
  const fake = await startLimitedFake();
  // deepl-node's defaults (maxRetries 5, its backoff); only the server is set.
  const client = new DeepLClient(fake.authKey, { serverUrl: fake.url });
  const queue = new PQueue({ concurrency: CONCURRENCY });
  const jobs = segmentsByArticle
    .slice(0, NAIVE_ARTICLES)
    .flatMap((segments) => TARGETS.flatMap((target) => segments.map((text) => ({ text, target: target as TargetLanguageCode }))));
  let failed = 0;
  const started = performance.now();
  try {
    for (const { text, target } of jobs) {
      void queue.add(async () => {
        try {
          await client.translateText(text, 'en', target);
        } catch {
          failed += 1;
        }
      });
    }
    await queue.onIdle();
    return {
      row: {
        approach: `naive: 1 text/request, p-queue concurrency ${CONCURRENCY}, deepl-node defaults`,
        texts: jobs.length,
        ...serverCounts(fake),
        unrecovered: failed,
        wallSeconds: (performance.now() - started) / 1000,
        idealRequests: jobs.length,
      },
      longestSilenceMs: longestSilence(fake),
    };
  } finally {
    await fake.stop();
  }
}

// ---- the run ----------------------------------------------------------------------------------

let adaptive: Awaited<ReturnType<typeof runOurs>>;
let capped: Awaited<ReturnType<typeof runOurs>>;
let naive: Awaited<ReturnType<typeof runNaive>>;
try {
  adaptive = await runOurs(`wire-l10n: concurrency ≤ ${CONCURRENCY}, no --max-rate (default)`, undefined);
  capped = await runOurs(`wire-l10n: concurrency ≤ ${CONCURRENCY}, --max-rate ${RATE}`, RATE);
  naive = await runNaive();
} finally {
  await rm(folder, { recursive: true, force: true });
}

const ours = [adaptive, capped];
const rows = [adaptive.row, capped.row, naive.row];
console.log(
  `${ARTICLES} generated articles × (headline + ${PARAGRAPHS} paragraphs of 2 sentences): ${segmentCount} segments ` +
    `(${distinctSegments} distinct) → fr, ar = ${units} texts; ${process.platform}, Node ${process.version}`,
);
console.log(`fake DeepL: token bucket ${RATE} requests/s, burst ${BURST} (429 + Retry-After when empty); ${LATENCY_MS} ms latency per answer`);
console.table(
  rows.map((row) => ({
    approach: row.approach,
    texts: row.texts,
    requests: row.requests,
    'other reqs': row.otherRequests.length,
    '429s': row.rateLimited,
    'other errors': row.otherErrors,
    'unrecovered errors': row.unrecovered,
    'wall s': row.wallSeconds.toFixed(2),
    'ideal s': idealSeconds(row).toFixed(2),
    ratio: ratio(row).toFixed(2),
    'whole job s': row.jobSeconds?.toFixed(2) ?? '—',
    'job / ideal': row.jobSeconds === undefined ? '—' : (row.jobSeconds / idealSeconds(row)).toFixed(2),
  })),
);
console.log(
  'requests = translate requests the server received, 429s included; other reqs = the job\'s glossary sync (its tokens come from the same bucket)',
);
console.log(
  'wall = the engine work: wire-l10n from the first `planned` (the first window\'s texts known; the glossary sync follows) to the last engine call settled; ' +
    'naive from its first request to its queue idle',
);
console.log('ideal = the fewest requests the limits allow / rate:');
for (const row of rows) {
  const how = row === naive.row ? `${row.texts} texts, one request each` : `Σ per language ⌈texts / ${DEEPL_MAX_TEXTS}⌉`;
  console.log(`  ${row.approach}: ${how} = ${row.idealRequests} requests / ${RATE} per s = ${idealSeconds(row).toFixed(2)} s`);
}
console.log('wire-l10n pacing:');
for (const { row, diagnostics: d } of ours) {
  console.log(
    `  ${row.approach}: ${d.rateLimitedEvents} pauses on 429 (longest ${d.longestPauseMs} ms` +
      `${d.lowestConcurrency === undefined ? '' : `, in flight down to ${d.lowestConcurrency}`}), ${d.retries} other retries, ` +
      `${d.failures} unit failures${d.stopped === undefined ? '' : `, stopped: ${d.stopped}`}; glossary sync: ` +
      `${row.otherRequests.join(', ') || 'none'}; longest silence at the server ` +
      `${d.longestSilenceMs} ms; whole job = ${d.beforeSeconds.toFixed(2)} s before the engine (read, segment, leverage) + ` +
      `${row.wallSeconds.toFixed(2)} s engine + ${d.afterSeconds.toFixed(2)} s after (writing and fsyncing the files took ${d.writeSeconds.toFixed(2)} s in all, most of it overlapping the engine, window by window)`,
  );
}
console.log(
  `naive: measured on the first ${NAIVE_ARTICLES} of ${ARTICLES} articles (${naive.row.texts} texts); longest silence at the server ` +
    `${naive.longestSilenceMs} ms; all ${units} texts would take ~${((units / RATE) * ratio(naive.row) / 60).toFixed(1)} min at its ratio ` +
    `(ideal ${(units / RATE).toFixed(0)} s), against wire-l10n's ${adaptive.row.wallSeconds.toFixed(1)} s`,
);
const best = ratio(capped.row) < ratio(adaptive.row) ? capped.row : adaptive.row;
console.log(`target: ratio ≤ 1.10 with zero unrecovered errors; the better wire-l10n setting here: ${best.approach} (${ratio(best).toFixed(2)})`);
const wholeJob = (row: Row): number => (row.jobSeconds ?? Number.NaN) / idealSeconds(row);
console.log(
  `headline: wire-l10n whole job / ideal = ${wholeJob(adaptive.row).toFixed(2)} (target ≤ 1.10; engine work alone ${ratio(adaptive.row).toFixed(2)}; ` +
    `naive engine work: ${ratio(naive.row).toFixed(2)})`,
);

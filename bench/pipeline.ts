/**
 * bench:pipeline — the local pipeline at batch size (issue #14 §2, §9). Generated stories
 * (tests/helpers/generate-stories.ts) in a temporary folder, through the real CLI in a child process:
 *
 *   1. `run --engine none --to fr,ar --xliff 1.2,2.1` (bundles, stories, review pages, report) on
 *      1,000 stories and on 10,000 (`--stories N` runs one size only), the batch given as its folder;
 *   2. on the 1,000: `run --engine none --to fr --xliff 1.2`, the text → XLIFF 1.2 job, beside translate-toolkit's
 *      `txt2po` + `po2xliff` on the same stories when both are on the PATH (else skipped, said so).
 *
 * Per run: wall time, stories/s, CPU (user + system) per story and peak RSS, of the child (the CLI
 * is started with a preload that reports `process.resourceUsage()` at exit; translate-toolkit is
 * measured by a python3 wrapper's RUSAGE_CHILDREN, its CPU summed and its RSS the larger step's).
 *
 * Then a micro-comparison in this process, on the same stories as LocalizedArticles (engine none):
 * the xmlbuilder2 writers as they were (bench/xmlbuilder2-writer/) against src/xliff's, CPU µs per
 * unit, on views built once; the two must print the same bytes (mismatches are counted and printed).
 * Never a pass/fail threshold. Last line: the headline: stories/s and CPU per story at 1,000, and
 * peak RSS at 1,000 and 10,000 with their ratio (memory must not grow with the batch).
 *
 * Run: npm run bench:pipeline [-- --stories 1000] (builds, then runs dist/bench/pipeline.js).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readGlossaryDir } from '../src/io/read-glossary.js';
import { readArticle } from '../src/io/read-input.js';
import { prepareArticle } from '../src/job/prepare.js';
import { defaultValueStyle, type LocalizedArticle } from '../src/model.js';
import { buildXliffView } from '../src/xliff/build-view.js';
import type { XliffDocumentView } from '../src/xliff/view.js';
import { writeXliff12 } from '../src/xliff/write-12.js';
import { writeXliff21 } from '../src/xliff/write-21.js';
import * as xmlbuilder2Writer from './xmlbuilder2-writer/index.js';
import { generateStories, storyText } from '../tests/helpers/generate-stories.js';
import { repoRoot } from './repo-root.js';

const storiesArg = process.argv.indexOf('--stories');
/** Batch sizes of the full job; the first is the one compared with translate-toolkit. */
const SIZES = storiesArg === -1 ? [1000, 10_000] : [Number(process.argv[storiesArg + 1])];
const STORIES = SIZES[0]!;
if (!Number.isInteger(STORIES) || STORIES < 1) throw new TypeError(`Expected --stories to be a whole number ≥ 1, got \`${process.argv[storiesArg + 1]}\``);
/** Stories the micro-comparison writes (both versions, both languages): enough for stable per-unit times. */
const MICRO_STORIES = Math.min(STORIES, 300);

interface Measured {
  readonly job: string;
  /** Stories in the batch. */
  readonly stories: number;
  readonly wallSeconds: number;
  readonly cpuSeconds: number;
  readonly maxRssMiB: number;
  /** What the heap held after a full collection, the median over the run (the CLI only). */
  readonly liveHeapMiB?: number;
  readonly exitCode: number | null;
}

/** Runs `command` in `cwd`; `usage` reads what the child reported about itself once it has exited. */
function timed(job: string, stories: number, command: string, args: readonly string[], cwd: string, usage: () => Promise<{ cpuSeconds: number; maxRssMiB: number; liveHeapMiB?: number }>, env: NodeJS.ProcessEnv = process.env): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (exitCode) => {
      const wallSeconds = (performance.now() - started) / 1000;
      if (exitCode !== 0) console.log(`${job}: exit ${exitCode}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
      usage().then((used) => resolve({ job, stories, wallSeconds, exitCode, ...used }), reject);
    });
  });
}

/** The CLI in a child whose preload writes its own resource usage to `usageFile` at exit. */
async function runCli(job: string, stories: number, folder: string, args: readonly string[]): Promise<Measured> {
  const preload = join(folder, 'report-usage.mjs');
  const usageFile = join(folder, `usage-${Date.now()}.json`);
  // The live heap: what the heap holds just after a full collection, the median over the run's
  // collections (each read when the collection is reported, so what came after it counts too: the
  // most of them measured when the collection happened to fall, a median what a window holds). RSS
  // also holds the heap's headroom, which V8 grows with the run's length unless bounded (src/cli/heap-growth.ts).
  await writeFile(
    preload,
    [
      "import { writeFileSync } from 'node:fs';",
      "import { PerformanceObserver, constants } from 'node:perf_hooks';",
      'const liveHeaps = [];',
      'new PerformanceObserver((list) => {',
      '  if (list.getEntries().some((entry) => entry.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR)) liveHeaps.push(process.memoryUsage().heapUsed);',
      "}).observe({ entryTypes: ['gc'] });",
      "process.on('exit', () => writeFileSync(process.env.WIRE_L10N_BENCH_USAGE, JSON.stringify({ ...process.resourceUsage(), liveHeap: liveHeaps.sort((a, b) => a - b)[liveHeaps.length >> 1] ?? 0 })));",
      '',
    ].join('\n'),
  );
  const usage = async (): Promise<{ cpuSeconds: number; maxRssMiB: number; liveHeapMiB: number }> => {
    const used = JSON.parse(await readFile(usageFile, 'utf8')) as NodeJS.ResourceUsage & { liveHeap: number };
    return { cpuSeconds: (used.userCPUTime + used.systemCPUTime) / 1e6, maxRssMiB: used.maxRSS / 1024, liveHeapMiB: used.liveHeap / 2 ** 20 };
  };
  const cli = join(repoRoot, 'bin', 'wire-l10n.js');
  return timed(job, stories, process.execPath, ['--import', preload, cli, ...args], folder, usage, {
    ...process.env,
    DEEPL_AUTH_KEY: '',
    WIRE_L10N_BENCH_USAGE: usageFile,
  });
}

const onPath = (name: string): boolean => (process.env['PATH'] ?? '').split(delimiter).some((dir) => existsSync(join(dir, name)));

/** `txt2po` then `po2xliff` under one python3 wrapper that prints its children's resource usage. */
async function runTranslateToolkit(folder: string, stories: string): Promise<Measured> {
  const wrapper = [
    'import json, resource, subprocess, sys',
    `subprocess.run(['txt2po', '--progress=none', '-i', '${stories}', '-o', 'tt-po'], check=True)`,
    'first = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss',
    "subprocess.run(['po2xliff', '--progress=none', '-i', 'tt-po', '-o', 'tt-xliff'], check=True)",
    'used = resource.getrusage(resource.RUSAGE_CHILDREN)',
    "print(json.dumps({'cpu': used.ru_utime + used.ru_stime, 'maxrss': max(first, used.ru_maxrss)}), file=sys.stderr)",
  ].join('\n');
  let reported = '';
  const measured = await new Promise<Measured>((resolve, reject) => {
    const started = performance.now();
    const child = spawn('python3', ['-c', wrapper], { cwd: folder, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.on('data', (chunk: Buffer) => (reported += chunk.toString()));
    child.on('error', reject);
    child.on('close', (exitCode) => {
      const wallSeconds = (performance.now() - started) / 1000;
      const last = JSON.parse(reported.trim().split('\n').at(-1) ?? '{}') as { cpu?: number; maxrss?: number };
      if (exitCode !== 0 || last.cpu === undefined) return reject(new Error(`translate-toolkit failed: ${reported.trim()}`));
      resolve({ job: 'translate-toolkit txt2po + po2xliff (XLIFF 1.2)', stories: STORIES, wallSeconds, exitCode, cpuSeconds: last.cpu, maxRssMiB: (last.maxrss ?? 0) / 1024 });
    });
  });
  const written = (await readdir(join(folder, 'tt-xliff'))).length;
  if (written !== STORIES) console.log(`translate-toolkit wrote ${written} files for ${STORIES} stories`);
  return measured;
}

interface MicroRow {
  readonly writer: string;
  readonly version: string;
  readonly microsPerUnit: number;
}

/**
 * Both writers over the same views, alternating, each timed on the whole set; the best of five
 * rounds after one warm-up round counts. Returns the rows and how many files differed.
 */
async function microComparison(storyPaths: readonly string[]): Promise<{ rows: MicroRow[]; units: number; mismatches: number }> {
  const glossary = await readGlossaryDir(join(repoRoot, 'glossary'));
  const views: XliffDocumentView[] = [];
  let units = 0;
  for (const path of storyPaths) {
    const prepared = prepareArticle(await readArticle(path), glossary, ['fr', 'ar']);
    for (const targetLang of ['fr', 'ar'] as const) {
      const doc: LocalizedArticle = { article: prepared.article, targetLang, units: prepared.units.filter((unit) => unit.targetLang === targetLang) };
      views.push(buildXliffView(doc, glossary, { original: path, sizeLimits: {}, valueStyle: defaultValueStyle }));
      units += doc.units.length;
    }
  }
  const writers = [
    { writer: 'xmlbuilder2 DOM (before)', v12: xmlbuilder2Writer.writeXliff12, v21: xmlbuilder2Writer.writeXliff21 },
    { writer: 'string building (src/xliff)', v12: writeXliff12, v21: writeXliff21 },
  ] as const;
  let mismatches = 0;
  for (const view of views) {
    if (writers[0].v12(view) !== writers[1].v12(view)) mismatches += 1;
    if (writers[0].v21(view) !== writers[1].v21(view)) mismatches += 1;
  }
  const rows: MicroRow[] = [];
  for (const version of ['1.2', '2.1'] as const) {
    const best = writers.map(() => Infinity);
    for (let round = 0; round < 6; round += 1) {
      writers.forEach((writer, w) => {
        const write = version === '1.2' ? writer.v12 : writer.v21;
        // CPU time, not wall: on a shared machine the wall time counts other processes' turns too.
        const started = process.cpuUsage();
        for (const view of views) write(view);
        const used = process.cpuUsage(started);
        if (round > 0) best[w] = Math.min(best[w]!, (used.user + used.system) / 1000);
      });
    }
    writers.forEach((writer, w) => rows.push({ writer: writer.writer, version, microsPerUnit: (best[w]! * 1000) / units }));
  }
  return { rows, units, mismatches };
}

const perStory = (run: Measured) => ({
  job: run.job,
  stories: run.stories,
  'wall s': run.wallSeconds.toFixed(1),
  'stories/s': (run.stories / run.wallSeconds).toFixed(1),
  'CPU ms/story': ((run.cpuSeconds * 1000) / run.stories).toFixed(1),
  'peak RSS MiB': run.maxRssMiB.toFixed(0),
  'live heap MiB': run.liveHeapMiB?.toFixed(0) ?? '',
  exit: run.exitCode,
});

async function main(): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'wire-l10n-bench-pipeline-'));
  try {
    const stories = generateStories(Math.max(...SIZES), { seed: 14 });
    // A folder per size, the larger holding the smaller's stories and more: the batch is its folder.
    for (const size of SIZES) {
      await mkdir(join(folder, `stories-${size}`));
      await Promise.all(stories.slice(0, size).map((story) => writeFile(join(folder, `stories-${size}`, `${story.name}.txt`), storyText(story))));
    }
    const glossary = join(repoRoot, 'glossary');
    console.log(`${SIZES.join(' and ')} stories, ${stories[0]!.paragraphs.length} paragraphs each; Node ${process.version}; engine none; one child per run`);

    const full: Measured[] = [];
    for (const size of SIZES) {
      full.push(await runCli('run --to fr,ar --xliff 1.2,2.1', size, folder, [
        'run', `stories-${size}`, '--engine', 'none', '--to', 'fr,ar', '--xliff', '1.2,2.1', '--glossary', glossary,
        '--out', `out-${size}`, '--locales', `locales-${size}`, '--store', `full-${size}.sqlite`,
      ]));
    }
    const runs = [...full];
    const toolkit = onPath('txt2po') && onPath('po2xliff');
    if (toolkit) {
      runs.push(await runCli('run --to fr --xliff 1.2', STORIES, folder, [
        'run', `stories-${STORIES}`, '--engine', 'none', '--to', 'fr', '--xliff', '1.2', '--glossary', glossary,
        '--out', 'out-12', '--locales', 'locales-12', '--store', '12.sqlite',
      ]));
      runs.push(await runTranslateToolkit(folder, `stories-${STORIES}`));
    } else {
      console.log('translate-toolkit (txt2po, po2xliff) not on the PATH: its comparison is skipped');
    }
    console.table(runs.map(perStory));

    const micro = await microComparison(stories.slice(0, MICRO_STORIES).map((story) => join(folder, `stories-${STORIES}`, `${story.name}.txt`)));
    console.log(`XLIFF writers on the same ${micro.units} units (${MICRO_STORIES} stories × fr, ar; views built once), CPU time, best of 5 rounds:`);
    console.table(micro.rows.map((row) => ({ writer: row.writer, version: row.version, 'CPU µs/unit': row.microsPerUnit.toFixed(1) })));
    const ratios = (['1.2', '2.1'] as const).map((version) => {
      const [before, after] = micro.rows.filter((row) => row.version === version);
      return `${version} ×${(before!.microsPerUnit / after!.microsPerUnit).toFixed(1)}`;
    });
    console.log(`string writer speed-up: ${ratios.join(', ')}; files that differ between the two: ${micro.mismatches}`);

    const [ours, theirs] = runs.slice(full.length);
    const toolkitRatio = ours && theirs ? `; text → XLIFF 1.2: ${(theirs.wallSeconds / ours.wallSeconds).toFixed(2)}× translate-toolkit's speed (its wall / ours)` : '';
    const [small, large] = full as [Measured, Measured | undefined];
    const rss = large
      ? `peak RSS ${small.maxRssMiB.toFixed(0)} → ${large.maxRssMiB.toFixed(0)} MiB from ${small.stories} to ${large.stories} stories: ratio ${(large.maxRssMiB / small.maxRssMiB).toFixed(2)} ` +
        `(live heap ratio ${(large.liveHeapMiB! / small.liveHeapMiB!).toFixed(2)})`
      : `peak RSS ${small.maxRssMiB.toFixed(0)} MiB`;
    console.log(
      `headline: ${(small.stories / small.wallSeconds).toFixed(1)} stories/s, ${((small.cpuSeconds * 1000) / small.stories).toFixed(1)} ms CPU/story ` +
        `(${small.stories} stories, fr+ar, XLIFF 1.2+2.1); ${rss}${toolkitRatio}`,
    );
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

await main();

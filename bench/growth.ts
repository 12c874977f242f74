/**
 * bench:growth — how the time of each path that hostile input reaches grows with the input's size.
 *
 * Each path runs on an input of 1k, 10k and 100k units of size (characters of a story or a token,
 * protected values in one sentence, termbase rows, near-identical TM entries), in a child process
 * of its own with a time budget (BENCH_GROWTH_BUDGET seconds, default 150; a step over it stops that
 * path). Setting up the input is not timed. The table gives the time per run and the growth ratio
 * of each ×10 step: ≈ 10 is linear, ≈ 100 quadratic, ≈ 1000 cubic. Never a pass/fail threshold: the
 * unit tests pin behaviour, this pins nothing. The last line is the headline: the worst ratio.
 *
 * Run: npm run bench:growth (builds, then runs dist/bench/growth.js). BENCH_GROWTH_SIZES=1000,10000
 * changes the sizes, BENCH_GROWTH_ONLY=<name part> runs only the paths whose name contains it.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { ingestText } from '../src/ingest/index.js';
import { prepareArticle } from '../src/job/prepare.js';
import { runJob } from '../src/job/run.js';
import type { Glossary, LocalizedArticle, Unit } from '../src/model.js';
import { pseudoEngine } from '../src/mt/engines/pseudo.js';
import { protectSegments } from '../src/protect/index.js';
import { checkHouseStyle, fixHouseStyle, houseStyleProfile } from '../src/qa/house-style/index.js';
import { segmentText } from '../src/segment/index.js';
import { openSqliteStore } from '../src/store/sqlite/index.js';
import { parseGlossary } from '../src/terms/index.js';
import { writeXliff } from '../src/xliff/index.js';
import { jobOptions, memoryJobWorld } from '../tests/helpers/job-world.js';
import { repoRoot } from './repo-root.js';

/** One path: `prepare(size)` builds the input (not timed) and returns the run that is timed. */
interface GrowthPath {
  readonly name: string;
  /** What `size` counts. */
  readonly unit: string;
  readonly prepare: (size: number) => (() => unknown) | Promise<() => unknown>;
}

const encoder = new TextEncoder();
const newsroomGlossary = (): Glossary =>
  parseGlossary(
    readdirSync(join(repoRoot, 'glossary'))
      .filter((name) => name.endsWith('.csv'))
      .sort()
      .map((name) => ({ path: `glossary/${name}`, content: readFileSync(join(repoRoot, 'glossary', name)) })),
  );
const emptyGlossary: Glossary = { sourceLang: 'en', targetLangs: ['fr'], entries: [], hash: 'none' };

/** A story whose one paragraph is `body`. */
const story = (body: string): Uint8Array => encoder.encode(`Hostile input\n\n${body}\n`);
/** "7 7 7 …": the same value again and again, `characters` long. */
const digitGroups = (characters: number): string => '7 '.repeat(Math.floor(characters / 2)).trimEnd() + '.';
/** A results paragraph: `values` protected numbers (a score is two), few of them distinct. */
const scores = (values: number): string =>
  Array.from({ length: Math.ceil(values / 2) }, (_, i) => `Team ${letters[i % 26]} beat Team ${letters[(i * 7) % 26]} ${i % 9}-${(i * 3) % 7}`).join(', ') + '.';
const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** A `qa --jsonl` target line is caller-sized: one long word, one long number, a line dense with violations. */
const houseStyleLines: ReadonlyArray<readonly ['fr' | 'ar', string, string]> = [
  ['fr', 'one word', 'a'],
  ['fr', 'one number', '1'],
  ['fr', 'violations', 'Il a dit "non" à 17:30, soit 2,500 soldats et 3.5% ; '],
  ['ar', 'violations', 'قال John Smith, إن "القوات" وصلت ٣٠ و 25? '],
];

const paths: readonly GrowthPath[] = [
  {
    name: 'run (in memory, pseudo engine): story of digit groups',
    unit: 'characters',
    prepare: (size) => {
      const bytes = story(digitGroups(size));
      const glossary = newsroomGlossary();
      return async () => {
        const world = await memoryJobWorld(glossary);
        await runJob(jobOptions(pseudoEngine, ['digits.txt'], { targetLangs: ['fr'] }), {
          ...world.services([ingestText(bytes, 'digits.txt')]),
        });
        await world.store.close();
      };
    },
  },
  {
    name: 'segment: story of digit groups',
    unit: 'characters',
    prepare: (size) => {
      const text = digitGroups(size);
      return () => segmentText(text, 'en');
    },
  },
  {
    name: 'terms + protect: story of digit groups',
    unit: 'characters',
    prepare: (size) => {
      const article = ingestText(story(digitGroups(size)), 'digits.txt');
      const glossary = newsroomGlossary();
      return () => prepareArticle(article, glossary, ['fr']);
    },
  },
  ...(
    [
      ['e-mail pattern: one long word', (size: number) => 'a'.repeat(size)],
      ['e-mail pattern: one long dotted token', (size: number) => 'a.'.repeat(size / 2)],
      ['protect patterns: a long address after "@"', (size: number) => `a@${'b-'.repeat(size / 2)}`],
    ] as const
  ).map(([name, text]): GrowthPath => ({
    name,
    unit: 'characters',
    prepare: (size) => {
      const segments = [{ id: 'p1.s1', blockId: 'p1', index: 1, source: text(size), hash: 'h', protectedSpans: [], terms: [] }];
      return () => protectSegments(segments, emptyGlossary);
    },
  })),
  {
    name: 'segment: a run of periods',
    unit: 'characters',
    prepare: (size) => {
      const text = `Wait${'.'.repeat(size)}what`;
      return () => segmentText(text, 'en');
    },
  },
  {
    name: 'XLIFF 1.2 + 2.1: protected values in one sentence',
    unit: 'values',
    prepare: (size) => {
      const article = ingestText(story(scores(size)), 'scores.txt');
      const prepared = prepareArticle(article, emptyGlossary, ['fr']);
      const units = prepared.units.map((unit): Unit => ({ ...unit, state: 'needs-review', origin: 'mt', target: unit.segment.source }));
      const doc: LocalizedArticle = { article, targetLang: 'fr', units };
      return () => {
        writeXliff(doc, { version: '1.2', glossary: emptyGlossary });
        writeXliff(doc, { version: '2.1', glossary: emptyGlossary });
      };
    },
  },
  {
    name: 'termbase: identical rows',
    // Half the size, so that the last step is the termbase's limit (TERMBASE_MAX_ROWS, 50,000 rows).
    unit: 'rows × 2',
    prepare: (size) => {
      const content = 'en,fr,ar,note\n' + 'Baghdad,Bagdad,بغداد,\n'.repeat(size / 2 - 1);
      return () => parseGlossary([{ path: 'glossary/terms.csv', content }]);
    },
  },
  {
    name: 'fuzzy TM search: near-identical entries',
    unit: 'entries',
    prepare: async (size) => {
      const store = await openSqliteStore(':memory:');
      const entries = Array.from({ length: size }, (_, i) => ({
        sourceLang: 'en',
        targetLang: 'fr',
        source: `The ministry said ${i} people were hurt in the attack on Sunday.`,
        target: `Le ministère a dit que ${i} personnes ont été blessées dimanche.`,
        origin: 'human' as const,
      }));
      await store.tm.add(entries);
      return () => store.tm.fuzzy('en', 'fr', 'The ministry said many people were hurt in the attack on Sunday.');
    },
  },
  ...houseStyleLines.map(
    ([lang, label, line]): GrowthPath => ({
      name: `house style ${lang} (check + fix): ${label}`,
      unit: 'characters',
      prepare: (size) => {
        const profile = houseStyleProfile(lang);
        const text = line.repeat(Math.ceil(size / line.length)).slice(0, size);
        return () => [checkHouseStyle(text, profile), fixHouseStyle(text, profile)];
      },
    }),
  ),
];

const sizes = (process.env['BENCH_GROWTH_SIZES'] ?? '1000,10000,100000').split(',').map(Number);
const budgetSeconds = Number(process.env['BENCH_GROWTH_BUDGET'] ?? 150);

/**
 * In the child: prepare, then run. A first run over 1 s is the figure; a quicker one only warms
 * up (regular expressions are compiled to machine code after their first use), and the figure is
 * the median of runs repeated for at least 0.2 s and 3 runs.
 */
async function measure(pathIndex: number, size: number): Promise<void> {
  const run = await paths[pathIndex]!.prepare(size);
  const timed = async (): Promise<number> => {
    const start = performance.now();
    await run();
    return performance.now() - start;
  };
  const first = await timed();
  const times: number[] = [];
  const started = performance.now();
  while (first <= 1000 && (performance.now() - started < 200 || times.length < 3)) times.push(await timed());
  const ms = first > 1000 ? first : times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  process.stdout.write(JSON.stringify({ ms, rssMiB: process.resourceUsage().maxRSS / 1024 }));
}

interface Step {
  readonly size: number;
  readonly ms?: number;
  readonly rssMiB?: number;
  readonly note?: string;
}

function measureInChild(pathIndex: number, size: number): Promise<Step> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--measure', String(pathIndex), String(size)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), budgetSeconds * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve({ size, ...(JSON.parse(out) as { ms: number; rssMiB: number }) });
      else if (code === null) resolve({ size, note: `> ${budgetSeconds} s (stopped)` });
      else resolve({ size, note: `failed: ${err.trim().split('\n').at(-1) ?? code}` });
    });
  });
}

const format = (ms: number): string => (ms < 10 ? ms.toFixed(2) : ms < 1000 ? ms.toFixed(0) : `${(ms / 1000).toFixed(1)} s`);

async function main(): Promise<void> {
  const only = process.env['BENCH_GROWTH_ONLY'];
  console.log(`Node ${process.version}; sizes ${sizes.join(' → ')}; budget ${budgetSeconds} s per step; ms per run (peak RSS MiB)`);
  const rows: Record<string, string>[] = [];
  let worst = { ratio: 0, path: '' };
  for (const [index, path] of paths.entries()) {
    if (only && !path.name.includes(only)) continue;
    const steps: Step[] = [];
    for (const size of sizes) {
      const step = await measureInChild(index, size);
      steps.push(step);
      if (step.ms === undefined) break;
    }
    const row: Record<string, string> = { path: `${path.name} (${path.unit})` };
    steps.forEach((step, i) => {
      row[`${step.size}`.replace(/000$/u, 'k')] = step.ms === undefined ? step.note! : `${format(step.ms)} (${step.rssMiB!.toFixed(0)})`;
      const before = steps[i - 1];
      if (before?.ms === undefined) return;
      const label = `growth ×${step.size / before.size}`;
      if (step.ms === undefined) {
        row[`${label} (${i})`] = `> ${((budgetSeconds * 1000) / before.ms).toFixed(0)}`;
        return;
      }
      const ratio = step.ms / before.ms;
      row[`${label} (${i})`] = ratio.toFixed(1);
      if (ratio > worst.ratio) worst = { ratio, path: `${path.name} (${before.size} → ${step.size} ${path.unit})` };
    });
    rows.push(row);
    console.log(JSON.stringify(row));
  }
  console.table(rows);
  const stopped = rows.filter((row) => Object.values(row).some((value) => value.includes('stopped')));
  if (stopped.length > 0) console.log(`over budget: ${stopped.map((row) => row['path']).join('; ')}`);
  console.log(`headline: worst growth per ×${sizes[1]! / sizes[0]!} step ${worst.ratio.toFixed(1)} (linear ≈ ${sizes[1]! / sizes[0]!}), ${worst.path}${stopped.length > 0 ? `; ${stopped.length} path(s) over budget` : ''}`);
}

if (process.argv[2] === '--measure') await measure(Number(process.argv[3]), Number(process.argv[4]));
else await main();

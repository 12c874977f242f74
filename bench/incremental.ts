/**
 * bench:incremental — what a re-run costs. 1 000 generated articles to fr and ar with the pseudo
 * engine (counting the units it is asked for): a first run, an immediate re-run, and a re-run
 * after editing 1 % of the paragraphs, all on one store and one output folder, in one process.
 * Prints units sent and wall time per run and each re-run's time as a ratio of the first
 * (target: ≤ 0.15 for the unchanged re-run). Last line: the headline ratio.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { diskServices } from '../src/io/job-services.js';
import { runJob, type RunOptions } from '../src/job/run.js';
import { engineSettingsOf, type TranslationEngine } from '../src/mt/engine.js';
import { pseudoEngine } from '../src/mt/engines/pseudo.js';
import { openStore } from '../src/store/index.js';
import { generateStories, storyText } from '../tests/helpers/generate-stories.js';
import { repoRoot } from './repo-root.js';

const ARTICLES = Number(process.env['BENCH_ARTICLES'] ?? 1000);
const EDITED_SHARE = 0.01;

const folder = await mkdtemp(join(tmpdir(), 'wire-l10n-bench-incremental-'));
const stories = generateStories(ARTICLES, { seed: 11 });
const paths = stories.map((story) => join(folder, 'stories', `${story.name}.txt`));
await mkdir(join(folder, 'stories'));
await Promise.all(stories.map((story, i) => writeFile(paths[i]!, storyText(story))));

let asked = 0;
const engine: TranslationEngine = {
  ...pseudoEngine,
  async translateBatch(batch, context) {
    asked += batch.segments.length;
    return pseudoEngine.translateBatch(batch, context);
  },
};
const store = await openStore({ projectDir: folder });
const services = diskServices(store, () => engine);
const options: RunOptions = {
  inputs: paths,
  targetLangs: ['fr', 'ar'],
  outDir: join(folder, 'out'),
  localesDir: join(folder, 'locales'),
  glossaryPath: join(repoRoot, 'glossary'),
  engine: engineSettingsOf(engine),
  xliffVersions: ['1.2', '2.1'],
  allowPartial: false,
  concurrency: 4,
  fuzzyThreshold: 75,
};

async function timedRun(label: string): Promise<{ label: string; sent: number; seconds: number }> {
  asked = 0;
  const started = performance.now();
  await runJob(options, services);
  return { label, sent: asked, seconds: (performance.now() - started) / 1000 };
}

const first = await timedRun('first run');
const rerun = await timedRun('re-run, nothing changed');
const paragraphs = stories.flatMap((story, s) => story.paragraphs.map((_, p) => [s, p] as const));
const step = Math.round(1 / EDITED_SHARE);
const edited = paragraphs.filter((_, i) => i % step === 0);
edited.forEach(([s, p], n) => (stories[s]!.paragraphs[p] = `${stories[s]!.paragraphs[p]} Officials added correction ${n + 1}.`));
await Promise.all([...new Set(edited.map(([s]) => s))].map((s) => writeFile(paths[s]!, storyText(stories[s]!))));
const afterEdit = await timedRun(`re-run, ${edited.length} of ${paragraphs.length} paragraphs edited`);
await store.close();
await rm(folder, { recursive: true, force: true });

console.log(`${ARTICLES} articles, ${paragraphs.length} paragraphs, to fr and ar, engine pseudo; Node ${process.version}`);
console.table(
  [first, rerun, afterEdit].map((run) => ({
    run: run.label,
    'units sent': run.sent,
    'wall s': run.seconds.toFixed(2),
    'ratio to first': (run.seconds / first.seconds).toFixed(3),
  })),
);
console.log(`expected units sent: all (${first.sent}), zero (${rerun.sent}), only the edited (${afterEdit.sent} = ${edited.length} edited paragraphs' new sentences × 2 languages)`);
console.log(`headline: unchanged re-run takes ${(rerun.seconds / first.seconds).toFixed(3)} of the first run's time (target ≤ 0.15)`);

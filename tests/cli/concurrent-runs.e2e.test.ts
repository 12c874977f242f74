/**
 * Several `run`s at once on the same store and the same output folders all finish, and every file
 * they leave is complete: the same bytes one run alone writes. Before, each run removed the
 * others' temporary files as "leftovers of a killed run", and their renames failed (exit 5).
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, scratchProject } from '../helpers/cli.js';
import { generateStories, storyText } from '../helpers/generate-stories.js';

const stories = generateStories(24, { seed: 9, paragraphs: 4 }).map((story) => ({ path: `stories/${story.name}.txt`, text: storyText(story) }));
const all = stories.map((story) => story.path);
const jobArgs = ['--to', 'fr,ar', '--engine', 'pseudo', '--xliff', '1.2,2.1', '--quiet'];

async function projectWithStories(): Promise<string> {
  const project = await scratchProject();
  await mkdir(join(project, 'stories'));
  for (const story of stories) await writeFile(join(project, story.path), story.text);
  return project;
}

/** Every file of the outputs (`out/`, `locales/`) and what is beside them, as path → sha256. */
async function outputs(project: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const folder of ['out', 'locales']) {
    for (const entry of await readdir(join(project, folder), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      result[path.slice(project.length + 1)] = createHash('sha256').update(await readFile(path)).digest('hex');
    }
  }
  return result;
}

async function runAtOnce(project: string, inputSets: ReadonlyArray<readonly string[]>): Promise<void> {
  const results = await Promise.all(inputSets.map((inputs) => runCli(['run', ...inputs, ...jobArgs], { cwd: project })));
  for (const result of results) expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
}

describe('runs at once on one store and one output folder (spawned)', () => {
  /** What one run alone writes. */
  let expected: Record<string, string>;

  beforeAll(async () => {
    const reference = await projectWithStories();
    await runAtOnce(reference, [all]);
    expected = await outputs(reference);
  }, 60_000);

  it('three runs of different and overlapping stories all finish and leave every file whole', async () => {
    const project = await projectWithStories();
    await runAtOnce(project, [all.slice(0, 12), all.slice(12), all]);
    const written = await outputs(project);
    // report.json is the last finisher's (of its own stories), and so is the review index (the other run's stories only if recorded before it planned); every other file is one story's.
    const { 'out/report.json': report, 'out/review/index.html': _index, ...files } = written;
    const { 'out/report.json': _, 'out/review/index.html': _expectedIndex, ...expectedFiles } = expected;
    expect(files).toEqual(expectedFiles);
    expect(report).toBeDefined();
    const { articles } = JSON.parse(await readFile(join(project, 'out', 'report.json'), 'utf8')) as { articles: unknown[] };
    expect([12, 24]).toContain(articles.length);
    // No temporary file is left behind by any of them.
    expect(Object.keys(written).filter((path) => path.includes('.tmp-'))).toEqual([]);
  }, 120_000);

  it('three runs of the same stories all finish and write what one run writes', async () => {
    const project = await projectWithStories();
    await runAtOnce(project, [all, all, all]);
    expect(await outputs(project)).toEqual(expected);
  }, 120_000);
});

/**
 * `import` of many reviewed files, SIGKILLed at random moments, then run again: it ends where an
 * uninterrupted import ends — every unit stored as human work, every output regenerated with it.
 * Before, a file stored by a killed import was "already imported" the next time, and its story's
 * outputs were never regenerated.
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runAndKill, runCli } from '../helpers/cli.js';
import { generateStories, seededRandom, storyText } from '../helpers/generate-stories.js';

const KILLS = 3;
const seed = Number(process.env['CRASH_TEST_SEED'] ?? Date.now() % 100_000);
const stories = generateStories(16, { seed: 5, paragraphs: 3 });
const runArgs = ['run', ...stories.map((story) => `stories/${story.name}.txt`), '--to', 'fr', '--engine', 'pseudo', '--xliff', '1.2', '--quiet'];

/** A project after `run`, with every exported file reviewed in `returned/` (each unit translated). */
async function reviewedProject(): Promise<{ folder: string; returned: string[] }> {
  const folder = await mkdtemp(join(tmpdir(), 'wire-l10n-import-crash-'));
  await cp(join(repoRoot, 'glossary'), join(folder, 'glossary'), { recursive: true });
  await mkdir(join(folder, 'stories'));
  await mkdir(join(folder, 'returned'));
  await Promise.all(stories.map((story) => writeFile(join(folder, 'stories', `${story.name}.txt`), storyText(story))));
  const run = await runCli(runArgs, { cwd: folder });
  expect(run.code, run.stderr).toBe(0);
  const returned: string[] = [];
  for (const name of (await readdir(join(folder, 'out', 'xliff-1.2'))).sort()) {
    const exported = await readFile(join(folder, 'out', 'xliff-1.2', name), 'utf8');
    const reviewed = exported.replace(
      /<source>([^]*?)<\/source>(\s*)<target state="needs-translation">[^]*?<\/target>/g,
      '<source>$1</source>$2<target state="translated">Revu : $1</target>',
    );
    expect(reviewed).not.toBe(exported);
    await writeFile(join(folder, 'returned', name), reviewed);
    returned.push(`returned/${name}`);
  }
  return { folder, returned };
}

/** Every output file as path → sha256, and the units stored as human work. */
async function endState(folder: string): Promise<{ files: Record<string, string>; humanUnits: number }> {
  const files: Record<string, string> = {};
  for (const top of ['out', 'locales']) {
    for (const name of await readdir(join(folder, top), { recursive: true })) {
      const path = join(folder, top, name);
      if ((await stat(path)).isFile()) files[relative(folder, path)] = createHash('sha256').update(await readFile(path)).digest('hex');
    }
  }
  const db = new Database(join(folder, '.wire-l10n', 'store.sqlite'), { readonly: true });
  const humanUnits = Number(db.prepare("SELECT count(*) FROM unit_ledger WHERE origin = 'human'").pluck().get());
  db.close();
  return { files, humanUnits };
}

describe(`an import of many files killed with SIGKILL at random moments (seed ${seed}) and run again`, () => {
  let expected: { files: Record<string, string>; humanUnits: number };
  let importMs: number;

  beforeAll(async () => {
    const { folder, returned } = await reviewedProject();
    const started = Date.now();
    const result = await runCli(['import', ...returned, '--quiet'], { cwd: folder });
    importMs = Date.now() - started;
    expect(result.code, result.stderr).toBe(0);
    expected = await endState(folder);
    expect(expected.humanUnits).toBeGreaterThan(100);
  }, 120_000);

  it('loses nothing: the store holds every unit and every output shows it, as after an uninterrupted import', async () => {
    const { folder, returned } = await reviewedProject();
    const random = seededRandom(seed);
    const outcomes: Array<'killed' | number | null> = [];
    for (let i = 0; i < KILLS; i++) {
      // The first attempt does all the work: killed before 90 % of the reference time, so that
      // no seed lets every attempt finish unharmed.
      outcomes.push(await runAndKill(folder, ['import', ...returned, '--quiet'], Math.floor(random() * importMs * (i === 0 ? 0.9 : 1.1))));
    }
    const final = await runCli(['import', ...returned, '--quiet'], { cwd: folder });
    console.info(`import crash test seed ${seed}: reference import ${importMs} ms; outcomes ${outcomes.join(', ')}`);
    expect(final.code, final.stderr).toBe(0);
    expect(outcomes).toContain('killed');
    expect(await endState(folder)).toEqual(expected);
  }, 300_000);
});

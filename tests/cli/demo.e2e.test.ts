import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli, scratchProject, type CliRun } from '../helpers/cli.js';

const CLI = 'node bin/wire-l10n.js ';

/**
 * The CLI commands of `npm run demo`, read from package.json so that this test runs what the
 * script runs. Its first step, `npm run build`, is vitest's global setup here.
 */
async function demoCommands(): Promise<string[][]> {
  const manifest = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const [build, ...steps] = manifest.scripts['demo']!.split(' && ');
  expect(build).toBe('npm run build');
  return steps.map((step) => {
    expect(step.startsWith(CLI), step).toBe(true);
    return step.slice(CLI.length).split(' ');
  });
}

/** Runs the demo's commands in `folder`, stopping at the first that fails. */
async function runDemo(folder: string): Promise<CliRun[]> {
  const runs: CliRun[] = [];
  for (const args of await demoCommands()) {
    const run = await runCli(args, { cwd: folder });
    runs.push(run);
    if (run.code !== 0) break;
  }
  return runs;
}

/** Every file below `folder` but the store, as relative path → sha256 of its content. */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const name of await readdir(folder, { recursive: true })) {
    const path = join(folder, name);
    if (!name.startsWith('.wire-l10n') && (await stat(path)).isFile()) {
      result[relative(folder, path)] = createHash('sha256').update(await readFile(path)).digest('hex');
    }
  }
  return result;
}

interface LanguageReport {
  readonly units: number;
  readonly origins: Record<string, number>;
}

describe('npm run demo (its commands spawned on a scratch project)', () => {
  let project: string;
  let first: CliRun[];

  beforeAll(async () => {
    project = await scratchProject();
    first = await runDemo(project);
  });

  it('imports the newsroom memory, then runs both sample stories, each command exiting 0', async () => {
    expect(first.map((run) => run.code)).toEqual((await demoCommands()).map(() => 0));
    const [imported, job] = first;
    expect(imported!.stdout).toMatch(/^samples\/newsroom-memory\.tmx: 54 entries read, 0 translation units skipped$/m);
    expect(imported!.stdout).toMatch(/^translation memory: 54 added, 0 updated, 0 unchanged$/m);
    expect(job!.stdout).toMatch(/^articles: 2, segments: 27,/m);
  });

  it('fills every unit of both stories from the memory: no pseudo-translation in any output', async () => {
    const report = JSON.parse(await readFile(join(project, 'out', 'report.json'), 'utf8')) as {
      articles: Array<{ id: string; languages: Record<string, LanguageReport> }>;
    };
    expect(report.articles).toHaveLength(2);
    expect(first[1]!.stdout).toMatch(/sent to pseudo: 0 units in 0 requests/);
    for (const article of report.articles) {
      for (const lang of ['fr', 'ar']) {
        const outcome = article.languages[lang]!;
        expect(outcome.origins, `${article.id} ${lang}`).toEqual({ human: 0, tm: outcome.units, mt: 0, pseudo: 0, none: 0 });
      }
    }
  });

  it('run again, imports nothing new, recomputes nothing and leaves every file as it was', async () => {
    const before = await snapshot(project);
    const again = await runDemo(project);
    expect(again.map((run) => run.code)).toEqual([0, 0]);
    expect(again[0]!.stdout).toMatch(/^translation memory: 0 added, 0 updated, 54 unchanged$/m);
    expect(again[1]!.stdout).toMatch(/^2 of 2 stories already up to date; wrote 0 files$/m);
    expect(await snapshot(project)).toEqual(before);
  });

  it('regenerates the committed locales/ byte for byte (npm run demo keeps them current)', async () => {
    expect(await snapshot(join(project, 'locales'))).toEqual(await snapshot(join(repoRoot, 'locales')));
  });
});

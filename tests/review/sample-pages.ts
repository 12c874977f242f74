/** The review pages the CLI writes for both bundled samples, as `npm run demo` makes them. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { ProjectReport } from '../../src/report/index.js';
import { runCli, scratchProject } from '../helpers/cli.js';

/** Both samples through the CLI: the newsroom memory imported first, pseudo for what it lacks. Returns out/review and the report. */
export async function samplePages(): Promise<{ folder: string; report: ProjectReport }> {
  const project = await scratchProject();
  for (const args of [
    ['tm', 'import', 'samples/newsroom-memory.tmx'],
    ['run', ...(await readdir(join(project, 'samples'))).filter((name) => name.endsWith('.txt')).map((name) => `samples/${name}`), '--to', 'fr,ar', '--engine', 'pseudo'],
  ]) {
    const run = await runCli(args, { cwd: project });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
  }
  return { folder: join(project, 'out', 'review'), report: JSON.parse(await readFile(join(project, 'out', 'report.json'), 'utf8')) as ProjectReport };
}

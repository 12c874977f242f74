/**
 * Bad input and dry runs create nothing: no output folder, no store file (`.wire-l10n/`). Before,
 * every `run` opened (and so created) the store before reading its inputs.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, sampleName, scratchProject } from '../helpers/cli.js';

const story = `samples/${sampleName}`;

const cases: ReadonlyArray<{ name: string; args: readonly string[]; exit: number }> = [
  { name: 'run of a story that does not exist', args: ['run', 'samples/missing.txt', '--to', 'fr', '--engine', 'pseudo'], exit: 3 },
  { name: 'run of a story that is a device', args: ['run', '/dev/zero', '--to', 'fr', '--engine', 'pseudo'], exit: 3 },
  { name: 'run with a malformed termbase', args: ['run', story, '--to', 'fr', '--engine', 'pseudo', '--glossary', 'bad.csv'], exit: 4 },
  { name: 'dry run', args: ['run', story, '--to', 'fr,ar', '--engine', 'pseudo', '--dry-run'], exit: 0 },
  { name: 'import of an XLIFF file that is a device', args: ['import', '/dev/zero'], exit: 11 },
  { name: 'tm import of a device', args: ['tm', 'import', '/dev/zero'], exit: 3 },
];

/** A scratch project with bad inputs beside the sample, and the names in it. */
async function projectWithBadInputs(): Promise<{ project: string; names: string[] }> {
  const project = await scratchProject();
  await writeFile(join(project, 'bad.csv'), 'en,fr,ar,note\n"unclosed,quote\n');
  return { project, names: (await readdir(project)).sort() };
}

describe('nothing is created for bad input or a dry run (spawned)', () => {
  it.each(cases)('$name: exit $exit, and the project folder is as it was', async ({ args, exit }) => {
    const { project, names } = await projectWithBadInputs();
    const result = await runCli(args, { cwd: project });
    expect(result.code, result.stderr).toBe(exit);
    expect((await readdir(project)).sort()).toEqual(names);
  });
});

/**
 * A batch where one story of five is malformed (spawned): the four others are written, the bad
 * one is listed as `file:line: why` on stderr and in report.json, and the exit status is 14.
 */
import { access, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, scratchProject } from '../helpers/cli.js';

const good = (headline: string): string => `${headline}\n\nDelegations met in Baghdad on Friday. They agreed to meet again.\n`;
const stories: Record<string, string> = {
  'a.txt': good('Talks open in Baghdad'),
  'b.txt': good('Markets rally after vote'),
  'c.txt': '---\nid: harbour\nurgncy: 2\n---\nHarbour reopens after storm\n\nThe harbour reopened on Friday.\n',
  'd.txt': good('Floods close main road'),
  'e.txt': good('Museum returns stolen vase'),
};
const goodIds = ['talks-open-in-baghdad', 'markets-rally-after-vote', 'floods-close-main-road', 'museum-returns-stolen-vase'];
const inputs = Object.keys(stories).map((name) => `stories/${name}`);
const badLine = 'stories/c.txt:3: unknown front matter key `urgncy`';

async function projectWithStories(): Promise<string> {
  const project = await scratchProject();
  await mkdir(join(project, 'stories'));
  for (const [name, text] of Object.entries(stories)) await writeFile(join(project, 'stories', name), text);
  return project;
}

const exists = (path: string) => access(path).then(() => true, () => false);

describe('a batch with a malformed story (spawned)', () => {
  it('writes the four others, prints file:line: why on stderr and exits 14', async () => {
    const project = await projectWithStories();
    const result = await runCli(['run', ...inputs, '--to', 'fr', '--engine', 'pseudo'], { cwd: project });
    expect(result.code, result.stderr).toBe(14);
    expect(result.stderr.split('\n')).toContain(badLine);
    expect(result.stderr).toMatch(/^wire-l10n: error: 1 of 5 stories could not be read and was skipped \(first: stories\/c\.txt:3: /mu);
    for (const id of goodIds) expect(await exists(join(project, 'out', `${id}.fr.txt`)), id).toBe(true);
    expect((await readdir(join(project, 'out'))).filter((name) => name.startsWith('harbour'))).toEqual([]);
    const report = JSON.parse(await readFile(join(project, 'out', 'report.json'), 'utf8'));
    expect(report.lastRun.failedInputs).toEqual([{ path: 'stories/c.txt', line: 3, code: 'E_INPUT', message: 'unknown front matter key `urgncy`' }]);
    expect(report.articles).toHaveLength(4);

    // check, given the folder, compares the four (the same inputs: nothing stale) and says the
    // fifth could not be read, with the same exit status.
    const check = await runCli(['check', 'stories', '--to', 'fr', '--engine', 'pseudo'], { cwd: project });
    expect(check.code, check.stderr).toBe(14);
    expect(check.stderr.split('\n')).toContain(badLine);
    expect(check.stdout).toBe('');
    // A quoted pattern names the same inputs too: nothing to do again.
    const again = await runCli(['run', 'stories/*.txt', '--to', 'fr', '--engine', 'pseudo'], { cwd: project });
    expect(again.code, again.stderr).toBe(14);
    expect(again.stdout).toContain('4 of 4 stories already up to date; wrote 0 files');
  });

  it('--json: the report event lists the failed input and the last event is the error', async () => {
    const project = await projectWithStories();
    const result = await runCli(['run', ...inputs, '--to', 'fr', '--engine', 'pseudo', '--json'], { cwd: project });
    expect(result.code, result.stderr).toBe(14);
    const events = result.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line));
    // Each story that was done, as it was done, in input order; then the job's report.
    expect(events.filter((event) => event.event === 'story').map((event) => event.report.id)).toEqual(goodIds);
    const report = events.find((event) => event.event === 'report');
    expect(report.report.failedInputs).toEqual([{ path: 'stories/c.txt', line: 3, code: 'E_INPUT', message: 'unknown front matter key `urgncy`' }]);
    expect(events.at(-1)).toMatchObject({ event: 'error', code: 'E_SOME_INPUTS_FAILED', exit: 14 });
  });

  it('a single malformed story still exits 3 and creates nothing', async () => {
    const project = await projectWithStories();
    const before = (await readdir(project)).sort();
    const result = await runCli(['run', 'stories/c.txt', '--to', 'fr', '--engine', 'pseudo'], { cwd: project });
    expect(result.code, result.stderr).toBe(3);
    expect(result.stderr).toMatch(/^wire-l10n: error: stories\/c\.txt:3: unknown front matter key `urgncy`$/mu);
    expect((await readdir(project)).sort()).toEqual(before);
  });
});

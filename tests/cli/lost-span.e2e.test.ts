/**
 * A number DeepL drops, end to end: the spawned CLI against the fake server's `corruptTags` fault.
 * The error reaches report.json and the XLIFF, the story is withheld, and `--allow-partial`
 * writes it with the gap marked — also when the target comes back from the MT cache.
 */
import { access, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, scratchProject } from '../helpers/cli.js';
import { fakeDeepLPerTest } from '../helpers/fake-deepl/per-test.js';

const authKey = 'test-key-lost-span:fx';
const fake = fakeDeepLPerTest({ authKey });
const args = ['run', 'samples/strike.txt', '--to', 'fr', '--out', 'out', '--concurrency', '1'];

describe('a protected number that DeepL dropped (spawned, fake server)', () => {
  it('is an error on its unit in report.json and the XLIFF, and the story is written only with --allow-partial, gap marked', async () => {
    const server = await fake();
    // The one request carries the headline (text 0) and the sentence with the number (text 1).
    server.faults.corruptTags(1, 'drop', { textIndex: 1 });
    const project = await scratchProject();
    await writeFile(join(project, 'samples', 'strike.txt'), 'Dockers end their strike\n\nThe strike lasted 12 days, the union said.\n');
    const env = { DEEPL_AUTH_KEY: authKey, DEEPL_SERVER_URL: server.url };

    const first = await runCli(args, { cwd: project, env });
    expect(first.code, first.stderr).toBe(0);
    const report = JSON.parse(await readFile(join(project, 'out', 'report.json'), 'utf8'));
    const { id } = report.articles[0] as { id: string };
    expect(report.articles[0].languages.fr).toMatchObject({ story: 'not-written', withheld: 1 });
    expect(report.articles[0].languages.fr.errors).toEqual([expect.objectContaining({ unitId: 'p1.s1', reason: expect.stringContaining('“12”') })]);
    expect(first.stdout).toMatch(new RegExp(`^  ${id} \\[fr\\] p1\\.s1: `, 'm'));
    await expect(access(join(project, 'out', `${id}.fr.txt`))).rejects.toThrow();
    expect(await readFile(join(project, 'out', 'xliff-1.2', `${id}.fr.xlf`), 'utf8')).toMatch(/Error \([\w/-]+\): .*“12”.*this target is not published/);

    // From the cache this time: nothing is sent, and the loss is still caught.
    const partial = await runCli([...args, '--allow-partial'], { cwd: project, env });
    expect(partial.code, partial.stderr).toBe(0);
    const story = await readFile(join(project, 'out', `${id}.fr.txt`), 'utf8');
    expect(story).toMatch(/\nstatus: partial\ngaps: 1\n---\n/);
    expect(story).toMatch(/\[TO FIX, [^\]]*“12”[^\]]*: /);
  });
});

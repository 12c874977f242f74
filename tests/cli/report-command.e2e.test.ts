/**
 * `wire-l10n report`: report.json and the review index from the store alone, byte-identical to
 * what `run` wrote for the same project, with no more than the folder (and the store) named: how
 * its stories were last run comes from their records; reading the store, never creating one.
 */
import { access, cp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exitCodes } from '../../src/cli/exit-codes.js';
import { runCli, sampleName, scratchProject } from '../helpers/cli.js';

const folderFiles = [join('out', 'report.json'), join('out', 'review', 'index.html')];
const stories = [join('samples', sampleName), join('samples', 'baghdad-2024-12-01-reconstruction-conference.txt')];

describe('wire-l10n report', () => {
  it('writes the report.json and review index run wrote, byte for byte, from the store alone', async () => {
    const folder = await scratchProject();
    try {
      expect((await runCli(['run', ...stories, '--to', 'fr,ar', '--engine', 'pseudo', '--quiet'], { cwd: folder })).code).toBe(0);
      const written = await Promise.all(folderFiles.map((path) => readFile(join(folder, path), 'utf8')));
      await Promise.all(folderFiles.map((path) => rm(join(folder, path))));
      // The stories are not read: gone, they change nothing.
      await rm(join(folder, 'samples'), { recursive: true });

      const report = await runCli(['report', '--to', 'fr,ar', '--engine', 'pseudo'], { cwd: folder });
      expect(report.code, report.stderr).toBe(0);
      expect(report.stdout).toBe(`wrote ${folderFiles[1]}\nwrote ${folderFiles[0]}\n`);
      expect(await Promise.all(folderFiles.map((path) => readFile(join(folder, path), 'utf8')))).toEqual(written);
      const again = await runCli(['report', '--to', 'fr,ar', '--engine', 'pseudo'], { cwd: folder });
      expect(again.stdout).toBe('report.json and the review index are up to date\n');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('needs only the folder and the store: languages, engine, termbase and review pages come from how its stories were run', async () => {
    const folder = await scratchProject();
    try {
      await cp(join(folder, 'glossary'), join(folder, 'terms'), { recursive: true });
      const run = ['run', ...stories, '--to', 'ar,fr', '--engine', 'pseudo', '--glossary', 'terms', '--no-review', '--out', 'wire', '--store', 'state.db', '--quiet'];
      expect((await runCli(run, { cwd: folder })).code).toBe(0);
      const written = await readFile(join(folder, 'wire', 'report.json'), 'utf8');
      await rm(join(folder, 'wire', 'report.json'));
      await rm(join(folder, 'glossary'), { recursive: true });

      const report = await runCli(['report', '--out', 'wire', '--store', 'state.db'], { cwd: folder });
      expect(report.code, report.stderr).toBe(0);
      // --no-review as run had it: no review index, none written (nor said removed: there was none).
      expect(report.stdout).toBe(`wrote ${join('wire', 'report.json')}\n`);
      expect(await readFile(join(folder, 'wire', 'report.json'), 'utf8')).toBe(written);
      await expect(access(join(folder, 'wire', 'review', 'index.html'))).rejects.toThrow();

      // A flag given wins over the records; the others still come from them.
      expect((await runCli(['report', '--out', 'wire', '--store', 'state.db', '--engine', 'none'], { cwd: folder })).code).toBe(0);
      const lastRun = JSON.parse(await readFile(join(folder, 'wire', 'report.json'), 'utf8')).lastRun;
      expect(lastRun).toMatchObject({ engine: { name: 'none' }, targetLangs: ['ar', 'fr'] });
      expect(lastRun.glossary.entries).toBeGreaterThan(0);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('names the most recent run when runs with other settings wrote the folder', async () => {
    const folder = await scratchProject();
    try {
      // The first story (first in id order) run for two languages, then the second for one.
      expect((await runCli(['run', stories[0]!, '--to', 'fr,ar', '--engine', 'pseudo', '--quiet'], { cwd: folder })).code).toBe(0);
      expect((await runCli(['run', stories[1]!, '--to', 'fr', '--engine', 'none', '--quiet'], { cwd: folder })).code).toBe(0);
      const written = await Promise.all(folderFiles.map((path) => readFile(join(folder, path), 'utf8')));
      expect(JSON.parse(written[0]!).lastRun).toMatchObject({ engine: { name: 'none' }, targetLangs: ['fr'] });
      await Promise.all(folderFiles.map((path) => rm(join(folder, path))));

      const report = await runCli(['report'], { cwd: folder });
      expect(report.code, report.stderr).toBe(0);
      expect(await Promise.all(folderFiles.map((path) => readFile(join(folder, path), 'utf8')))).toEqual(written);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('says so when no record tells how the folder was run, and creates no store where there is none', async () => {
    const folder = await scratchProject();
    try {
      const missing = await runCli(['report'], { cwd: folder });
      expect(missing.code).toBe(exitCodes.E_UNRECORDED);
      expect(missing.stderr).toContain('out: no output record in the store says how the stories of this folder were run');
      expect(missing.stderr).toContain('--to');
      await expect(access(join(folder, 'out', 'report.json'))).rejects.toThrow();
      // Told how, it writes the report of a folder with no story.
      expect((await runCli(['report', '--to', 'fr', '--engine', 'none'], { cwd: folder })).code).toBe(0);
      expect(JSON.parse(await readFile(join(folder, 'out', 'report.json'), 'utf8'))).toMatchObject({ articles: [], totals: { articles: 0 } });
      await expect(access(join(folder, '.wire-l10n'))).rejects.toThrow();
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

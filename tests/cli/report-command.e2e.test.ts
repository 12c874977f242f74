/**
 * `wire-l10n report`: report.json and the review index from the store alone, byte-identical to
 * what `run` wrote for the same project; reading the store, never creating one.
 */
import { access, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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

  it('asks for the target languages, and creates no store where there is none', async () => {
    const folder = await scratchProject();
    try {
      const missing = await runCli(['report'], { cwd: folder });
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('--to');
      expect((await runCli(['report', '--to', 'fr', '--engine', 'none'], { cwd: folder })).code).toBe(0);
      expect(JSON.parse(await readFile(join(folder, 'out', 'report.json'), 'utf8'))).toMatchObject({ articles: [], totals: { articles: 0 } });
      await expect(access(join(folder, '.wire-l10n'))).rejects.toThrow();
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

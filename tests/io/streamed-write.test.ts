import { mkdir, mkdtemp, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeStreamedOutput, type StreamedOutputFile } from '../../src/io/atomic-write.js';
import { OutputError } from '../../src/errors.js';

/** A file of `pieces` lines, given a line at a time. */
function streamed(path: string, pieces: readonly string[]): StreamedOutputFile {
  return {
    path,
    chunks: async function* () {
      yield* pieces;
    },
  };
}

const lines = (count: number, word: string) => Array.from({ length: count }, (_, i) => `${word} ${i} — ليلة\n`);

describe('writeStreamedOutput', () => {
  it('writes the pieces in order, past the write buffer, with no temporary file left', async () => {
    const root = await mkdtemp(join(tmpdir(), 'wire-l10n-'));
    const target = join(root, 'out', 'report.json');
    const pieces = lines(20_000, 'story');
    expect(await writeStreamedOutput(streamed(target, pieces))).toBe(true);
    expect(await readFile(target, 'utf8')).toBe(pieces.join(''));
    expect(await readdir(join(root, 'out'))).toEqual(['report.json']);
  });

  it('leaves a file whose content is already on disk alone, its modification time too', async () => {
    const root = await mkdtemp(join(tmpdir(), 'wire-l10n-'));
    const target = join(root, 'report.json');
    await writeFile(target, lines(3, 'same').join(''));
    const long_ago = new Date('2020-01-01T00:00:00Z');
    await utimes(target, long_ago, long_ago);
    expect(await writeStreamedOutput(streamed(target, lines(3, 'same')))).toBe(false);
    expect((await stat(target)).mtime).toEqual(long_ago);
    expect(await readdir(root)).toEqual(['report.json']);
    expect(await writeStreamedOutput(streamed(target, lines(3, 'other')))).toBe(true);
    expect(await readFile(target, 'utf8')).toBe(lines(3, 'other').join(''));
  });

  it('removes what a killed run left for the file, and leaves the old file whole when the pieces fail', async () => {
    const root = await mkdtemp(join(tmpdir(), 'wire-l10n-'));
    const target = join(root, 'report.json');
    await writeFile(target, 'old\n');
    // Above Linux's largest pid_max: no process can have this id.
    await writeFile(join(root, '.report.json.tmp-4194305-0123456789ab'), 'half');
    const failing: StreamedOutputFile = {
      path: target,
      chunks: async function* () {
        yield 'new';
        throw new Error('the store went away');
      },
    };
    const error = await writeStreamedOutput(failing).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OutputError);
    expect((error as OutputError).describe()).toContain('the store went away');
    expect(await readFile(target, 'utf8')).toBe('old\n');
    expect(await readdir(root)).toEqual(['report.json']);
  });

  it('refuses to replace a folder at the path', async () => {
    const root = await mkdtemp(join(tmpdir(), 'wire-l10n-'));
    await mkdir(join(root, 'report.json'));
    const error = await writeStreamedOutput(streamed(join(root, 'report.json'), ['{}\n'])).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OutputError);
    expect(await readdir(root)).toEqual(['report.json']);
  });
});

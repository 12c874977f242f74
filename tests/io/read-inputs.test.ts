/**
 * Every file input (story, termbase, TMX, XLIFF, configuration) is read through one helper: only a
 * regular file, only up to its limit, both checked before a byte is read. Before it, a FIFO hung
 * the reader and `/dev/zero` grew until memory ran out.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readProjectConfig } from '../../src/cli/config.js';
import { WireL10nError } from '../../src/errors.js';
import { readRegularFile, type FileProblem } from '../../src/io/read-file.js';
import { GLOSSARY_FILE_MAX_BYTES, readGlossaryDir } from '../../src/io/read-glossary.js';
import { readArticle, STORY_MAX_BYTES } from '../../src/io/read-input.js';
import { readTmxFile } from '../../src/io/read-tmx.js';
import { readXliffFile } from '../../src/io/read-xliff.js';
import { TMX_MAX_BYTES } from '../../src/tmx/index.js';
import { xliffReadDefaults } from '../../src/xliff/read/index.js';

let folder: string;
let fifo: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'wire-l10n-read-'));
  fifo = join(folder, 'pipe');
  execFileSync('mkfifo', [fifo]);
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const readers: ReadonlyArray<{ name: string; code: string; maxBytes: number; read: (path: string) => Promise<unknown> }> = [
  { name: 'story', code: 'E_INPUT', maxBytes: STORY_MAX_BYTES, read: (path) => readArticle(path) },
  { name: 'termbase', code: 'E_GLOSSARY', maxBytes: GLOSSARY_FILE_MAX_BYTES, read: (path) => readGlossaryDir(path) },
  { name: 'TMX', code: 'E_TMX', maxBytes: TMX_MAX_BYTES, read: (path) => readTmxFile(path) },
  { name: 'XLIFF', code: 'E_XLIFF', maxBytes: xliffReadDefaults.maxBytes, read: (path) => readXliffFile(path) },
  { name: 'configuration', code: 'E_USAGE', maxBytes: 1024 * 1024, read: async (path) => readProjectConfig(path) },
];

async function failure(promise: Promise<unknown>): Promise<WireL10nError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(WireL10nError);
  return error as WireL10nError;
}

describe.each(readers)('the $name reader', ({ code, maxBytes, read }) => {
  it.each(['/dev/zero', '/dev/urandom', 'the FIFO'])('refuses %s, naming it, without reading it', async (given) => {
    const path = given === 'the FIFO' ? fifo : given;
    const error = await failure(read(path));
    expect(error.code).toBe(code);
    expect(error.describe()).toContain(`${path}: is not a regular file (a device, a pipe or a socket)`);
  });

  it('refuses a file over its limit, saying the limit, before reading it', async () => {
    const path = join(folder, `huge-${code}`);
    await writeFile(path, '');
    await truncate(path, maxBytes + 1);
    const error = await failure(read(path));
    expect(error.code).toBe(code);
    expect(error.describe()).toMatch(new RegExp(`${path}: is ${maxBytes + 1} bytes, more than the \\d+ MiB an? [a-zA-Z ]+ may have`));
  });
});

describe('readRegularFile', () => {
  const fail = (problem: FileProblem): never => {
    throw new Error(problem.message);
  };
  const limit = { maxBytes: 10, kind: 'a test file', sizeHint: 'smaller' };

  it('reads a regular file whole', async () => {
    const path = join(folder, 'small');
    await writeFile(path, 'ten bytes!');
    expect(readRegularFile(path, limit, fail).toString()).toBe('ten bytes!');
  });

  it('reads an empty file as no bytes', async () => {
    const path = join(folder, 'empty');
    await writeFile(path, '');
    expect(readRegularFile(path, limit, fail).length).toBe(0);
  });

  it('reads whole, past the size the file system tells, a file under its limit (/proc)', () => {
    const whole = readFileSync('/proc/self/cmdline');
    expect(whole.length).toBeGreaterThan(1);
    expect(readRegularFile('/proc/self/cmdline', { ...limit, maxBytes: 1024 * 1024 }, fail).equals(whole)).toBe(true);
  });

  it('refuses a folder, naming what it expected', () => {
    expect(() => readRegularFile(folder, limit, fail)).toThrowError('is a folder, not a test file');
  });

  it('stops reading past the limit a file whose size the file system does not tell (/proc)', () => {
    // /proc files are regular files of size 0 that hold more than 10 bytes.
    expect(() => readRegularFile('/proc/self/status', limit, fail)).toThrowError(/^is at least 11 bytes, more than the 10 bytes a test file may have$/);
  });
});

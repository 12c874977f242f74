import { chmod, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readArticle, STORY_MAX_BYTES } from '../../src/io/read-input.js';
import { announceSkip } from '../helpers/external-tools.js';

let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'wire-l10n-ingest-'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function readError(path: string): Promise<InputError> {
  const error: unknown = await readArticle(path).then(
    () => undefined,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe('readArticle', () => {
  it('reads and ingests a story file, keeping the path as given', async () => {
    const path = join(folder, 'story.txt');
    await writeFile(path, 'Harbour reopens\n\nShips sailed.\n');
    const article = await readArticle(path);
    expect(article.source).toEqual({ path, format: 'text' });
    expect(article.blocks.map((block) => block.id)).toEqual(['headline', 'p1']);
  });

  it('refuses what is not a regular file (a device), without reading it', async () => {
    const error = await readError('/dev/zero');
    expect(error.message).toBe('is not a regular file (a device, a pipe or a socket)');
    expect(error.location).toEqual({ file: '/dev/zero' });
  });

  it('refuses a file larger than a story can be, before reading it', async () => {
    const path = join(folder, 'huge.txt');
    await writeFile(path, '');
    await truncate(path, STORY_MAX_BYTES + 1);
    const error = await readError(path);
    expect(error.message).toBe(`is ${STORY_MAX_BYTES + 1} bytes, more than the 4 MiB a story file may have`);
  });

  it('reports a missing file as an input error with a hint', async () => {
    const path = join(folder, 'missing.txt');
    const error = await readError(path);
    expect(error.message).toBe('no such file');
    expect(error.location).toEqual({ file: path });
    expect(error.hint).toContain('check the path');
  });

  it('reports a folder as an input error with a hint', async () => {
    const error = await readError(folder);
    expect(error.message).toBe('is a folder, not a story file');
    expect(error.hint).toBeDefined();
  });

  // Root reads any file, so the permission check only means something for other users.
  const runningAsRoot = process.getuid?.() === 0;
  announceSkip('the unreadable-file test', runningAsRoot ? 'running as root, who can read any file' : undefined);
  it.skipIf(runningAsRoot)('reports an unreadable file as an input error', async () => {
    const path = join(folder, 'locked.txt');
    await writeFile(path, 'Headline\n\nBody.\n');
    await chmod(path, 0o000);
    const error = await readError(path);
    expect(error.message).toBe('permission denied');
  });

  it('passes the problems of the content through with the path and line', async () => {
    const path = join(folder, 'headline-only.txt');
    await writeFile(path, 'Harbour reopens\n');
    const error = await readError(path);
    expect(error.describe()).toBe(`${path}:1: no body paragraphs after the headline`);
  });
});

import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/io/atomic-write.js';
import { OutputError } from '../../src/errors.js';

describe('writeFileAtomic', () => {
  it('creates missing folders and leaves no temporary file behind', async () => {
    const root = await mkdtemp(join(tmpdir(), 'wire-l10n-'));
    const target = join(root, 'a', 'b', 'file.json');
    await writeFileAtomic(target, '{"x":1}\n');
    expect(await readFile(target, 'utf8')).toBe('{"x":1}\n');
    expect(await readdir(join(root, 'a', 'b'))).toEqual(['file.json']);
  });

  it('replaces an existing file whole', async () => {
    const root = await mkdtemp(join(tmpdir(), 'wire-l10n-'));
    const target = join(root, 'story.txt');
    await writeFile(target, 'old content that is longer than the new one');
    await writeFileAtomic(target, 'new');
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  it('fails with an OutputError when the target is a folder, keeping the folder', async () => {
    const root = await mkdtemp(join(tmpdir(), 'wire-l10n-'));
    const error = await writeFileAtomic(root, 'x').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OutputError);
    expect((error as OutputError).describe()).toContain(root);
    expect((await readdir(join(root, '..'))).some((name) => name.includes('.tmp-'))).toBe(false);
  });
});

describe('writeOutputs', () => {
  it('removes temporary files a killed run left beside the files it writes, and no others', async () => {
    const { writeOutputs } = await import('../../src/io/atomic-write.js');
    const root = await mkdtemp(join(tmpdir(), 'wire-l10n-'));
    // Above Linux's largest pid_max: no process can have this id.
    const deadWriter = 4_194_305;
    await writeFile(join(root, `.a.json.tmp-${deadWriter}-0123456789ab`), 'half');
    await writeFile(join(root, `.other.json.tmp-${deadWriter}-0123456789ab`), 'not ours to touch');
    await writeOutputs([{ path: join(root, 'a.json'), content: '{}\n' }]);
    expect((await readdir(root)).sort()).toEqual([`.other.json.tmp-${deadWriter}-0123456789ab`, 'a.json']);
  });

  it('as one writer for many sets, removes the leftovers beside each set it writes, listed once per folder, and no others', async () => {
    const { outputWriter } = await import('../../src/io/atomic-write.js');
    const root = await mkdtemp(join(tmpdir(), 'wire-l10n-'));
    const deadWriter = 4_194_305;
    for (const name of ['a', 'b', 'other']) await writeFile(join(root, `.${name}.json.tmp-${deadWriter}-0123456789ab`), 'half');
    const write = outputWriter();
    await write([{ path: join(root, 'a.json'), content: '{}\n' }]);
    expect((await readdir(root)).sort()).toEqual([`.b.json.tmp-${deadWriter}-0123456789ab`, `.other.json.tmp-${deadWriter}-0123456789ab`, 'a.json']);
    await write([{ path: join(root, 'b.json'), content: '{}\n' }]);
    expect((await readdir(root)).sort()).toEqual([`.other.json.tmp-${deadWriter}-0123456789ab`, 'a.json', 'b.json']);
  });

  it('leaves alone the temporary file of a run still writing the same file (two runs at once)', async () => {
    const { writeOutputs } = await import('../../src/io/atomic-write.js');
    const root = await mkdtemp(join(tmpdir(), 'wire-l10n-'));
    const liveWriter = process.ppid; // the test runner: alive while this test runs
    const inFlight = `.a.json.tmp-${liveWriter}-0123456789ab`;
    await writeFile(join(root, inFlight), 'being written by the other run');
    await writeOutputs([{ path: join(root, 'a.json'), content: '{}\n' }]);
    expect((await readdir(root)).sort()).toEqual([inFlight, 'a.json']);
  });
});

describe('writeOutputs writes a set all or none', () => {
  it('replaces nothing when one file of the set cannot be staged, and leaves no temporary file', async () => {
    const { writeOutputs } = await import('../../src/io/atomic-write.js');
    const root = await mkdtemp(join(tmpdir(), 'wire-l10n-'));
    await writeFile(join(root, 'a.json'), 'old');
    // A valid name whose temporary sibling (18 characters longer) is over the 255-byte name limit.
    const longName = `${'x'.repeat(250)}.json`;
    const error = await writeOutputs([
      { path: join(root, 'a.json'), content: 'new' },
      { path: join(root, longName), content: 'too long to stage' },
    ]).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OutputError);
    expect((error as OutputError).describe()).toContain(longName);
    expect(await readFile(join(root, 'a.json'), 'utf8')).toBe('old');
    expect(await readdir(root)).toEqual(['a.json']);
  });
});

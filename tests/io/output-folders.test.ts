/**
 * Output folders and output paths on the real disk, through the job with the disk services: what
 * cannot be written fails with exit 5 naming it, before the engine is asked for anything, and
 * nothing but a regular file is ever read or replaced at an output path.
 *
 * The tests run as root, so a folder without write permission (EACCES) cannot be shown here, and
 * no read-only mount is available: what is shown is a path under a regular file (ENOTDIR), a
 * device as --out, /proc (mkdir answers ENOENT there), links and special files. The folder probe
 * (create and remove a file) is what turns EACCES and EROFS into the same error.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputError } from '../../src/errors.js';
import { diskServices } from '../../src/io/job-services.js';
import { runJob } from '../../src/job/run.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { articleOf, entry, glossaryOf } from '../helpers/builders.js';
import { countingEngine, jobOptions } from '../helpers/job-world.js';
import { liveEngine } from '../helpers/live-engines.js';

const glossary = glossaryOf(entry('Baghdad', { fr: 'Bagdad', ar: 'بغداد' }, { type: 'name', caseSensitive: true }));
const story = articleOf([
  ['headline', 'Air strike hits Baghdad depot'],
  ['paragraph', 'An air strike hit a depot on Friday.'],
]);

/** Runs the job on the real disk below `project` (a store in memory); returns the outcome and what the engine was asked. */
async function runIn(project: string, folders: { out?: string; locales?: string }) {
  const { engine, asked } = countingEngine();
  const services = { ...diskServices(await openSqliteStore(':memory:'), liveEngine), readArticle: async () => story, readGlossary: async () => glossary };
  const options = jobOptions(engine, ['test.txt'], {
    targetLangs: ['fr'],
    outDir: folders.out ?? join(project, 'out'),
    localesDir: folders.locales ?? join(project, 'locales'),
    allowPartial: true,
  });
  const outcome = await runJob(options, services).then(
    () => undefined,
    (error: unknown) => error,
  );
  return { error: outcome, asked };
}

const scratch = () => mkdtemp(join(tmpdir(), 'wire-l10n-outputs-'));
const storyPath = (project: string) => join(project, 'out', `${story.id}.fr.txt`);

/** Every entry below `folder`, relative. */
async function tree(folder: string): Promise<string[]> {
  return existsSync(folder) ? (await readdir(folder, { recursive: true })).sort() : [];
}

function expectOutputError(error: unknown, message: RegExp): void {
  expect(error).toBeInstanceOf(OutputError);
  expect((error as OutputError).describe()).toMatch(message);
}

describe('output folders are checked before any work', () => {
  it('refuses an --out below a regular file (ENOTDIR), naming the file, before the engine is asked', async () => {
    const project = await scratch();
    await writeFile(join(project, 'notes.txt'), 'a file');
    const { error, asked } = await runIn(project, { out: join(project, 'notes.txt', 'out') });
    expectOutputError(error, new RegExp(`notes\\.txt/out: cannot write to this folder: ${project}/notes\\.txt is not a folder`));
    expect(asked).toEqual([]);
    // Nothing left behind, not even the locales folder made before the bad one was found.
    expect(await tree(project)).toEqual(['notes.txt']);
  });

  it('refuses an --out that names a file, or /dev/null', async () => {
    const project = await scratch();
    await writeFile(join(project, 'report.txt'), 'a file');
    const named = await runIn(project, { out: join(project, 'report.txt') });
    expectOutputError(named.error, /report\.txt: cannot write to this folder: it is not a folder/);
    const device = await runIn(project, { out: '/dev/null' });
    expectOutputError(device.error, /^\/dev\/null: cannot write to this folder: it is not a folder/);
    expect([...named.asked, ...device.asked]).toEqual([]);
  });

  it.skipIf(!existsSync('/proc/self'))('fails at once on /proc, where mkdir never succeeds (no endless retry)', async () => {
    const project = await scratch();
    const { error, asked } = await runIn(project, { locales: '/proc/wire-l10n-test/locales' });
    expectOutputError(error, /^\/proc\/wire-l10n-test\/locales: cannot write to this folder: the file system does not let files be created here/);
    expect(asked).toEqual([]);
  }, 20_000);

  it('refuses a folder that a symbolic link takes outside --out, writing nothing there', async () => {
    const project = await scratch();
    const elsewhere = await scratch();
    await mkdir(join(project, 'out'));
    await symlink(elsewhere, join(project, 'out', 'xliff-1.2'));
    const { error, asked } = await runIn(project, {});
    expectOutputError(error, /out\/xliff-1\.2: a symbolic link takes this folder to .*, outside .*out: refusing to write there/);
    expect(asked).toEqual([]);
    expect(await tree(elsewhere)).toEqual([]);
  });

  it('takes an --out that is itself a link: the user named it', async () => {
    const project = await scratch();
    const elsewhere = await scratch();
    await symlink(elsewhere, join(project, 'out'));
    const { error } = await runIn(project, {});
    expect(error).toBeUndefined();
    expect(await tree(elsewhere)).toContain('report.json');
  });
});

describe('only a regular file is read or replaced at an output path', () => {
  it('refuses a named pipe (it used to hang reading it), and writes none of the run\'s files', async () => {
    const project = await scratch();
    await mkdir(join(project, 'out'), { recursive: true });
    expect(spawnSync('mkfifo', [storyPath(project)]).status).toBe(0);
    const { error } = await runIn(project, {});
    expectOutputError(error, /\.fr\.txt: this output path is a named pipe \(FIFO\), not a regular file: refusing to read or replace it/);
    expect(lstatSync(storyPath(project)).isFIFO()).toBe(true);
    // Folders are made and probed before any work (the review pages' too); no file is written.
    expect(await tree(project)).toEqual(['locales', 'locales/en', 'locales/fr', 'out', 'out/review', `out/${story.id}.fr.txt`, 'out/xliff-1.2']);
  }, 20_000);

  const mknod = (path: string) => spawnSync('mknod', [path, 'c', '1', '3']).status === 0;
  it('refuses a device node instead of renaming over it', async () => {
    const project = await scratch();
    await mkdir(join(project, 'out'), { recursive: true });
    if (!mknod(storyPath(project))) return void console.warn('skipping the device-node case: mknod is not permitted here');
    const { error } = await runIn(project, {});
    expectOutputError(error, /this output path is a device, not a regular file/);
    expect(lstatSync(storyPath(project)).isCharacterDevice()).toBe(true);
  });

  it('refuses a symbolic link at an output path, leaving the file it points to alone', async () => {
    const project = await scratch();
    const outside = join(await scratch(), 'secret.txt');
    await writeFile(outside, 'not for publication');
    await mkdir(join(project, 'out'), { recursive: true });
    await symlink(outside, storyPath(project));
    const { error } = await runIn(project, {});
    expectOutputError(error, /this output path is a symbolic link, not a regular file/);
    expect(await readFile(outside, 'utf8')).toBe('not for publication');
  });
});

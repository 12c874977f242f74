/**
 * The folder-wide outputs written apart from the job (issue #15 §5): a job that defers them writes
 * none; `writeFolderOutputs` writes them from the store alone, as `run` would have; and of two
 * writers overlapping, the one that renamed last with an older view knows it.
 */
import { describe, expect, it } from 'vitest';
import { writeFolderOutputs } from '../../src/job/folder-outputs.js';
import { runJob, type RunServices } from '../../src/job/run.js';
import type { Article } from '../../src/model.js';
import { pseudoEngine } from '../../src/mt/engines/pseudo.js';
import type { ProjectReport } from '../../src/report/index.js';
import { OWED_FINGERPRINT } from '../../src/store/store.js';
import { streamedContent } from '../../src/io/atomic-write.js';
import { articleOf, entry, glossaryOf } from '../helpers/builders.js';
import { jobOptions, memoryJobWorld } from '../helpers/job-world.js';

const glossary = glossaryOf(entry('Baghdad', { fr: 'Bagdad', ar: 'بغداد' }, { type: 'name', caseSensitive: true }));
const story = (name: string, headline: string): Article =>
  articleOf([['headline', headline], ['paragraph', `Delegations met in Baghdad about the ${name}. They agreed.`]], {
    id: `${name}-2024-11-23`,
    source: { path: `${name}.txt`, format: 'text' },
  });
const talks = story('talks', 'Talks open in Baghdad');
const port = story('port', 'Port reopens');
const stories = [talks, port];
const folderFiles = ['out/report.json', 'out/review/index.html'];
const reportIds = (disk: Map<string, string>) => (JSON.parse(disk.get('out/report.json')!) as ProjectReport).articles.map((article) => article.id);

describe('the folder-wide outputs written apart from the job', () => {
  it('a job that defers them writes neither; writeFolderOutputs then writes the bytes run writes', async () => {
    const reference = await memoryJobWorld(glossary);
    await runJob(jobOptions(pseudoEngine, ['talks.txt', 'port.txt']), reference.services(stories));

    const world = await memoryJobWorld(glossary);
    const options = jobOptions(pseudoEngine, ['talks.txt'], { deferFolderOutputs: true });
    const first = await runJob(options, world.services(stories));
    await runJob({ ...options, inputs: ['port.txt'] }, world.services(stories));
    for (const path of folderFiles) expect(world.disk.has(path)).toBe(false);
    expect(first.written).not.toContain('out/report.json');
    // The stories are there all the same.
    expect(world.disk.has('out/talks-2024-11-23.report.json')).toBe(true);

    const written = await writeFolderOutputs(options, world.services(stories));
    expect(written).toEqual({ written: folderFiles.slice().reverse(), removed: [], current: true });
    for (const path of folderFiles) expect(world.disk.get(path), path).toBe(reference.disk.get(path));
    // Nothing changed since: nothing written again.
    expect((await writeFolderOutputs(options, world.services(stories))).written).toEqual([]);
  });

  it('remove the review index once no story has a page, and say so only when there was one', async () => {
    const world = await memoryJobWorld(glossary);
    const options = jobOptions(pseudoEngine, ['talks.txt', 'port.txt'], { review: false });
    await runJob(options, world.services(stories));
    expect(world.disk.has('out/review/index.html')).toBe(false);
    expect((await writeFolderOutputs(options, world.services(stories))).removed).toEqual([]);
    // An index left from before (written by hand here): removed, and named.
    world.disk.set('out/review/index.html', '<!doctype html>');
    expect((await writeFolderOutputs(options, world.services(stories))).removed).toEqual(['out/review/index.html']);
    expect(world.disk.has('out/review/index.html')).toBe(false);
  });

  it('are written all the same by a job that regenerates a story an import left owed', async () => {
    const { disk, store, services } = await memoryJobWorld(glossary);
    const options = jobOptions(pseudoEngine, ['talks.txt']);
    await runJob(options, services(stories));
    const record = (await store.outputs.get('talks.txt'))!;
    await store.outputs.put('talks.txt', { ...record, fingerprint: OWED_FINGERPRINT });
    disk.delete('out/report.json');

    const result = await runJob({ ...options, deferFolderOutputs: true }, services(stories));
    expect(result.written).toContain('out/report.json');
    // The debt is paid: the record is today's.
    expect((await store.outputs.get('talks.txt'))?.fingerprint).not.toBe(OWED_FINGERPRINT);
  });

  it('says the view is not current when the store changed while it wrote, and a write again has the newest', async () => {
    const { disk, services } = await memoryJobWorld(glossary);
    const options = jobOptions(pseudoEngine, ['talks.txt'], { deferFolderOutputs: true });
    await runJob(options, services(stories));
    // A slow writer: it reads the store (the files' content) now, and renames only when released.
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    let read: () => void = () => undefined;
    const hasRead = new Promise<void>((resolve) => (read = resolve));
    const slow: RunServices = {
      ...services(stories),
      writeStreamedOutput: async (file) => {
        const content = await streamedContent(file);
        if (file.path === 'out/report.json') {
          read();
          await released;
        }
        disk.set(file.path, content);
        return true;
      },
    };
    const slowWrite = writeFolderOutputs(options, slow);
    await hasRead;
    // Meanwhile another worker records port and writes the folder's outputs, from the newer store.
    await runJob({ ...options, inputs: ['port.txt'] }, services(stories));
    expect((await writeFolderOutputs(options, services(stories))).current).toBe(true);
    expect(reportIds(disk)).toEqual(['port-2024-11-23', 'talks-2024-11-23']);

    // The slow writer renames last, with its older view: it knows.
    release();
    expect((await slowWrite).current).toBe(false);
    expect(reportIds(disk)).toEqual(['talks-2024-11-23']);
    expect(await writeFolderOutputs(options, services(stories))).toMatchObject({ current: true });
    expect(reportIds(disk)).toEqual(['port-2024-11-23', 'talks-2024-11-23']);
  });
});

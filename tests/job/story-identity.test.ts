import { describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../../src/errors.js';
import { runJob } from '../../src/job/run.js';
import type { Article } from '../../src/model.js';
import { pseudoEngine } from '../../src/mt/engines/pseudo.js';
import { articleOf, glossaryOf } from '../helpers/builders.js';
import { jobOptions, memoryJobWorld } from '../helpers/job-world.js';

/** A story in file `path` whose id is `id` (the same headline slug and no date, or the same front-matter id). */
const storyAt = (path: string, paragraph: string, extra: Partial<Article> = {}): Article =>
  articleOf([['headline', 'Minister resigns'], ['paragraph', paragraph]], {
    id: 'minister-resigns',
    source: { path, format: 'text' },
    ...extra,
  });

const first = storyAt('desk/a.txt', 'The interior minister resigned on Monday.');
const second = storyAt('desk/b.txt', 'The health minister resigned on Tuesday.');
const options = (inputs: string[]) => jobOptions(pseudoEngine, inputs, { targetLangs: ['fr'] });

describe('story identity across runs', () => {
  it('refuses a second story file with a taken id, naming both files, and leaves the first one\'s outputs alone', async () => {
    const { services, disk } = await memoryJobWorld(glossaryOf());
    await runJob(options(['desk/a.txt']), services([first]));
    const before = new Map(disk);
    const refusal = await runJob(options(['desk/b.txt']), services([second])).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(InputError);
    expect((refusal as InputError).describe()).toBe(
      'desk/b.txt:1: article id "minister-resigns" belongs to desk/a.txt (version 1), whose outputs this story would overwrite',
    );
    expect((refusal as InputError).hint).toMatch(/own `id`.*`version: 2`/);
    expect(disk).toEqual(before);
    expect(disk.get('locales/en/minister-resigns.json')).toContain('interior minister');
  });

  it('lets a newer version of the story in another file take the id, and then refuses the older file', async () => {
    const { services, disk, store } = await memoryJobWorld(glossaryOf());
    await runJob(options(['desk/a.txt']), services([first]));
    const writeThru = { ...second, version: 2 };
    await runJob(options(['desk/b.txt']), services([writeThru]));
    expect(disk.get('locales/en/minister-resigns.json')).toContain('health minister');
    expect(await store.stories.get('minister-resigns')).toEqual({ inputKey: 'desk/b.txt', version: 2 });
    await expect(runJob(options(['desk/a.txt']), services([first]))).rejects.toThrow(/belongs to desk\/b\.txt \(version 2\)/);
  });

  it('lets the same file be run again however it is spelled, whatever its version says', async () => {
    const { services, store } = await memoryJobWorld(glossaryOf());
    await runJob(options(['desk/a.txt']), services([{ ...first, version: 3 }]));
    const respelled = { ...first, source: { path: './desk//a.txt', format: 'text' as const } };
    await runJob(options(['./desk//a.txt']), services([respelled]));
    expect(await store.stories.get('minister-resigns')).toEqual({ inputKey: './desk//a.txt', version: 1 });
  });

  it('frees the id an input had when its headline changes', async () => {
    const { services } = await memoryJobWorld(glossaryOf());
    await runJob(options(['desk/a.txt']), services([first]));
    await runJob(options(['desk/a.txt']), services([{ ...first, id: 'minister-quits' }]));
    await runJob(options(['desk/b.txt']), services([second]));
  });

  it('says a file named twice in one run is given twice, not that it conflicts with itself', async () => {
    const { services, disk } = await memoryJobWorld(glossaryOf());
    const twice = runJob(options(['desk/a.txt', './desk/a.txt']), services([first]));
    await expect(twice).rejects.toThrow(UsageError);
    await expect(twice).rejects.toThrow('story ./desk/a.txt is given twice (as desk/a.txt and ./desk/a.txt)');
    expect(disk.size).toBe(0);
  });

  it('claims nothing in a dry run', async () => {
    const { services, store } = await memoryJobWorld(glossaryOf());
    await runJob({ ...options(['desk/a.txt']), dryRun: true }, services([first]));
    expect(await store.stories.get('minister-resigns')).toBeUndefined();
  });
});

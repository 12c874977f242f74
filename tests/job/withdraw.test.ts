import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { checkJob, runJob } from '../../src/job/run.js';
import { isWithdrawal } from '../../src/job/withdraw.js';
import type { Article } from '../../src/model.js';
import { pseudoEngine } from '../../src/mt/engines/pseudo.js';
import type { JobReport } from '../../src/report/index.js';
import { articleOf, glossaryOf } from '../helpers/builders.js';
import { jobOptions, memoryJobWorld } from '../helpers/job-world.js';

const story = (id: string, path: string, extra: Partial<Article> = {}): Article =>
  articleOf([['headline', `Headline of ${id}`], ['paragraph', `The paragraph of ${id}.`]], { id, source: { path, format: 'text' }, ...extra });

const kept = story('storm', 'in/storm.txt');
const doomed = story('rumour', 'in/rumour.txt', { version: 2 });
const notice = story('rumour', 'in/kill.txt', { version: 3, pubStatus: 'withdrawn' });
const options = (inputs: string[]) => jobOptions(pseudoEngine, inputs, { targetLangs: ['fr'] });

describe('a kill or withdrawal in the job', () => {
  it('tells a kill or withdrawal from a usable item', () => {
    expect(isWithdrawal({ pubStatus: 'withdrawn' })).toBe(true);
    expect(isWithdrawal({ pubStatus: 'canceled' })).toBe(true);
    expect(isWithdrawal({ pubStatus: 'usable' })).toBe(false);
    expect(isWithdrawal({})).toBe(false);
  });

  it('removes the story\'s outputs and its record instead of translating the notice; report.json and the review index list it no more; other stories stay', async () => {
    const { services, disk, store } = await memoryJobWorld(glossaryOf());
    await runJob(options(['in/storm.txt', 'in/rumour.txt']), services([kept, doomed]));
    const rumourFiles = [...disk.keys()].filter((path) => path.includes('rumour'));
    expect(rumourFiles.length).toBeGreaterThan(3);
    const stormFiles = new Map([...disk].filter(([path]) => path.includes('storm')));

    const result = await runJob(options(['in/kill.txt', 'in/storm.txt']), services([notice, kept]));
    expect(result.withdrawn).toEqual([{ articleId: 'rumour', inputKey: 'in/rumour.txt', files: expect.arrayContaining(rumourFiles) }]);
    expect([...disk.keys()].filter((path) => path.includes('rumour'))).toEqual([]);
    expect(new Map([...disk].filter(([path]) => path.includes('storm')))).toEqual(stormFiles);
    expect(await store.outputs.get('in/rumour.txt')).toBeUndefined();
    expect(await store.outputs.get('in/kill.txt')).toBeUndefined();
    expect(result.report.articles.map((article) => article.id)).toEqual(['storm']);
    const report = JSON.parse(disk.get('out/report.json')!) as JobReport;
    expect(report.articles.map((article) => article.id)).toEqual(['storm']);
    expect(disk.get('out/review/index.html')).not.toContain('rumour');
    // The id stays the story's: an older version cannot take it back.
    expect(await store.stories.get('rumour')).toEqual({ inputKey: 'in/rumour.txt', version: 2 });

    // Run again (after a crash, or twice): nothing left to take away, nothing else changes.
    const again = await runJob(options(['in/kill.txt', 'in/storm.txt']), services([notice, kept]));
    expect(again.withdrawn).toEqual([]);
    expect(again.written).toEqual([]);
  });

  it('makes check ask for the withdrawn files to go', async () => {
    const { services } = await memoryJobWorld(glossaryOf());
    await runJob(options(['in/rumour.txt']), services([doomed]));
    const check = await checkJob(options(['in/kill.txt']), services([notice]));
    expect(check.stale.filter((stale) => stale.path.includes('rumour')).every((stale) => stale.problem === 'should not exist')).toBe(true);
    expect(check.stale.some((stale) => stale.path === 'out/rumour.fr.txt')).toBe(true);
  });

  it('takes nothing away for a story that has no outputs here', async () => {
    const { services, disk } = await memoryJobWorld(glossaryOf());
    await runJob(options(['in/storm.txt']), services([kept]));
    const before = new Map(disk);
    const unknown = story('unknown', 'in/kill.txt', { pubStatus: 'canceled' });
    const result = await runJob(options(['in/kill.txt', 'in/storm.txt']), services([unknown, kept]));
    expect(result.withdrawn).toEqual([]);
    expect(disk).toEqual(before);
  });

  it('refuses a notice older than the version whose outputs are here, at its file', async () => {
    const { services, disk } = await memoryJobWorld(glossaryOf());
    await runJob(options(['in/rumour.txt']), services([doomed]));
    const before = new Map(disk);
    const stale = story('rumour', 'in/kill.txt', { version: 1, pubStatus: 'withdrawn' });
    const refusal = await runJob(options(['in/kill.txt']), services([stale])).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(InputError);
    expect((refusal as InputError).describe()).toMatch(/^in\/kill\.txt:1: the withdrawn notice for "rumour" is version 1, older than version 2/);
    expect(disk).toEqual(before);
  });
});

import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { runJob } from '../../src/job/run.js';
import { isWithdrawal, withdrawStory } from '../../src/job/withdraw.js';
import type { Article } from '../../src/model.js';
import { pseudoEngine } from '../../src/mt/engines/pseudo.js';
import type { JobReport } from '../../src/report/index.js';
import { articleOf, glossaryOf } from '../helpers/builders.js';
import { jobOptions, memoryJobWorld } from '../helpers/job-world.js';

const story = (id: string, path: string, extra: Partial<Article> = {}): Article =>
  articleOf([['headline', `Headline of ${id}`], ['paragraph', `The paragraph of ${id}.`]], { id, source: { path, format: 'text' }, ...extra });

const kept = story('storm', 'in/storm.txt');
const doomed = story('rumour', 'in/rumour.txt', { version: 2 });
const options = (inputs: string[]) => jobOptions(pseudoEngine, inputs, { targetLangs: ['fr'] });

describe('withdrawing a story', () => {
  it('tells a kill or withdrawal from a usable item', () => {
    expect(isWithdrawal(story('a', 'a.txt', { pubStatus: 'withdrawn' }))).toBe(true);
    expect(isWithdrawal(story('a', 'a.txt', { pubStatus: 'canceled' }))).toBe(true);
    expect(isWithdrawal(story('a', 'a.txt', { pubStatus: 'usable' }))).toBe(false);
    expect(isWithdrawal(story('a', 'a.txt'))).toBe(false);
  });

  it('removes its outputs and its record, and the project report and review index list it no more; other stories stay', async () => {
    const { services, disk, store } = memoryJobWorld(glossaryOf());
    await runJob(options(['in/storm.txt', 'in/rumour.txt']), services([kept, doomed]));
    const rumourFiles = [...disk.keys()].filter((path) => path.includes('rumour'));
    expect(rumourFiles.length).toBeGreaterThan(3);
    const stormFiles = new Map([...disk].filter(([path]) => path.includes('storm')));

    const notice = story('rumour', 'in/kill.txt', { version: 3, pubStatus: 'withdrawn' });
    const withdrawal = await withdrawStory(notice, options([]), services([]));
    expect([...withdrawal.removed].sort()).toEqual(rumourFiles.sort());
    expect([...disk.keys()].filter((path) => path.includes('rumour'))).toEqual([]);
    expect(new Map([...disk].filter(([path]) => path.includes('storm')))).toEqual(stormFiles);
    expect(store.outputs.get('in/rumour.txt')).toBeUndefined();
    const report = JSON.parse(disk.get('out/report.json')!) as JobReport;
    expect(report.articles.map((article) => article.id)).toEqual(['storm']);
    expect(disk.get('out/review/index.html')).not.toContain('rumour');
  });

  it('removes nothing for a story that has no outputs here', async () => {
    const { services, disk } = memoryJobWorld(glossaryOf());
    await runJob(options(['in/storm.txt']), services([kept]));
    const before = new Map(disk);
    const withdrawal = await withdrawStory(story('unknown', 'in/kill.txt', { pubStatus: 'canceled' }), options([]), services([]));
    expect(withdrawal.removed).toEqual([]);
    expect(disk).toEqual(before);
  });

  it('refuses a notice older than the version whose outputs are here, at its file', async () => {
    const { services, disk } = memoryJobWorld(glossaryOf());
    await runJob(options(['in/rumour.txt']), services([doomed]));
    const before = new Map(disk);
    const stale = story('rumour', 'in/kill.txt', { version: 1, pubStatus: 'withdrawn' });
    const refusal = await withdrawStory(stale, options([]), services([])).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(InputError);
    expect((refusal as InputError).describe()).toMatch(/^in\/kill\.txt:1: the withdrawn notice for "rumour" is version 1, older than version 2/);
    expect(disk).toEqual(before);
  });
});

/**
 * Jobs of two processes (a store each) on one engine account: the account's limits reach every
 * dispatch of a job through `RunServices.accountLimits`.
 */
import { describe, expect, it } from 'vitest';
import { runJob } from '../../src/job/run.js';
import type { Article } from '../../src/model.js';
import { accountLimitsOver, memoryLimitsStore } from '../../src/mt/account-limits.js';
import { realSleep } from '../../src/mt/pacing.js';
import { articleOf, glossaryOf } from '../helpers/builders.js';
import { countingEngine, jobOptions, memoryJobWorld } from '../helpers/job-world.js';

const story = (id: string): Article =>
  articleOf([['headline', `Headline of ${id}`], ['paragraph', `The first paragraph of ${id}.`]], { id, source: { path: `in/${id}.txt`, format: 'text' } });

describe('jobs sharing one engine account', () => {
  it('spend one budget: the second process stops with `budget` where its own budget alone would not', async () => {
    const limits = accountLimitsOver(memoryLimitsStore({ maxCharacters: 60 }, Date.now), { sleep: realSleep });
    const { engine, asked } = countingEngine();
    const first = await memoryJobWorld(glossaryOf());
    const second = await memoryJobWorld(glossaryOf());
    const options = (id: string) => jobOptions(engine, [`in/${id}.txt`], { targetLangs: ['fr'], maxCharacters: 60 });

    const spent = await runJob(options('storm'), { ...first.services([story('storm')]), accountLimits: limits });
    expect(spent.stopped).toBeUndefined();
    expect(asked).toHaveLength(2);

    const refused = await runJob(options('flood'), { ...second.services([story('flood')]), accountLimits: limits });
    expect(refused.stopped).toMatchObject({ reason: 'budget', message: expect.stringMatching(/shared by every process on the account/) });
    expect(asked).toHaveLength(2);
    // alone, the same job fits its own budget
    const alone = await runJob(options('flood'), (await memoryJobWorld(glossaryOf())).services([story('flood')]));
    expect(alone.stopped).toBeUndefined();
  });
});

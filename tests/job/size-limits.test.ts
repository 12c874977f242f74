import { describe, expect, it } from 'vitest';
import { runJob } from '../../src/job/run.js';
import { pseudoEngine } from '../../src/mt/engines/pseudo.js';
import { articleOf, glossaryOf } from '../helpers/builders.js';
import { jobOptions, memoryJobWorld } from '../helpers/job-world.js';

const story = articleOf([['headline', 'Dockers end their strike in Marseille'], ['paragraph', 'Ships sailed on Friday.']], { id: 'port-2026-11-20' });

describe('the newsroom size limits in a job', () => {
  it('flags an over-long headline in the report and tells the translator in the XLIFF note', async () => {
    const { services, disk } = await memoryJobWorld(glossaryOf());
    const result = await runJob(jobOptions(pseudoEngine, ['test.txt'], { targetLangs: ['fr'], xliffSizeLimits: { headline: 30 } }), services([story]));
    expect(result.report.articles[0]!.languages['fr']!.findings).toEqual({ 'qa/size-limit': 1 });
    const xliff = disk.get('out/xliff-1.2/port-2026-11-20.fr.xlf')!;
    expect(xliff).toMatch(/must fit in 30 characters \(the whole headline, all its segments together\)\. It has \d+ now: shorten it\./);
  });

  it('says nothing when the headline fits', async () => {
    const { services } = await memoryJobWorld(glossaryOf());
    const result = await runJob(jobOptions(pseudoEngine, ['test.txt'], { targetLangs: ['fr'], xliffSizeLimits: { headline: 200 } }), services([story]));
    expect(result.report.articles[0]!.languages['fr']!.findings).toEqual({});
  });
});

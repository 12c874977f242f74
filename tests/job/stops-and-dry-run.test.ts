import { describe, expect, it } from 'vitest';
import { runJob, type RunOptions } from '../../src/job/run.js';
import type { Article } from '../../src/model.js';
import type { TranslationEngine } from '../../src/mt/engine.js';
import { articleOf, glossaryOf } from '../helpers/builders.js';
import { jobOptions, memoryJobWorld } from '../helpers/job-world.js';
import { meteredEngine } from '../helpers/metered-engine.js';

const stories: Article[] = [1, 2, 3, 4].map((n) =>
  articleOf(
    [
      ['headline', `Story ${n} opens`],
      ['paragraph', `Officials in city ${n} met on Friday. They agreed on a plan ${n}.`],
      ['paragraph', `The plan ${n} takes effect next week.`],
    ],
    { id: `story-${n}`, source: { path: `s${n}.txt`, format: 'text' } },
  ),
);

async function world() {
  const { services, ...rest } = await memoryJobWorld(glossaryOf());
  return { ...rest, services: services(stories) };
}

const options = (engine: TranslationEngine, patch: Partial<RunOptions> = {}): RunOptions =>
  jobOptions(engine, stories.map((story) => story.source.path), patch);

describe('a job stopped by the quota', () => {
  it('writes what was translated, and a re-run resumes to the same outputs, report.json and findings included, without re-sending anything', async () => {
    const reference = await world();
    const full = meteredEngine();
    const uninterrupted = await runJob(options(full.engine), reference.services);
    expect(uninterrupted.report.articles[0]!.languages['fr']!.findings['mt/placeholder-missing']).toBeGreaterThan(0);

    const interrupted = await world();
    const first = meteredEngine(10);
    const stoppedRun = await runJob(options(first.engine), interrupted.services);
    expect(stoppedRun.stopped).toEqual({ reason: 'quota', message: 'Quota exceeded' });
    expect(first.sent.length).toBeLessThanOrEqual(10);
    expect(interrupted.disk.has('out/report.json')).toBe(true);
    expect([...interrupted.disk.keys()].filter((path) => path.endsWith('.txt')).length).toBeLessThan(8);

    const second = meteredEngine();
    const resumed = await runJob(options(second.engine), interrupted.services);
    expect(resumed.stopped).toBeUndefined();
    expect([...first.sent, ...second.sent].sort()).toEqual([...full.sent].sort());
    expect(interrupted.disk).toEqual(reference.disk);
    const keys = await interrupted.store.mtCache.requestedKeys();
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('a character budget', () => {
  it('stops before going over and resumes with a larger one', async () => {
    const { services, store } = await world();
    const metered = meteredEngine();
    const limited = await runJob(options(metered.engine, { maxCharacters: 200 }), services);
    expect(limited.stopped?.reason).toBe('budget');
    expect((await store.mtCache.usage()).reduce((sum, row) => sum + row.characters, 0)).toBeLessThanOrEqual(200);
    const rest = await runJob(options(metered.engine), services);
    expect(rest.stopped).toBeUndefined();
    expect(rest.report.totals.languages['fr']).toMatchObject({ untranslated: 0 });
  });
});

describe('a dry run', () => {
  it('counts the characters each language would send, sending and writing nothing', async () => {
    const { services, disk, store } = await world();
    const metered = meteredEngine();
    const result = await runJob(options(metered.engine, { dryRun: true }), services);
    expect(metered.sent).toEqual([]);
    expect(disk.size).toBe(0);
    expect(await store.mtCache.requestedKeys()).toEqual([]);
    // every block's characters, less the space between the two sentences of each first paragraph
    const perLanguage = stories.flatMap((story) => story.blocks).reduce((sum, block) => sum + block.text.length, 0) - stories.length;
    expect(result.workload['fr']).toEqual({ units: 16, characters: perLanguage });
    expect(result.workload['ar']).toEqual(result.workload['fr']);
  });
});

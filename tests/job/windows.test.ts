import { describe, expect, it } from 'vitest';
import { checkJob, runJob, type RunOptions } from '../../src/job/run.js';
import type { Article } from '../../src/model.js';
import type { TranslationEngine } from '../../src/mt/engine.js';
import { articleOf, glossaryOf } from '../helpers/builders.js';
import { collect } from '../helpers/collect.js';
import { jobOptions, memoryJobWorld } from '../helpers/job-world.js';
import { meteredEngine } from '../helpers/metered-engine.js';

/** Five stories sharing one sentence, so that windows of one or two stories meet it again. */
const stories: Article[] = [1, 2, 3, 4, 5].map((n) =>
  articleOf(
    [
      ['headline', `Council ${n} meets`],
      ['paragraph', `The council of town ${n} met on Monday. The meeting was public.`],
      ['paragraph', `It approved budget ${n} by a narrow vote.`],
    ],
    { id: `town-${n}`, source: { path: `t${n}.txt`, format: 'text' } },
  ),
);
const shared = 'The meeting was public.';

async function world() {
  const made = await memoryJobWorld(glossaryOf());
  const sets: string[][] = [];
  const base = made.services(stories);
  const services = {
    ...base,
    writeOutputs: async (files: Parameters<typeof base.writeOutputs>[0]) => {
      sets.push(files.map((file) => file.path));
      return base.writeOutputs(files);
    },
    writeStreamedOutput: async (file: Parameters<typeof base.writeStreamedOutput>[0]) => {
      sets.push([file.path]);
      return base.writeStreamedOutput(file);
    },
  };
  return { ...made, services, sets };
}

const options = (engine: TranslationEngine, patch: Partial<RunOptions> = {}): RunOptions =>
  jobOptions(engine, stories.map((story) => story.source.path), patch);

describe('a job in windows', () => {
  it('hands over each story\'s report as it is done, in input order, up-to-date ones too', async () => {
    const { services } = await world();
    const reports = () => {
      const ids: string[] = [];
      return { ids, services: { ...services, onStoryReport: (report: { id: string }) => ids.push(report.id) } };
    };
    const first = reports();
    await runJob(options(meteredEngine().engine, { windowSize: 2 }), first.services);
    expect(first.ids).toEqual(stories.map((story) => story.id));
    const again = reports();
    const result = await runJob(options(meteredEngine().engine, { windowSize: 2 }), again.services);
    expect(result.skipped).toBe(stories.length);
    expect(again.ids).toEqual(stories.map((story) => story.id));
  });

  it('writes each story as one set as soon as it is done, records them before the folder, the folder last, the same bytes as one window', async () => {
    const whole = await world();
    const one = await runJob(options(meteredEngine().engine), whole.services);
    const windowed = await world();
    const recordedBefore: number[] = [];
    const services = {
      ...windowed.services,
      writeOutputs: async (files: Parameters<typeof windowed.services.writeOutputs>[0]) => {
        recordedBefore.push((await collect(windowed.store.outputs.list())).length);
        return windowed.services.writeOutputs(files);
      },
      writeStreamedOutput: async (file: Parameters<typeof windowed.services.writeStreamedOutput>[0]) => {
        recordedBefore.push((await collect(windowed.store.outputs.list())).length);
        return windowed.services.writeStreamedOutput(file);
      },
    };
    const result = await runJob(options(meteredEngine().engine, { windowSize: 2 }), services);

    expect(windowed.disk).toEqual(whole.disk);
    expect(result.report).toEqual(one.report);
    // Five story sets, each naming one story, then the review index and report.json.
    expect(windowed.sets).toHaveLength(7);
    windowed.sets.slice(0, 5).forEach((set, i) => expect(set.every((path) => path.includes(`town-${i + 1}`))).toBe(true));
    expect(windowed.sets.slice(5)).toEqual([['out/review/index.html'], ['out/report.json']]);
    // Records follow their files, committed together (story-records.ts), all before the folder's outputs.
    expect(recordedBefore).toEqual([0, 0, 0, 0, 0, 5, 5]);
  });

  it('sends a sentence repeated across windows once, and a dry run counts it once', async () => {
    const metered = meteredEngine();
    const { services } = await world();
    const dry = await runJob(options(metered.engine, { windowSize: 1, dryRun: true }), services);
    const dryWhole = await runJob(options(metered.engine, { dryRun: true }), (await world()).services);
    expect(dry.workload).toEqual(dryWhole.workload);
    expect(metered.sent).toEqual([]);

    const run = await runJob(options(metered.engine, { windowSize: 1 }), services);
    expect(metered.sent.filter((sent) => sent === `fr:${shared}`)).toHaveLength(1);
    expect(run.workload).toEqual(dryWhole.workload);
    expect(run.stats.fromCache).toBe(2 * (stories.length - 1));
  });

  it('prepares the engine once for the whole job', async () => {
    let prepared = 0;
    const base = meteredEngine().engine;
    const engine: TranslationEngine = { ...base, prepare: async () => void (prepared += 1) };
    await runJob(options(engine, { windowSize: 1 }), (await world()).services);
    expect(prepared).toBe(1);
  });

  it('keeps one character budget for the whole job, and resumes to the same outputs', async () => {
    const reference = await world();
    await runJob(options(meteredEngine().engine), reference.services);
    const limited = await world();
    const metered = meteredEngine();
    const first = await runJob(options(metered.engine, { windowSize: 1, maxCharacters: 150 }), limited.services);
    expect(first.stopped?.reason).toBe('budget');
    expect((await limited.store.mtCache.usage()).reduce((sum, row) => sum + row.characters, 0)).toBeLessThanOrEqual(150);
    // Stories the engine did not finish are not recorded: computed again on the next run.
    expect((await collect(limited.store.outputs.list())).length).toBeLessThan(stories.length);
    const rest = await runJob(options(metered.engine, { windowSize: 1 }), limited.services);
    expect(rest.stopped).toBeUndefined();
    expect(limited.disk).toEqual(reference.disk);
  });

  it('check in windows finds nothing stale after a run, and names a story changed on disk', async () => {
    const { services, disk } = await world();
    await runJob(options(meteredEngine().engine), services);
    const engine = { ...meteredEngine().engine, offline: true };
    expect((await checkJob(options(engine, { windowSize: 2 }), services)).stale).toEqual([]);
    disk.set('out/xliff-1.2/town-4.fr.xlf', 'edited');
    const stale = await checkJob(options(engine, { windowSize: 2 }), services);
    expect(stale.stale).toEqual([{ path: 'out/xliff-1.2/town-4.fr.xlf', problem: 'out of date' }]);
  });
});

/**
 * A worker's jobs run as one job (issue #15 §1: the stages keep their shape): the batcher's rules
 * alone, then a worker in this process on a private Redis: N stories with concurrency N through
 * one `runQueuedStories` whose engine requests are packed as one `run` of the same stories packs
 * them; a quota stop leaving the job for a retry; an embargo delaying it until the lift.
 */
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Batcher } from '../../src/queue/batcher.js';
import { runQueuedStories } from '../../src/queue/run-stories.js';
import type { QueueLocation } from '../../src/queue/location.js';
import { openStoryQueue } from '../../src/queue/story-queue.js';
import { startStoryWorker, type WorkerEvent } from '../../src/queue/story-worker.js';
import { runJob } from '../../src/job/run.js';
import { readStory } from '../../src/formats/index.js';
import { engineSettingsOf, type TranslationEngine } from '../../src/mt/engine.js';
import { glossaryOf } from '../helpers/builders.js';
import { generateStories, storyText } from '../helpers/generate-stories.js';
import { jobOptions, memoryJobWorld } from '../helpers/job-world.js';
import { meteredEngine } from '../helpers/metered-engine.js';
import { skipReason, startRedis, type PrivateServer } from '../helpers/servers.js';

describe('the batcher', () => {
  it('starts a batch when it is full, and gives each item its own outcome', async () => {
    const batches: number[][] = [];
    const batcher = new Batcher<number, string>({ size: 3, lingerMs: 60_000 }, async (items) => {
      batches.push([...items]);
      return items.map((item) => `done ${item}`);
    });
    expect(await Promise.all([1, 2, 3].map((item) => batcher.add(item)))).toEqual(['done 1', 'done 2', 'done 3']);
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it('starts a batch that is not full once it has lingered, and runs batches one after another', async () => {
    const log: string[] = [];
    const batcher = new Batcher<number, number>({ size: 10, lingerMs: 20 }, async (items) => {
      log.push(`start ${items.join(',')}`);
      await new Promise((resolve) => setTimeout(resolve, 30));
      log.push(`end ${items.join(',')}`);
      return items;
    });
    const first = [batcher.add(1), batcher.add(2)];
    await new Promise((resolve) => setTimeout(resolve, 40));
    const second = batcher.add(3);
    expect(await Promise.all([...first, second])).toEqual([1, 2, 3]);
    expect(log).toEqual(['start 1,2', 'end 1,2', 'start 3', 'end 3']);
  });

  it('starts the open batch early for an item that does not fit it', async () => {
    const batches: string[][] = [];
    const batcher = new Batcher<string, string>({ size: 10, lingerMs: 10, fits: (batch, item) => !batch.includes(item) }, async (items) => {
      batches.push([...items]);
      return items;
    });
    await Promise.all(['a', 'b', 'a'].map((item) => batcher.add(item)));
    expect(batches).toEqual([['a', 'b'], ['a']]);
  });

  it("rejects every item of a batch that fails as a whole with the batch's error", async () => {
    const batcher = new Batcher<number, number>({ size: 2, lingerMs: 10 }, async () => {
      throw new Error('the store is gone');
    });
    const outcomes = await Promise.allSettled([batcher.add(1), batcher.add(2)]);
    expect(outcomes.map((outcome) => (outcome.status === 'rejected' ? (outcome.reason as Error).message : 'fulfilled'))).toEqual(['the store is gone', 'the store is gone']);
  });
});

const skip = skipReason('redis');

describe.skipIf(skip)('a worker on Redis', () => {
  let redis: PrivateServer;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => redis?.stop());

  /** The metered engine with room for many texts per request, counting its requests. */
  function packingEngine() {
    const { engine } = meteredEngine();
    let requests = 0;
    const counted: TranslationEngine = {
      ...engine,
      limits: { maxTexts: 50, maxBytes: 100_000 },
      translateBatch: (batch, context) => {
        requests += 1;
        return engine.translateBatch(batch, context);
      },
    };
    return { engine: counted, requests: () => requests };
  }

  /** Enqueues `texts` on a queue of its own with `engine`'s settings; the queue's location and the options. */
  async function enqueued(queueName: string, engine: TranslationEngine, texts: ReadonlyArray<{ input: string; text: string }>) {
    const { inputs: _inputs, ...queued } = { ...jobOptions(engine, []), engine: engineSettingsOf(engine) };
    const location: QueueLocation = { url: redis.url, name: queueName, prefix: 'bull' };
    const queue = await openStoryQueue(location);
    for (const { input, text } of texts) {
      const article = readStory(Buffer.from(text), input);
      await queue.enqueue({ story: { input, id: article.id, version: article.version, bytes: Buffer.from(text).toString('base64') }, options: queued });
    }
    await queue.close();
    return location;
  }

  /** A worker on `location` running its batches in `world` with `engine` until `settled` events have come. */
  async function work(location: QueueLocation, engine: TranslationEngine, settled: (events: readonly WorkerEvent[]) => boolean, concurrency = 8) {
    const world = await memoryJobWorld(glossaryOf());
    const services = { ...world.services([]), engine: () => engine };
    const batches: number[] = [];
    const events: WorkerEvent[] = [];
    const worker = startStoryWorker(
      { ...location, concurrency, lingerMs: 200 },
      (batch) => {
        batches.push(batch.length);
        return runQueuedStories(batch, services);
      },
      (event) => events.push(event),
    );
    const deadline = Date.now() + 30_000;
    while (!settled(events) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    await worker.close();
    return { batches, events };
  }

  it('leaves a job the engine did not finish (quota) for a retry, its error kept', async () => {
    const { engine } = meteredEngine(2);
    const [story] = generateStories(1);
    const location = await enqueued('quota', engine, [{ input: 'stories/one.txt', text: storyText(story!) }]);
    const { events } = await work(location, engine, (events) => events.some((event) => event.event === 'failed'));
    expect(events.find((event) => event.event === 'failed')).toMatchObject({ story: 'stories/one.txt', retry: true, error: expect.stringContaining('the engine stopped (quota') });
    const queue = new Queue(location.name, { connection: { host: '127.0.0.1', port: redis.port, maxRetriesPerRequest: null } });
    const [job] = await queue.getJobs(['delayed']);
    expect(job).toMatchObject({ attemptsMade: 1, failedReason: expect.stringContaining('quota') });
    await queue.close();
  });

  it("delays an embargoed story's job until its embargo lifts", async () => {
    const { engine } = meteredEngine();
    const [story] = generateStories(1);
    const until = new Date(Date.now() + 3_600_000).toISOString().replace(/\.\d+Z$/u, 'Z');
    const location = await enqueued('embargo', engine, [{ input: 'stories/held.txt', text: `---\nembargo: ${until}\n---\n${storyText(story!)}` }]);
    const { events } = await work(location, engine, (events) => events.some((event) => event.event === 'embargoed'));
    expect(events.find((event) => event.event === 'embargoed')).toMatchObject({ story: 'stories/held.txt', until });
    const queue = new Queue(location.name, { connection: { host: '127.0.0.1', port: redis.port, maxRetriesPerRequest: null } });
    const [job] = await queue.getJobs(['delayed']);
    expect(job!.timestamp + job!.delay).toBeGreaterThanOrEqual(Date.parse(until) - 1000);
    expect(await queue.getJobCounts('failed')).toEqual({ failed: 0 });
    await queue.close();
  });

  it('fails a job whose story is older than the version whose outputs are there, from the same file', async () => {
    const { engine } = meteredEngine();
    const [story] = generateStories(1);
    const text = storyText(story!);
    // The newer version queued (and run) first; the older one after it, under the same path.
    const location = await enqueued('versions', engine, [
      { input: 'stories/one.txt', text: `---\nversion: 2\n---\n${text}` },
      { input: 'stories/one.txt', text },
    ]);
    const { events, batches } = await work(location, engine, (events) => events.filter((event) => event.event !== 'working').length === 2);
    expect(batches).toEqual([1, 1]);
    expect(events.filter((event) => event.event === 'done')).toHaveLength(1);
    expect(events.find((event) => event.event === 'failed')).toMatchObject({
      story: 'stories/one.txt',
      retry: false,
      error: expect.stringMatching(/^stories\/one\.txt:1: article id "[^"]+" has the outputs of version 2 \(stories\/one\.txt\); this is version 1$/u),
    });
  });

  it('runs N stories taken with concurrency N through one job, its engine batches packed as one run packs them', async () => {
    const stories = generateStories(6).map((story) => ({ input: `stories/${story.name}.txt`, text: storyText(story) }));
    const { engine, requests } = packingEngine();
    const options = { ...jobOptions(engine, []), engine: engineSettingsOf(engine) };
    const location = await enqueued('packing', engine, stories);
    const { batches } = await work(location, engine, (events) => events.filter((event) => event.event === 'done').length === stories.length, stories.length);
    expect(batches).toEqual([6]);

    // One run of the same six stories: as many requests; six runs of one story each: more.
    const together = packingEngine();
    const articles = stories.map((story) => readStory(Buffer.from(story.text), story.input));
    const one = await memoryJobWorld(glossaryOf());
    await runJob({ ...options, inputs: stories.map((story) => story.input) }, { ...one.services(articles), engine: () => together.engine });
    const apart = packingEngine();
    const each = await memoryJobWorld(glossaryOf());
    for (const story of stories) await runJob({ ...options, inputs: [story.input] }, { ...each.services(articles), engine: () => apart.engine });
    expect(requests()).toBe(together.requests());
    expect(requests()).toBeLessThan(apart.requests());
  });
});

/**
 * A worker's jobs run as one job (issue #15 §1: the stages keep their shape): the batcher's rules
 * alone, then a worker on a private Redis taking N stories with concurrency N through one
 * `runQueuedStories` whose engine requests are packed as one `run` of the same stories packs them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Batcher } from '../../src/queue/batcher.js';
import { runQueuedStories } from '../../src/queue/run-stories.js';
import type { QueueLocation } from '../../src/queue/location.js';
import { openStoryQueue } from '../../src/queue/story-queue.js';
import type { StoryJobData } from '../../src/queue/story-job.js';
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

  it('runs N stories taken with concurrency N through one job, its engine batches packed as one run packs them', async () => {
    const stories = generateStories(6).map((story, i) => ({ input: `stories/${story.name}.txt`, text: storyText(story), i }));
    const { engine, requests } = packingEngine();
    const options = { ...jobOptions(engine, []), engine: engineSettingsOf(engine) };
    const { inputs: _inputs, ...queued } = options;
    const location: QueueLocation = { url: redis.url, name: 'packing', prefix: 'bull' };
    const queue = await openStoryQueue(location);
    for (const story of stories) {
      const article = readStory(Buffer.from(story.text), story.input);
      const data: StoryJobData = { story: { input: story.input, id: article.id, version: article.version, bytes: Buffer.from(story.text).toString('base64') }, options: queued };
      await queue.enqueue(data);
    }
    await queue.close();

    const world = await memoryJobWorld(glossaryOf());
    const services = { ...world.services([]), engine: () => engine };
    const batches: number[] = [];
    const events: WorkerEvent[] = [];
    const worker = startStoryWorker(
      { ...location, concurrency: stories.length, lingerMs: 200 },
      (batch) => {
        batches.push(batch.length);
        return runQueuedStories(batch, services);
      },
      (event) => events.push(event),
    );
    const deadline = Date.now() + 30_000;
    while (events.filter((event) => event.event === 'done').length < stories.length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    await worker.close();
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

/**
 * A store that fails while a job is sending (busy past the timeout, disk full) stops the job with
 * that StoreError (exit 7), and nothing more is sent. Before, every request in flight rejected on
 * its own after the job had already thrown: unhandled rejections, and the process died with exit 1.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runJob } from '../../src/job/run.js';
import type { Article } from '../../src/model.js';
import { StoreError } from '../../src/store/errors.js';
import { articleOf, glossaryOf } from '../helpers/builders.js';
import { jobOptions, memoryJobWorld } from '../helpers/job-world.js';
import { meteredEngine } from '../helpers/metered-engine.js';

const stories: Article[] = [1, 2, 3, 4, 5, 6].map((n) =>
  articleOf(
    [
      ['headline', `Story ${n} opens`],
      ['paragraph', `Officials in city ${n} met on Friday. They agreed on a plan ${n}. Talks went on.`],
      ['paragraph', `The plan ${n} takes effect next week. Aid arrives later.`],
    ],
    { id: `story-${n}`, source: { path: `s${n}.txt`, format: 'text' } },
  ),
);

let unhandled: unknown[] = [];
const record = (reason: unknown): void => {
  unhandled.push(reason);
};
beforeEach(() => {
  unhandled = [];
  process.on('unhandledRejection', record);
});
afterEach(() => {
  process.off('unhandledRejection', record);
});

describe('a store failing in the middle of a job', () => {
  it('stops the job with the StoreError, sends nothing more, and leaves no rejection unhandled', async () => {
    const { services } = await memoryJobWorld(glossaryOf());
    const world = services(stories);
    const commitRequest = world.store.mtCache.commitRequest.bind(world.store.mtCache);
    let commits = 0;
    world.store.mtCache.commitRequest = async (request, entries) => {
      commits += 1;
      if (commits >= 3) throw new StoreError('writing to the store failed: database or disk is full (SQLITE_FULL)', 'store.sqlite');
      await commitRequest(request, entries);
    };
    const { engine, sent } = meteredEngine();
    const concurrency = 4;
    const error = await runJob(jobOptions(engine, stories.map((story) => story.source.path), { concurrency }), world).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('E_STORE');
    // Let every request still in flight settle: none may reject unobserved.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(unhandled).toEqual([]);
    // The third result could not be stored: at most the requests already in flight then went out.
    expect(sent.length).toBeLessThanOrEqual((3 + concurrency - 1) * engine.limits.maxTexts);
  });
});

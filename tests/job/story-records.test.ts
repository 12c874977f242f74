/**
 * A job commits its written stories' ledger entries and output records a few dozen stories per
 * transaction (src/job/story-records.ts), not one commit per story and language; a story's records
 * still follow its files, and the stories written before a failure keep theirs.
 */
import { describe, expect, it } from 'vitest';
import { runJob } from '../../src/job/run.js';
import { STORIES_PER_COMMIT } from '../../src/job/story-records.js';
import type { Article } from '../../src/model.js';
import { pseudoEngine } from '../../src/mt/engines/pseudo.js';
import type { Store } from '../../src/store/store.js';
import { articleOf, glossaryOf } from '../helpers/builders.js';
import { collect } from '../helpers/collect.js';
import { jobOptions, memoryJobWorld } from '../helpers/job-world.js';

const stories: Article[] = Array.from({ length: STORIES_PER_COMMIT + 8 }, (_, i) =>
  articleOf(
    [
      ['headline', `Port ${i} reopens`],
      ['paragraph', `The port of town ${i} reopened on Monday after a ${i}-day strike.`],
    ],
    { id: `port-${i}`, source: { path: `p${i}.txt`, format: 'text' } },
  ),
);
const inputs = stories.map((story) => story.source.path);

/** The store, saying for each output record and ledger sync whether it came inside a transaction, and which. */
function watched(store: Store) {
  let open: number | undefined;
  let opened = 0;
  const writes: Array<{ kind: 'record' | 'ledger'; transaction: number | undefined }> = [];
  const watchedStore: Store = {
    ...store,
    transaction: (work) =>
      store.transaction(async () => {
        const outer = open;
        open = (opened += 1);
        try {
          return await work();
        } finally {
          open = outer;
        }
      }),
    outputs: { ...store.outputs, put: (key, record) => (writes.push({ kind: 'record', transaction: open }), store.outputs.put(key, record)) },
    ledger: { ...store.ledger, sync: (...args) => (writes.push({ kind: 'ledger', transaction: open }), store.ledger.sync(...args)) },
  };
  return { store: watchedStore, writes };
}

describe("a job's store writes for its written stories", () => {
  it('commits them a few dozen stories at a time', async () => {
    const world = await memoryJobWorld(glossaryOf());
    const { store, writes } = watched(world.store);
    await runJob(jobOptions(pseudoEngine, inputs), { ...world.services(stories), store });
    const records = writes.filter((write) => write.kind === 'record');
    expect(records).toHaveLength(stories.length);
    expect(writes.filter((write) => write.kind === 'ledger')).toHaveLength(stories.length * 2);
    expect(writes.every((write) => write.transaction !== undefined)).toBe(true);
    // One transaction per STORIES_PER_COMMIT stories (the last one holding the rest), not one per story.
    expect(new Set(records.map((write) => write.transaction)).size).toBe(Math.ceil(stories.length / STORIES_PER_COMMIT));
    expect((await collect(world.store.outputs.list())).map((listed) => listed.record.articleId).sort()).toEqual(stories.map((story) => story.id).sort());
  });

  it('keeps the records of the stories written before a failure, and none of a story not written', async () => {
    const world = await memoryJobWorld(glossaryOf());
    const services = world.services(stories);
    let sets = 0;
    const failing = {
      ...services,
      writeOutputs: async (files: Parameters<typeof services.writeOutputs>[0]) => {
        sets += 1;
        if (sets === 5) throw new Error('disk full');
        return services.writeOutputs(files);
      },
    };
    await expect(runJob(jobOptions(pseudoEngine, inputs, { windowSize: 8 }), failing)).rejects.toThrow('disk full');
    const recorded = (await collect(world.store.outputs.list())).map((listed) => listed.record.articleId);
    // The stories whose files were written (four, or those of the sets in flight that finished) and no other.
    expect(recorded.length).toBeGreaterThanOrEqual(4);
    for (const id of recorded) expect([...world.disk.keys()].some((path) => path.includes(id))).toBe(true);
  });
});

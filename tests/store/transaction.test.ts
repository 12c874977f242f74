import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import type { LedgerEntry, Store, TmEntry } from '../../src/store/store.js';
import { describeEachStore, openKindStore } from './store-kinds.js';

const tmEntry: TmEntry = { sourceLang: 'en', targetLang: 'fr', source: 'Troops leave.', target: 'Les troupes partent.', origin: 'human' };
const ledgerEntry = (unitId: string): LedgerEntry => ({
  articleId: 'a',
  targetLang: 'fr',
  unitId,
  sourceHash: 'h',
  target: `Target of ${unitId}.`,
  state: 'reviewed',
  origin: 'human',
});

/** A promise and the function that settles it: work that waits until the test says so. */
function later(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((settle) => (resolve = settle));
  return { promise, resolve };
}

const unitIds = async (store: Store): Promise<string[]> =>
  (await store.ledger.forArticle('a', 'fr')).map((entry) => entry.unitId);

describeEachStore('Store.transaction', (kind) => {
  it('commits the writes of every part of the store together', async () => {
    const store = await openKindStore(kind);
    const result = await store.transaction(async () => {
      await store.tm.add([tmEntry]);
      return store.ledger.record(ledgerEntry('p1.s1'));
    });
    expect(result).toBe(true);
    expect(await store.tm.count()).toBe(1);
    expect(await unitIds(store)).toEqual(['p1.s1']);
  });

  it('keeps none of them when the work rejects, after awaits', async () => {
    const store = await openKindStore(kind);
    await expect(
      store.transaction(async () => {
        await store.tm.add([tmEntry]);
        await new Promise((resolve) => setTimeout(resolve, 1));
        await store.ledger.record(ledgerEntry('p1.s1'));
        throw new Error('the file turned out bad');
      }),
    ).rejects.toThrow('the file turned out bad');
    expect(await store.tm.count()).toBe(0);
    expect(await unitIds(store)).toEqual([]);
  });

  it('runs the store calls of its own flow at once, however deep, and a nested transaction as a savepoint', async () => {
    const store = await openKindStore(kind);
    const recordTwo = async (): Promise<void> => {
      await Promise.all([store.ledger.record(ledgerEntry('p1.s1')), store.ledger.record(ledgerEntry('p1.s2'))]);
    };
    await store.transaction(async () => {
      await recordTwo();
      await expect(
        store.transaction(async () => {
          await store.ledger.record(ledgerEntry('p9.s9'));
          throw new Error('inner only');
        }),
      ).rejects.toThrow('inner only');
      await store.transaction(async () => {
        await store.tm.add([tmEntry]);
      });
      expect(await unitIds(store)).toEqual(['p1.s1', 'p1.s2']);
    });
    expect(await unitIds(store)).toEqual(['p1.s1', 'p1.s2']);
    expect(await store.tm.count()).toBe(1);
  });

  it('keeps out a write of another flow: not rolled back with it', async () => {
    const store = await openKindStore(kind);
    const inside = later();
    const transaction = store.transaction(async () => {
      await store.ledger.record(ledgerEntry('p1.s1'));
      await inside.promise;
      throw new Error('rolled back');
    });
    await new Promise((resolve) => setTimeout(resolve, 1));
    const outside = store.ledger.record(ledgerEntry('p2.s1'));
    await new Promise((resolve) => setTimeout(resolve, 1));
    inside.resolve();
    await expect(transaction).rejects.toThrow('rolled back');
    await outside;
    expect(await unitIds(store)).toEqual(['p2.s1']);
  });
});

describe('Store.transaction in SQLite (one connection for every flow)', () => {
  it('makes a write from outside wait until the transaction ends: not rolled back with it, landing after it', async () => {
    const store = await openSqliteStore(':memory:');
    const inside = later();
    const order: string[] = [];
    const transaction = store.transaction(async () => {
      await store.ledger.record(ledgerEntry('p1.s1'));
      await inside.promise;
      order.push('inside done');
      throw new Error('rolled back');
    });
    // Another flow, started while the transaction is open and waiting.
    await new Promise((resolve) => setTimeout(resolve, 1));
    const outside = store.ledger.record(ledgerEntry('p2.s1')).then(() => order.push('outside written'));
    await new Promise((resolve) => setTimeout(resolve, 1));
    expect(order).toEqual([]);
    inside.resolve();
    await expect(transaction).rejects.toThrow('rolled back');
    await outside;
    expect(order).toEqual(['inside done', 'outside written']);
    expect(await unitIds(store)).toEqual(['p2.s1']);
    await store.close();
  });

  it('runs two transactions of two flows one after the other', async () => {
    const store = await openSqliteStore(':memory:');
    const first = later();
    const order: string[] = [];
    const one = store.transaction(async () => {
      await store.ledger.record(ledgerEntry('p1.s1'));
      await first.promise;
      order.push('one');
    });
    const two = store.transaction(async () => {
      order.push('two');
      await store.ledger.record(ledgerEntry('p2.s1'));
    });
    await new Promise((resolve) => setTimeout(resolve, 1));
    first.resolve();
    await Promise.all([one, two]);
    expect(order).toEqual(['one', 'two']);
    expect(await unitIds(store)).toEqual(['p1.s1', 'p2.s1']);
    await store.close();
  });
});

import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import type { LedgerEntry, TmEntry } from '../../src/store/store.js';

const tmEntry: TmEntry = { sourceLang: 'en', targetLang: 'fr', source: 'Troops leave.', target: 'Les troupes partent.', origin: 'human' };
const ledgerEntry: LedgerEntry = {
  articleId: 'a',
  targetLang: 'fr',
  unitId: 'p1.s1',
  sourceHash: 'h',
  target: 'Les troupes partent.',
  state: 'reviewed',
  origin: 'human',
};

describe('Store.transaction', () => {
  it('commits the writes of every part of the store together', () => {
    const store = openSqliteStore(':memory:');
    const result = store.transaction(() => {
      store.tm.add([tmEntry]);
      return store.ledger.record(ledgerEntry);
    });
    expect(result).toBe(true);
    expect(store.tm.count()).toBe(1);
    expect(store.ledger.forArticle('a', 'fr')).toHaveLength(1);
    store.close();
  });

  it('keeps none of them when the work throws', () => {
    const store = openSqliteStore(':memory:');
    expect(() =>
      store.transaction(() => {
        store.tm.add([tmEntry]);
        store.ledger.record(ledgerEntry);
        throw new Error('the file turned out bad');
      }),
    ).toThrow('the file turned out bad');
    expect(store.tm.count()).toBe(0);
    expect(store.ledger.forArticle('a', 'fr')).toEqual([]);
    store.close();
  });
});

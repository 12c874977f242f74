import { describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../../src/store/store.js';
import { openTempStore } from './temp-store.js';

function result(unitId: string, extra: Partial<LedgerEntry> = {}): LedgerEntry {
  return {
    articleId: 'baghdad-2024-11-23',
    targetLang: 'fr',
    unitId,
    sourceHash: `hash-${unitId}`,
    target: `MT ${unitId}`,
    state: 'needs-review',
    origin: 'mt',
    engine: 'deepl',
    ...extra,
  };
}

describe('unit ledger', () => {
  it('returns a recorded result only for the same source hash', () => {
    const { ledger } = openTempStore();
    expect(ledger.record(result('p1.s1'))).toBe(true);
    expect(ledger.get('baghdad-2024-11-23', 'fr', 'p1.s1', 'hash-p1.s1')).toEqual(result('p1.s1'));
    expect(ledger.get('baghdad-2024-11-23', 'fr', 'p1.s1', 'edited-source')).toBeUndefined();
    expect(ledger.get('baghdad-2024-11-23', 'ar', 'p1.s1', 'hash-p1.s1')).toBeUndefined();
  });

  it('moves the human-work revision when human work changes, not when the same work is recorded again', () => {
    const store = openTempStore();
    const human = result('p1.s1', { target: 'Relu.', state: 'reviewed', origin: 'human' });
    const start = store.outputs.humanWorkRevision();
    store.ledger.record(human);
    const afterFirst = store.outputs.humanWorkRevision();
    expect(afterFirst).toBeGreaterThan(start);
    store.ledger.sync(human.articleId, 'fr', [human], ['p1.s1']);
    store.ledger.record(human);
    expect(store.outputs.humanWorkRevision()).toBe(afterFirst);
    store.ledger.record({ ...human, target: 'Relu encore.' });
    expect(store.outputs.humanWorkRevision()).toBeGreaterThan(afterFirst);
    // Machine results coming and going do not count.
    const mtRevision = store.outputs.humanWorkRevision();
    store.ledger.record(result('p2.s1'));
    store.ledger.record(result('p2.s1', { target: 'MT autre' }));
    expect(store.outputs.humanWorkRevision()).toBe(mtRevision);
  });

  it('leaves out the engine of results that have none', () => {
    const { ledger } = openTempStore();
    const { engine: _, ...fromTm } = result('p1.s1', { origin: 'tm', state: 'translated' });
    ledger.record(fromTm);
    expect(ledger.get('baghdad-2024-11-23', 'fr', 'p1.s1', 'hash-p1.s1')).toEqual(fromTm);
  });

  it('never lets MT, pseudo or TM results overwrite a reviewed or final one', () => {
    const { ledger } = openTempStore();
    ledger.record(result('p1.s1', { target: 'Relu.', state: 'reviewed', origin: 'human' }));
    ledger.record(result('p1.s2', { target: 'Final.', state: 'final', origin: 'human' }));
    expect(ledger.record(result('p1.s1'))).toBe(false);
    expect(ledger.record(result('p1.s2', { origin: 'pseudo', engine: 'pseudo' }))).toBe(false);
    expect(ledger.record(result('p1.s1', { origin: 'tm', state: 'translated' }))).toBe(false);
    expect(ledger.forArticle('baghdad-2024-11-23', 'fr').map((entry) => entry.target)).toEqual(['Relu.', 'Final.']);
  });

  it('lets a human result replace a reviewed one', () => {
    const { ledger } = openTempStore();
    ledger.record(result('p1.s1', { target: 'Relu.', state: 'reviewed', origin: 'human' }));
    expect(ledger.record(result('p1.s1', { target: 'Relu encore.', state: 'final', origin: 'human' }))).toBe(true);
    expect(ledger.get('baghdad-2024-11-23', 'fr', 'p1.s1', 'hash-p1.s1')?.target).toBe('Relu encore.');
  });

  it('lets MT replace a reviewed result once the source has changed', () => {
    const { ledger } = openTempStore();
    ledger.record(result('p1.s1', { target: 'Relu.', state: 'reviewed', origin: 'human' }));
    expect(ledger.record(result('p1.s1', { sourceHash: 'write-thru', target: 'Nouveau.' }))).toBe(true);
    expect(ledger.get('baghdad-2024-11-23', 'fr', 'p1.s1', 'write-thru')?.target).toBe('Nouveau.');
  });

  it('lets a later MT result replace an earlier one', () => {
    const { ledger } = openTempStore();
    ledger.record(result('p1.s1', { origin: 'pseudo', engine: 'pseudo', target: '[pseudo]' }));
    expect(ledger.record(result('p1.s1'))).toBe(true);
    expect(ledger.get('baghdad-2024-11-23', 'fr', 'p1.s1', 'hash-p1.s1')?.origin).toBe('mt');
  });

  it('looks up the units of an article at once, skipping those whose source changed', () => {
    const { ledger } = openTempStore();
    ['headline.s1', 'p1.s1', 'p1.s2'].forEach((unitId) => ledger.record(result(unitId)));
    const found = ledger.getMany('baghdad-2024-11-23', 'fr', [
      { unitId: 'headline.s1', sourceHash: 'hash-headline.s1' },
      { unitId: 'p1.s1', sourceHash: 'changed' },
      { unitId: 'p2.s1', sourceHash: 'hash-p2.s1' },
    ]);
    expect([...found.keys()]).toEqual(['headline.s1']);
  });

  it('drops the units that are gone from the article, and only those of that article and language', () => {
    const { ledger } = openTempStore();
    ['p1.s1', 'p1.s2', 'p2.s1'].forEach((unitId) => ledger.record(result(unitId)));
    ledger.record(result('p1.s2', { targetLang: 'ar' }));
    ledger.record(result('p1.s2', { articleId: 'other' }));
    expect(ledger.deleteExcept('baghdad-2024-11-23', 'fr', ['p1.s1', 'p2.s1'])).toBe(1);
    expect(ledger.forArticle('baghdad-2024-11-23', 'fr').map((entry) => entry.unitId)).toEqual(['p1.s1', 'p2.s1']);
    expect(ledger.forArticle('baghdad-2024-11-23', 'ar')).toHaveLength(1);
    expect(ledger.forArticle('other', 'fr')).toHaveLength(1);
    expect(ledger.deleteExcept('baghdad-2024-11-23', 'fr', [])).toBe(2);
  });
});

import { expect, it } from 'vitest';
import type { LedgerEntry } from '../../src/store/store.js';
import { describeEachStore, openKindStore } from './store-kinds.js';

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

describeEachStore('unit ledger', (kind) => {
  it('returns a recorded result only for the same source hash', async () => {
    const { ledger } = await openKindStore(kind);
    expect(await ledger.record(result('p1.s1'))).toBe(true);
    expect(await ledger.get('baghdad-2024-11-23', 'fr', 'p1.s1', 'hash-p1.s1')).toEqual(result('p1.s1'));
    expect(await ledger.get('baghdad-2024-11-23', 'fr', 'p1.s1', 'edited-source')).toBeUndefined();
    expect(await ledger.get('baghdad-2024-11-23', 'ar', 'p1.s1', 'hash-p1.s1')).toBeUndefined();
  });

  it('moves the human-work revision when human work changes, not when the same work is recorded again', async () => {
    const store = await openKindStore(kind);
    const human = result('p1.s1', { target: 'Relu.', state: 'reviewed', origin: 'human' });
    const start = await store.outputs.humanWorkRevision();
    await store.ledger.record(human);
    const afterFirst = await store.outputs.humanWorkRevision();
    expect(afterFirst).toBeGreaterThan(start);
    await store.ledger.sync(human.articleId, 'fr', [human], ['p1.s1']);
    await store.ledger.record(human);
    expect(await store.outputs.humanWorkRevision()).toBe(afterFirst);
    await store.ledger.record({ ...human, target: 'Relu encore.' });
    expect(await store.outputs.humanWorkRevision()).toBeGreaterThan(afterFirst);
    // Machine results coming and going do not count.
    const mtRevision = await store.outputs.humanWorkRevision();
    await store.ledger.record(result('p2.s1'));
    await store.ledger.record(result('p2.s1', { target: 'MT autre' }));
    expect(await store.outputs.humanWorkRevision()).toBe(mtRevision);
  });

  it('leaves out the engine of results that have none', async () => {
    const { ledger } = await openKindStore(kind);
    const { engine: _, ...fromTm } = result('p1.s1', { origin: 'tm', state: 'translated' });
    await ledger.record(fromTm);
    expect(await ledger.get('baghdad-2024-11-23', 'fr', 'p1.s1', 'hash-p1.s1')).toEqual(fromTm);
  });

  it('never lets MT, pseudo or TM results overwrite a reviewed or final one', async () => {
    const { ledger } = await openKindStore(kind);
    await ledger.record(result('p1.s1', { target: 'Relu.', state: 'reviewed', origin: 'human' }));
    await ledger.record(result('p1.s2', { target: 'Final.', state: 'final', origin: 'human' }));
    expect(await ledger.record(result('p1.s1'))).toBe(false);
    expect(await ledger.record(result('p1.s2', { origin: 'pseudo', engine: 'pseudo' }))).toBe(false);
    expect(await ledger.record(result('p1.s1', { origin: 'tm', state: 'translated' }))).toBe(false);
    expect((await ledger.forArticle('baghdad-2024-11-23', 'fr')).map((entry) => entry.target)).toEqual(['Relu.', 'Final.']);
  });

  it('lets a human result replace a reviewed one', async () => {
    const { ledger } = await openKindStore(kind);
    await ledger.record(result('p1.s1', { target: 'Relu.', state: 'reviewed', origin: 'human' }));
    expect(await ledger.record(result('p1.s1', { target: 'Relu encore.', state: 'final', origin: 'human' }))).toBe(true);
    expect((await ledger.get('baghdad-2024-11-23', 'fr', 'p1.s1', 'hash-p1.s1'))?.target).toBe('Relu encore.');
  });

  it('lets MT replace a reviewed result once the source has changed', async () => {
    const { ledger } = await openKindStore(kind);
    await ledger.record(result('p1.s1', { target: 'Relu.', state: 'reviewed', origin: 'human' }));
    expect(await ledger.record(result('p1.s1', { sourceHash: 'write-thru', target: 'Nouveau.' }))).toBe(true);
    expect((await ledger.get('baghdad-2024-11-23', 'fr', 'p1.s1', 'write-thru'))?.target).toBe('Nouveau.');
  });

  it('lets a later MT result replace an earlier one', async () => {
    const { ledger } = await openKindStore(kind);
    await ledger.record(result('p1.s1', { origin: 'pseudo', engine: 'pseudo', target: '[pseudo]' }));
    expect(await ledger.record(result('p1.s1'))).toBe(true);
    expect((await ledger.get('baghdad-2024-11-23', 'fr', 'p1.s1', 'hash-p1.s1'))?.origin).toBe('mt');
  });

  it('looks up the units of an article at once, skipping those whose source changed', async () => {
    const { ledger } = await openKindStore(kind);
    for (const unitId of ['headline.s1', 'p1.s1', 'p1.s2']) await ledger.record(result(unitId));
    const found = await ledger.getMany('baghdad-2024-11-23', 'fr', [
      { unitId: 'headline.s1', sourceHash: 'hash-headline.s1' },
      { unitId: 'p1.s1', sourceHash: 'changed' },
      { unitId: 'p2.s1', sourceHash: 'hash-p2.s1' },
    ]);
    expect([...found.keys()]).toEqual(['headline.s1']);
  });

  it('drops the units that are gone from the article, and only those of that article and language', async () => {
    const { ledger } = await openKindStore(kind);
    for (const unitId of ['p1.s1', 'p1.s2', 'p2.s1']) await ledger.record(result(unitId));
    await ledger.record(result('p1.s2', { targetLang: 'ar' }));
    await ledger.record(result('p1.s2', { articleId: 'other' }));
    expect(await ledger.deleteExcept('baghdad-2024-11-23', 'fr', ['p1.s1', 'p2.s1'])).toBe(1);
    expect((await ledger.forArticle('baghdad-2024-11-23', 'fr')).map((entry) => entry.unitId)).toEqual(['p1.s1', 'p2.s1']);
    expect(await ledger.forArticle('baghdad-2024-11-23', 'ar')).toHaveLength(1);
    expect(await ledger.forArticle('other', 'fr')).toHaveLength(1);
    expect(await ledger.deleteExcept('baghdad-2024-11-23', 'fr', [])).toBe(2);
  });
});

import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { mtCacheKey, type MtCacheKeyParts } from '../../src/store/mt-cache-key.js';
import { migrations } from '../../src/store/sqlite/migrations.js';
import { describeEachStore, openKindStore } from './store-kinds.js';
import { openTempStore, tempStorePath } from './temp-store.js';

const parts: MtCacheKeyParts = {
  source: 'The troops left ⟦1⟧ on Friday.',
  sourceLang: 'en',
  targetLang: 'fr',
  engine: 'deepl',
  engineOptions: { formality: 'more', model: { type: 'quality_optimized', version: 2 } },
  glossaryHash: 'g1',
};

describe('mtCacheKey', () => {
  it('is a sha256 in hex', () => {
    expect(mtCacheKey(parts)).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['source', { source: 'The troops left ⟦1⟧ on Thursday.' }],
    ['source language', { sourceLang: 'de' }],
    ['target language', { targetLang: 'ar' }],
    ['engine', { engine: 'pseudo' }],
    ['engine options', { engineOptions: { formality: 'less', model: { type: 'quality_optimized', version: 2 } } }],
    ['nested engine options', { engineOptions: { formality: 'more', model: { type: 'quality_optimized', version: 3 } } }],
    ['glossary hash', { glossaryHash: 'g2' }],
    ['markup', { markup: '[["paired","em","<em>","</em>",4,10,false,false]]' }],
  ])('changes with the %s', (_, change) => {
    expect(mtCacheKey({ ...parts, ...change })).not.toBe(mtCacheKey(parts));
  });

  it('does not change with whitespace, Unicode normalization, option order or language case', () => {
    const same = mtCacheKey({
      ...parts,
      source: '  The troops\tleft ⟦1⟧\n on Friday. ',
      targetLang: 'FR',
      engineOptions: { model: { version: 2, type: 'quality_optimized' }, formality: 'more' },
    });
    expect(same).toBe(mtCacheKey(parts));
    const composed = mtCacheKey({ ...parts, source: 'Café.' });
    expect(mtCacheKey({ ...parts, source: 'Cafe\u0301.' })).toBe(composed);
  });

  it('is the key it always was for a source without markup', () => {
    // Pinned: entries cached before markup existed must still be hit.
    expect(mtCacheKey({ ...parts, markup: '' })).toBe(mtCacheKey(parts));
    expect(mtCacheKey(parts)).toBe('6023c6abf6e9f502fc2eb363e97ea360f67327753377ea49095986dbc8b1bf46');
  });

  it('does not confuse parts that run together', () => {
    expect(mtCacheKey({ ...parts, engine: 'a', glossaryHash: 'bc' })).not.toBe(
      mtCacheKey({ ...parts, engine: 'ab', glossaryHash: 'c' }),
    );
  });
});

describeEachStore('the MT cache', (kind) => {
  it('returns what was put under a key, and nothing for other keys', async () => {
    const { mtCache } = await openKindStore(kind);
    await mtCache.put('k1', { target: 'Les troupes sont parties.', engine: 'deepl', origin: 'mt', findings: [] });
    expect(await mtCache.get('k1')).toEqual({ target: 'Les troupes sont parties.', engine: 'deepl', origin: 'mt', findings: [] });
    expect(await mtCache.get('k2')).toBeUndefined();
  });

  it('replaces the entry when a key is put again', async () => {
    const { mtCache } = await openKindStore(kind);
    await mtCache.put('k1', { target: 'old', engine: 'pseudo', origin: 'pseudo', findings: [] });
    await mtCache.put('k1', { target: 'new', engine: 'deepl', origin: 'mt', findings: [] });
    expect(await mtCache.get('k1')).toEqual({ target: 'new', engine: 'deepl', origin: 'mt', findings: [] });
  });

  it('keeps the findings the engine reported with the target', async () => {
    const { mtCache } = await openKindStore(kind);
    const findings = [
      { key: 'n1', ruleId: 'mt/placeholder-missing', source: 'mt', severity: 'error' as const, reason: 'dropped “12”', expected: ['12'] },
    ];
    await mtCache.commitRequest({ engine: 'deepl', sourceLang: 'en', targetLang: 'fr', characters: 9 }, [
      { key: 'k1', entry: { target: 'Au moins  morts', engine: 'deepl', origin: 'mt', findings } },
    ]);
    expect((await mtCache.get('k1'))?.findings).toEqual(findings);
    expect((await mtCache.getMany(['k1'])).get('k1')?.findings).toEqual(findings);
  });

  it('looks up many keys at once and returns only those found', async () => {
    const { mtCache } = await openKindStore(kind);
    const keys = Array.from({ length: 1500 }, (_, i) => `key-${i}`);
    for (const key of keys.filter((_, i) => i % 3 === 0)) await mtCache.put(key, { target: key, engine: 'e', origin: 'mt', findings: [] });
    const found = await mtCache.getMany([...keys, 'missing']);
    expect(found.size).toBe(500);
    expect(found.get('key-3')).toEqual({ target: 'key-3', engine: 'e', origin: 'mt', findings: [] });
    expect(found.has('key-4')).toBe(false);
    expect((await mtCache.getMany([])).size).toBe(0);
  });
});

describeEachStore('engine requests recorded with their results', (kind) => {
  const request = { engine: 'pseudo', sourceLang: 'en', targetLang: 'fr', characters: 42 };

  it('stores the results and the request together, and sums usage per engine and language', async () => {
    const { mtCache } = await openKindStore(kind);
    await mtCache.commitRequest(request, [
      { key: 'a', entry: { target: 'A', engine: 'pseudo', origin: 'pseudo', findings: [] } },
      { key: 'b', entry: { target: 'B', engine: 'pseudo', origin: 'pseudo', findings: [] } },
    ]);
    await mtCache.commitRequest({ ...request, characters: 8 }, [{ key: 'c', entry: { target: 'C', engine: 'pseudo', origin: 'pseudo', findings: [] } }]);
    await mtCache.commitRequest({ ...request, targetLang: 'ar', characters: 5 }, [
      { key: 'd', entry: { target: 'D', engine: 'pseudo', origin: 'pseudo', findings: [] } },
    ]);
    expect((await mtCache.get('b'))?.target).toBe('B');
    expect(await mtCache.requestedKeys()).toEqual(['a', 'b', 'c', 'd']);
    expect(await mtCache.usage()).toEqual([
      { engine: 'pseudo', targetLang: 'ar', requests: 1, texts: 1, characters: 5 },
      { engine: 'pseudo', targetLang: 'fr', requests: 2, texts: 3, characters: 50 },
    ]);
  });

  it('records nothing when the transaction fails part-way', async () => {
    const { mtCache } = await openKindStore(kind);
    const broken = { key: 'x', entry: { target: 'X', engine: 'pseudo', origin: 'invalid' as 'mt', findings: [] } };
    await expect(
      mtCache.commitRequest(request, [{ key: 'ok', entry: { target: 'OK', engine: 'pseudo', origin: 'pseudo', findings: [] } }, broken]),
    ).rejects.toThrow();
    expect(await mtCache.get('ok')).toBeUndefined();
    expect(await mtCache.requestedKeys()).toEqual([]);
  });
});

describe('an MT cache from before findings were kept (schema 3)', () => {
  it('is migrated: its entries read with no findings and keep their targets', async () => {
    const path = tempStorePath();
    mkdirSync(dirname(path), { recursive: true });
    const old = new Database(path);
    for (const migration of migrations.filter((item) => item.version <= 3)) old.exec(migration.sql);
    old.pragma('user_version = 3');
    old.prepare('INSERT INTO mt_cache (key, target, engine, origin) VALUES (?, ?, ?, ?)').run('k1', 'Bonjour.', 'deepl', 'mt');
    await old.close();
    const store = await openTempStore(path);
    expect(store.schemaVersion).toBe(migrations.length);
    expect(await store.mtCache.get('k1')).toEqual({ target: 'Bonjour.', engine: 'deepl', origin: 'mt', findings: [] });
  });
});

import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { mtCacheKey, type MtCacheKeyParts } from '../../src/store/mt-cache-key.js';
import { migrations } from '../../src/store/sqlite/migrations.js';
import type { MtCache } from '../../src/store/store.js';
import { describeEachStore, newStoreLocation, openKindStore } from './store-kinds.js';
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

describeEachStore('claims on MT cache keys (two workers on one store)', (kind) => {
  const entry = { target: 'T', engine: 'pseudo', origin: 'pseudo' as const, findings: [] };
  const twoWorkers = async (): Promise<[MtCache, MtCache]> => {
    const location = await newStoreLocation(kind);
    const first = await openKindStore(kind, location);
    const second = await openKindStore(kind, location);
    return [first.mtCache, second.mtCache];
  };

  it('gives each key to one of two workers claiming at the same moment, and all keys to one of them', async () => {
    const [one, two] = await twoWorkers();
    const keys = Array.from({ length: 200 }, (_, i) => `key-${i}`);
    const reversed = [...keys].reverse();
    const rounds = await Promise.all([one.claim(keys, 'worker-1', 60_000), two.claim(reversed, 'worker-2', 60_000), one.claim(keys.slice(50, 150), 'worker-3', 60_000)]);
    const granted = rounds.flat();
    expect(granted.sort()).toEqual([...keys].sort());
    // Answered in the order asked.
    expect(rounds[1]).toEqual(reversed.filter((key) => rounds[1].includes(key)));
  });

  it('leaves a live claim to its owner, renews it for the owner, and gives nothing that is cached', async () => {
    const [one, two] = await twoWorkers();
    await one.put('cached', entry);
    expect(await one.claim(['a', 'b', 'cached', 'a'], 'worker-1', 60_000)).toEqual(['a', 'b']);
    expect(await two.claim(['a', 'b', 'c'], 'worker-2', 60_000)).toEqual(['c']);
    expect(await one.claim(['b', 'c'], 'worker-1', 60_000)).toEqual(['b']);
  });

  it('lets another worker take a key once the claim is released, expired, or no longer needed (cached)', async () => {
    const [one, two] = await twoWorkers();
    expect(await one.claim(['released', 'expiring', 'committed'], 'worker-1', 60_000)).toEqual(['released', 'expiring', 'committed']);
    await one.release(['released'], 'worker-2'); // not its claim: nothing changes
    expect(await two.claim(['released'], 'worker-2', 60_000)).toEqual([]);
    await one.release(['released'], 'worker-1');
    expect(await two.claim(['released'], 'worker-2', 60_000)).toEqual(['released']);
    await one.claim(['expiring'], 'worker-1', 30);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(await two.claim(['expiring'], 'worker-2', 60_000)).toEqual(['expiring']);
    await one.commitRequest({ engine: 'pseudo', sourceLang: 'en', targetLang: 'fr', characters: 1 }, [{ key: 'committed', entry }]);
    expect(await two.claim(['committed'], 'worker-2', 60_000)).toEqual([]);
    expect(await two.get('committed')).toEqual(entry);
  });

  it('refuses an empty owner or a time that is not a positive integer', async () => {
    const [one] = await twoWorkers();
    await expect(one.claim(['a'], '', 1000)).rejects.toThrow(TypeError);
    await expect(one.claim(['a'], 'worker-1', 0)).rejects.toThrow(/ttlMs/);
  });
});

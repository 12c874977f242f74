/**
 * Two jobs on one store (two processes on one SQLite file, as workers share a PostgreSQL store)
 * translating the same sentences at the same moment pay for each sentence once: each sends what it
 * claimed and takes the rest from the cache once the other has stored it. A claim whose owner died
 * is taken over after its time; a send that stopped gives its claims back at once.
 */
import { describe, expect, it } from 'vitest';
import { sendClaimed, type ClaimedSending } from '../../src/job/claimed-sending.js';
import { prepareArticle } from '../../src/job/prepare.js';
import { newJobMemory, translateArticles, type TranslateOptions } from '../../src/job/translate.js';
import type { TranslationEngine } from '../../src/mt/engine.js';
import type { Unit } from '../../src/model.js';
import { mtCacheKey } from '../../src/store/mt-cache-key.js';
import type { CachedTranslation, Store } from '../../src/store/store.js';
import { articleOf, glossaryOf } from '../helpers/builders.js';
import { meteredEngine } from '../helpers/metered-engine.js';
import { openTempStore, tempStorePath } from '../store/temp-store.js';

const glossary = glossaryOf();

const story = (n: number) =>
  articleOf(
    [
      ['headline', `Ministers meet in city ${n}`],
      ['paragraph', 'Officials met on Friday. They agreed on a plan.'],
      ['paragraph', `The plan takes effect in ${n + 10} days. Talks resume next week.`],
    ],
    { id: `story-${n}`, source: { path: `s${n}.txt`, format: 'text' } },
  );

/** The metered engine, answering after `ms`: long enough for the other job to be waiting meanwhile. */
function slowEngine(ms: number) {
  const metered = meteredEngine();
  const engine: TranslationEngine = {
    ...metered.engine,
    async translateBatch(batch, context) {
      await new Promise((resolve) => setTimeout(resolve, ms));
      return metered.engine.translateBatch(batch, context);
    },
  };
  return { engine, sent: metered.sent };
}

const optionsOf = (engine: TranslationEngine): TranslateOptions => ({
  engine,
  glossary,
  targetLangs: ['fr', 'ar'],
  concurrency: 2,
  fuzzyThreshold: 75,
  commit: true,
  send: true,
  memory: newJobMemory(),
});

async function twoStoresOnOneFile(): Promise<[Store, Store]> {
  const path = tempStorePath();
  const first = await openTempStore(path);
  return [first, await openTempStore(path)];
}

const targetsOf = (units: ReadonlyMap<string, ReadonlyMap<string, readonly Unit[]>>) =>
  [...units.values()].flatMap((languages) => [...languages.values()].flat().map((unit) => `${unit.targetLang}:${unit.segment.source}=${unit.target}`));

describe('claimed sending', () => {
  it('two jobs translating the same stories at once send every sentence once between them, and both get every target', async () => {
    const [storeA, storeB] = await twoStoresOnOneFile();
    const stories = [story(1), story(2), story(3)];
    const prepared = stories.map((article) => prepareArticle(article, glossary, ['fr', 'ar']));
    const a = slowEngine(40);
    const b = slowEngine(40);
    const [resultA, resultB] = await Promise.all([
      translateArticles(prepared, storeA, optionsOf(a.engine)),
      translateArticles(prepared, storeB, optionsOf(b.engine)),
    ]);

    const sent = [...a.sent, ...b.sent];
    const distinct = new Set(prepared.flatMap(({ units }) => units.map((unit) => `${unit.targetLang}:${unit.segment.source}`)));
    expect(sent.sort()).toEqual([...distinct].sort());
    // Each unit of both jobs has its target, whichever job paid for it.
    expect(targetsOf(resultA.units)).toEqual(targetsOf(resultB.units));
    expect(targetsOf(resultA.units).every((line) => !line.endsWith('=undefined'))).toBe(true);
    expect(resultA.stats.unitsSent + resultB.stats.unitsSent).toBe(distinct.size);
    // What a job took from the other's work is counted as served from the cache.
    expect(resultA.stats.fromCache + resultB.stats.fromCache).toBeGreaterThan(0);
    expect(await storeA.mtCache.requestedKeys()).toHaveLength(distinct.size);
  });

  it('takes over the keys of an owner that died once its claims run out, and sends them itself', async () => {
    const store = await openTempStore();
    const units = prepareArticle(story(1), glossary, ['fr']).units;
    const keyOf = keyFunction();
    await store.mtCache.claim(units.map(keyOf), 'dead-worker', 150);
    const sent: string[] = [];
    const claims = claimsOn(store, keyOf);
    await sendClaimed(units, claims, async (batch) => {
      for (const unit of batch) {
        sent.push(unit.id);
        await store.mtCache.commitRequest({ engine: 'e', sourceLang: 'en', targetLang: 'fr', characters: 1 }, [{ key: keyOf(unit), entry: entryFor(unit) }]);
        claims.results.set(keyOf(unit), entryFor(unit));
      }
      return false;
    });
    expect(sent.sort()).toEqual(units.map((unit) => unit.id).sort());
  });

  it('gives back the claims of what it did not get (a stop), so another owner may send them at once', async () => {
    const store = await openTempStore();
    const units = prepareArticle(story(1), glossary, ['fr']).units;
    const keyOf = keyFunction();
    let offered: readonly Unit[] = [];
    await sendClaimed(units, claimsOn(store, keyOf), async (batch) => {
      offered = batch;
      return true;
    });
    expect(offered).toHaveLength(units.length);
    expect(await store.mtCache.claim(units.map(keyOf), 'another-worker', 60_000)).toHaveLength(new Set(units.map(keyOf)).size);
  });

  it('waits for a live owner\'s results instead of sending them, and takes them from the cache', async () => {
    const store = await openTempStore();
    const units = prepareArticle(story(2), glossary, ['fr']).units;
    const keyOf = keyFunction();
    const [theirs, ...ours] = units;
    await store.mtCache.claim([keyOf(theirs!)], 'busy-worker', 60_000);
    setTimeout(() => void store.mtCache.commitRequest({ engine: 'e', sourceLang: 'en', targetLang: 'fr', characters: 1 }, [{ key: keyOf(theirs!), entry: entryFor(theirs!) }]), 60);
    const claims = claimsOn(store, keyOf);
    const sent: string[] = [];
    await sendClaimed(units, claims, async (batch) => {
      sent.push(...batch.map((unit) => unit.id));
      for (const unit of batch) claims.results.set(keyOf(unit), entryFor(unit));
      return false;
    });
    expect(sent.sort()).toEqual(ours.map((unit) => unit.id).sort());
    expect(claims.results.get(keyOf(theirs!))?.target).toBe(entryFor(theirs!).target);
  });
});

function keyFunction(): (unit: Unit) => string {
  return (unit) => mtCacheKey({ source: unit.segment.source, sourceLang: 'en', targetLang: unit.targetLang, engine: 'e', engineOptions: {}, glossaryHash: glossary.hash });
}

function entryFor(unit: Unit): CachedTranslation {
  return { target: `fr:${unit.segment.source}`, engine: 'e', origin: 'mt', findings: [] };
}

function claimsOn(store: Store, keyOf: (unit: Unit) => string): ClaimedSending {
  return {
    mtCache: store.mtCache,
    owner: 'this-worker',
    keyOf,
    results: new Map(),
    serves: () => true,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    pollMs: 20,
  };
}

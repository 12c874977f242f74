/**
 * What the MT cache gives back is what the engine gave: the target and its findings. A run served
 * from the cache writes the bytes of the run that paid for it; a stop keeps every cached target;
 * `check` fills from the cache as `run` does.
 */
import { describe, expect, it } from 'vitest';
import { checkJob, runJob, type RunOptions } from '../../src/job/run.js';
import { prepareArticle } from '../../src/job/prepare.js';
import { translateArticles } from '../../src/job/translate.js';
import type { Article } from '../../src/model.js';
import type { Store } from '../../src/store/store.js';
import { EngineCallError, type TranslationEngine } from '../../src/mt/engine.js';
import { articleOf, glossaryOf } from '../helpers/builders.js';
import { jobOptions, memoryJobWorld } from '../helpers/job-world.js';
import { meteredEngine, unreachableEngine } from '../helpers/metered-engine.js';

const glossary = glossaryOf();

const story = (n: number, extra: Partial<Article> = {}): Article =>
  articleOf(
    [
      ['headline', `Story ${n} opens`],
      ['paragraph', `Officials in city ${n} met on Friday. They agreed on a plan.`],
      ['paragraph', `The plan takes effect in ${n + 10} days.`],
    ],
    { id: `story-${n}`, source: { path: `s${n}.txt`, format: 'text' }, ...extra },
  );

/** A story whose numbered sentence comes twice, at two unit ids (p1.s1, p2.s2). */
const repeated = articleOf(
  [
    ['headline', 'Talks resume'],
    ['paragraph', 'The plan takes effect in 11 days.'],
    ['paragraph', 'Officials met. The plan takes effect in 11 days.'],
  ],
  { id: 'repeated', source: { path: 'r.txt', format: 'text' } },
);

/** The units of the repeated sentence, after translating `repeated` into French with `engine`. */
async function repeatedUnits(engine: TranslationEngine, store: Store) {
  const result = await translateArticles([prepareArticle(repeated, glossary, ['fr'])], store, {
    engine,
    glossary,
    targetLangs: ['fr'],
    concurrency: 1,
    fuzzyThreshold: 75,
    commit: true,
    send: true,
  });
  return result.units.get('repeated')!.get('fr')!.filter((unit) => unit.segment.source === 'The plan takes effect in 11 days.');
}

const optionsFor = (engine: TranslationEngine, articles: readonly Article[], patch: Partial<RunOptions> = {}): RunOptions =>
  jobOptions(engine, articles.map((article) => article.source.path), patch);

describe('a run served from the MT cache', () => {
  it('writes the same files as the run that paid for it, report.json and the findings included', async () => {
    const stories = [story(1), story(2)];
    const { services, disk } = await memoryJobWorld(glossary);
    const paid = meteredEngine();
    const first = await runJob(optionsFor(paid.engine, stories), services(stories));
    expect(first.report.articles[0]!.languages['fr']!.findings).toEqual({ 'mt/placeholder-missing': 3 });
    const reference = new Map(disk);

    disk.clear(); // out/ and locales/ deleted
    const again = await runJob(optionsFor(unreachableEngine, stories), services(stories));
    expect(again.stats.fromCache).toBeGreaterThan(0);
    expect(disk).toEqual(reference);
  });

  it('gives a sentence repeated elsewhere in the job findings that name its own unit', async () => {
    const { store } = await memoryJobWorld(glossary);
    for (const numbered of [await repeatedUnits(meteredEngine().engine, store), await repeatedUnits(unreachableEngine, store)]) {
      expect(numbered.map((unit) => unit.id)).toEqual(['p1.s1', 'p2.s2']);
      for (const unit of numbered) {
        expect(unit.findings.map((finding) => [finding.id, finding.unitId])).toEqual([
          [`mt/placeholder-missing:fr:${unit.id}:n1`, unit.id],
        ]);
      }
    }
  });
});

describe('a sentence repeated elsewhere in the job whose request failed', () => {
  it('carries the failure under its own unit id', async () => {
    const refusing: TranslationEngine = {
      ...unreachableEngine,
      async translateBatch() {
        throw new EngineCallError('bad-request', 'Bad request');
      },
    };
    const numbered = await repeatedUnits(refusing, (await memoryJobWorld(glossary)).store);
    expect(numbered.map((unit) => unit.findings.map((finding) => [finding.id, finding.unitId]))).toEqual([
      [['mt/failed:fr:p1.s1', 'p1.s1']],
      [['mt/failed:fr:p2.s2', 'p2.s2']],
    ]);
  });
});

describe('a job the engine stops', () => {
  it('keeps the cached targets of stories in another source language', async () => {
    const french = story(2, { lang: 'fr', id: 'histoire-2', source: { path: 'h2.txt', format: 'text' } });
    const { services, disk, store } = await memoryJobWorld(glossary);
    const targetLangs = ['ar'];
    await runJob(optionsFor(meteredEngine().engine, [french], { targetLangs }), services([french]));
    const reference = new Map(disk);
    expect((await store.mtCache.requestedKeys()).length).toBeGreaterThan(0);

    disk.clear();
    const english = story(1);
    const broke = meteredEngine(0);
    const stopped = await runJob(optionsFor(broke.engine, [english, french], { targetLangs }), services([english, french]));
    expect(stopped.stopped?.reason).toBe('quota');
    for (const [path, content] of reference) {
      // The report and the review index describe the job (now two stories), not one story.
      if (path !== 'out/report.json' && path !== 'out/review/index.html') expect(disk.get(path), path).toBe(content);
    }
    const frenchReport = stopped.report.articles.find((article) => article.id === 'histoire-2')!;
    expect(frenchReport.languages['ar']).toMatchObject({ translated: 4, untranslated: 0 });
  });
});

describe('check after a run with an online engine', () => {
  it('fills from the MT cache without calling the engine, and finds nothing stale', async () => {
    const stories = [story(1), story(2)];
    const { services } = await memoryJobWorld(glossary);
    await runJob(optionsFor(meteredEngine().engine, stories), services(stories));
    const checked = await checkJob(optionsFor(unreachableEngine, stories), services(stories));
    expect(checked.stale).toEqual([]);
  });

  it('counts as stale only the outputs of units the cache, TM and ledger cannot fill', async () => {
    const stories = [story(1), story(2)];
    const { services } = await memoryJobWorld(glossary);
    await runJob(optionsFor(meteredEngine().engine, stories), services(stories));
    const added = [...stories, story(3)];
    const checked = await checkJob(optionsFor(unreachableEngine, added), services(added));
    expect(checked.stale.map((item) => item.path).sort()).toEqual([
      'locales/ar/story-3.json',
      'locales/en/story-3.json',
      'locales/fr/story-3.json',
      'out/report.json',
      'out/review/index.html',
      'out/review/story-3.html',
      'out/story-3.report.json',
      'out/xliff-1.2/story-3.ar.xlf',
      'out/xliff-1.2/story-3.fr.xlf',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkJob, runJob, type RunOptions } from '../../src/job/run.js';
import type { Article } from '../../src/model.js';
import type { TranslationEngine } from '../../src/mt/engine.js';
import { pseudoEngine } from '../../src/mt/engines/pseudo.js';
import { articleOf, entry, glossaryOf } from '../helpers/builders.js';
import { countingEngine, jobOptions, memoryJobWorld } from '../helpers/job-world.js';

const glossary = glossaryOf(entry('Baghdad', { fr: 'Bagdad', ar: 'بغداد' }, { type: 'name', caseSensitive: true }));

const story = (paragraphs: string[], id = 'talks-2024-11-23'): Article =>
  articleOf([['headline', 'Talks on troops open in Baghdad'], ...paragraphs.map((text) => ['paragraph', text] as ['paragraph', string])], { id });

const original = story([
  'Delegations met in Baghdad on Friday. They agreed to form working groups.',
  'The talks will resume next month.',
  'Officials gave no timeline.',
]);

const world = () => memoryJobWorld(glossary);
const options = (engine: TranslationEngine, patch: Partial<RunOptions> = {}): RunOptions => jobOptions(engine, ['test.txt'], patch);

describe('incremental runs', () => {
  it('sends nothing on a re-run and writes the same bytes', async () => {
    const { services, disk } = await world();
    const { engine, asked } = countingEngine();
    await runJob(options(engine), services([original]));
    const firstAsked = asked.length;
    const firstDisk = new Map(disk);
    expect(firstAsked).toBe(2 * 5);
    const again = await runJob(options(engine), services([original]));
    expect(asked).toHaveLength(firstAsked);
    expect(again).toMatchObject({ skipped: 1, written: [], stats: { unitsSent: 0, requests: 0 } });
    expect(disk).toEqual(firstDisk);
  });

  it('recomputes an unchanged input whose outputs were edited or deleted, from the MT cache', async () => {
    const { services, disk } = await world();
    const { engine, asked } = countingEngine();
    await runJob(options(engine), services([original]));
    const firstDisk = new Map(disk);
    disk.set('out/talks-2024-11-23.fr.txt', 'edited by hand');
    disk.delete('out/xliff-1.2/talks-2024-11-23.ar.xlf');
    asked.length = 0;
    const again = await runJob(options(engine), services([original]));
    expect(again).toMatchObject({ skipped: 0, stats: { fromCache: 10, unitsSent: 0 } });
    expect([...again.written].sort()).toEqual(['out/talks-2024-11-23.fr.txt', 'out/xliff-1.2/talks-2024-11-23.ar.xlf']);
    expect(disk).toEqual(firstDisk);
  });

  it('recomputes every input when human work changes, since a TM entry can change any output', async () => {
    const { services, store } = await world();
    const { engine } = countingEngine();
    await runJob(options(engine), services([original]));
    await store.tm.add([{ sourceLang: 'en', targetLang: 'fr', source: 'Unrelated.', target: 'Sans rapport.', origin: 'tmx' }]);
    const again = await runJob(options(engine), services([original]));
    expect(again.skipped).toBe(0);
    expect(again.stats.fromCache).toBe(10);
  });

  it('sends only the new or changed segments of a corrected story, and drops the vanished ones', async () => {
    const { services, disk, store } = await world();
    const { engine, asked } = countingEngine();
    await runJob(options(engine), services([original]));
    asked.length = 0;
    const corrected = story([
      'Delegations met in Baghdad on Friday. They agreed to form two working groups.',
      'The talks will resume next month.',
    ]);
    await runJob(options(engine), services([corrected]));
    expect(asked.sort()).toEqual(['ar:They agreed to form two working groups.', 'fr:They agreed to form two working groups.']);
    const fr = disk.get('out/talks-2024-11-23.fr.txt')!;
    expect(fr).not.toContain('timeline');
    expect(JSON.parse(disk.get('locales/fr/talks-2024-11-23.json')!).segments.p3).toBeUndefined();
    expect((await store.ledger.forArticle('talks-2024-11-23', 'fr')).map((entry) => entry.unitId)).toEqual([
      'headline.s1',
      'p1.s1',
      'p1.s2',
      'p2.s1',
    ]);
  });

  it('pays once for a sentence repeated within a job', async () => {
    const { services } = await world();
    const { engine, asked } = countingEngine();
    const repeated = story(['Officials gave no timeline.', 'Officials gave no timeline.']);
    const result = await runJob(options(engine, { targetLangs: ['fr'] }), services([repeated]));
    expect(asked).toEqual(['fr:Talks on troops open in Baghdad', 'fr:Officials gave no timeline.']);
    expect(result.report.totals.languages['fr']).toMatchObject({ units: 3, translated: 3 });
  });

  it('records every engine request with the characters it billed', async () => {
    const { services, store } = await world();
    const { engine } = countingEngine();
    await runJob(options(engine, { targetLangs: ['fr'] }), services([original]));
    const characters = [
      'Talks on troops open in Baghdad',
      'Delegations met in Baghdad on Friday.',
      'They agreed to form working groups.',
      'The talks will resume next month.',
      'Officials gave no timeline.',
    ].join('').length;
    expect(await store.mtCache.usage()).toEqual([{ engine: 'pseudo', targetLang: 'fr', requests: 1, texts: 5, characters }]);
  });
});

describe('translation memory and human work', () => {
  it('fills exact TM matches without asking the engine and offers fuzzy matches as suggestions', async () => {
    const { services, store, disk } = await world();
    await store.tm.add([
      { sourceLang: 'en', targetLang: 'fr', source: 'The talks will resume next month.', target: 'Les pourparlers reprendront le mois prochain.', origin: 'tmx' },
      { sourceLang: 'en', targetLang: 'fr', source: 'Officials gave no time frame.', target: 'Les responsables n’ont donné aucun calendrier.', origin: 'tmx' },
    ]);
    const { engine, asked } = countingEngine();
    const result = await runJob(options(engine, { targetLangs: ['fr'] }), services([original]));
    expect(result.stats.fromTm).toBe(1);
    expect(asked).not.toContain('fr:The talks will resume next month.');
    expect(disk.get('out/talks-2024-11-23.fr.txt')).toContain('Les pourparlers reprendront le mois prochain.');
    const xliff = disk.get('out/xliff-1.2/talks-2024-11-23.fr.xlf')!;
    expect(xliff).toMatch(/<trans-unit id="p2\.s1"[\s\S]*?<target state="translated"[^>]*>Les pourparlers reprendront/);
  });

  it('keeps a reviewed human translation: neither TM nor MT replaces it while its source is unchanged', async () => {
    const { services, store, disk } = await world();
    const { engine } = countingEngine();
    await runJob(options(engine, { targetLangs: ['fr'] }), services([original]));
    const segment = 'Officials gave no timeline.';
    const hash = (await import('../../src/util/hash.js')).hashText(segment);
    await store.ledger.record({
      articleId: 'talks-2024-11-23', targetLang: 'fr', unitId: 'p3.s1', sourceHash: hash,
      target: 'Les responsables n’ont donné aucun calendrier.', state: 'reviewed', origin: 'human',
    });
    await store.tm.add([{ sourceLang: 'en', targetLang: 'fr', source: segment, target: 'Autre chose.', origin: 'tmx' }]);
    const result = await runJob(options(engine, { targetLangs: ['fr'] }), services([original]));
    expect(result.stats.fromLedger).toBe(1);
    expect(disk.get('out/talks-2024-11-23.fr.txt')).toContain('Les responsables n’ont donné aucun calendrier.');
    expect(await store.ledger.get('talks-2024-11-23', 'fr', 'p3.s1', hash)).toMatchObject({ state: 'reviewed', origin: 'human' });
    // Recording the same human work again is no change: the next run finds the story up to date.
    const again = await runJob(options(engine, { targetLangs: ['fr'] }), services([original]));
    expect(again).toMatchObject({ skipped: 1, written: [] });
  });
});

describe('checkJob', () => {
  it('finds nothing stale right after a run, and names what changed on disk or in the inputs', async () => {
    const { services, disk, store } = await world();
    const { engine, asked } = countingEngine();
    await runJob(options(engine), services([original]));
    const sentBefore = asked.length;
    const requestsBefore = (await store.mtCache.requestedKeys()).length;
    expect(await checkJob(options(engine), services([original]))).toMatchObject({ stale: [] });

    disk.set('out/talks-2024-11-23.ar.txt', 'edited by hand');
    disk.delete('locales/fr/talks-2024-11-23.json');
    const edited = story(['Delegations met in Baghdad on Saturday.', 'The talks will resume next month.', 'Officials gave no timeline.']);
    const check = await checkJob(options(engine), services([edited]));
    expect(check.stale).toEqual(
      expect.arrayContaining([
        { path: 'out/talks-2024-11-23.ar.txt', problem: 'out of date' },
        { path: 'locales/fr/talks-2024-11-23.json', problem: 'missing' },
        { path: 'locales/en/talks-2024-11-23.json', problem: 'out of date' },
      ]),
    );
    // check computed the new targets with the offline engine but committed nothing
    expect(asked.length).toBeGreaterThan(sentBefore);
    expect(await store.mtCache.requestedKeys()).toHaveLength(requestsBefore);
  });

  it('never calls an online engine: units it would have to translate show up as stale', async () => {
    const { services } = await world();
    const online = countingEngine({ ...pseudoEngine, name: 'online', origin: 'mt', offline: false });
    await runJob(options(online.engine), services([original]));
    online.asked.length = 0;
    const edited = story(['Delegations met in Baghdad on Saturday.', 'The talks will resume next month.', 'Officials gave no timeline.']);
    const check = await checkJob(options(online.engine), services([edited]));
    expect(online.asked).toEqual([]);
    expect(check.stale.length).toBeGreaterThan(0);
  });
});

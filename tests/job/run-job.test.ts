import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { streamedContent, type OutputFile } from '../../src/io/atomic-write.js';
import { runJob, type RunOptions, type RunServices } from '../../src/job/run.js';
import type { Article } from '../../src/model.js';
import { noneEngine } from '../../src/mt/engines/none.js';
import { pseudoEngine } from '../../src/mt/engines/pseudo.js';
import { createFormatter } from '../../src/render/formatter.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import type { Store } from '../../src/store/store.js';
import { articleOf, entry, glossaryOf } from '../helpers/builders.js';
import { engineSettings, liveEngine } from '../helpers/live-engines.js';
import { sha256OnDisk } from '../helpers/job-world.js';

const glossary = glossaryOf(
  entry('Baghdad', { fr: 'Bagdad', ar: 'بغداد' }, { type: 'name', caseSensitive: true }),
  entry('air strike', { fr: 'frappe aérienne', ar: 'غارة جوية' }),
);
const story = articleOf([
  ['headline', 'Air strike hits Baghdad depot'],
  ['paragraph', 'An air strike hit a depot on Friday. Nobody was hurt, officials said.'],
  ['paragraph', 'There are roughly 2,500 US troops in Iraq.'],
]);

/** In-memory services: articles by path, a store in memory, and a record of what the job wrote and removed. */
async function fakeServices(articles: Record<string, Article | Error>, given?: Store) {
  const store = given ?? (await openSqliteStore(':memory:'));
  const written: OutputFile[][] = [];
  const removed: string[][] = [];
  const disk = new Map<string, string>();
  const services: RunServices = {
    readArticle: async (path) => {
      const article = articles[path];
      if (article === undefined || article instanceof Error) throw article ?? new Error(`no fixture ${path}`);
      return article;
    },
    readGlossary: async () => glossary,
    writeOutputs: async (files) => {
      written.push([...files]);
      for (const file of files) disk.set(file.path, file.content);
      return files.map((file) => file.path);
    },
    writeStreamedOutput: async (file) => {
      const content = await streamedContent(file);
      written.push([{ path: file.path, content }]);
      disk.set(file.path, content);
      return true;
    },
    removeFiles: async (paths) => {
      removed.push([...paths]);
      return paths.filter((path) => disk.delete(path));
    },
    prepareOutputFolders: async () => {},
    readOutput: async (path) => disk.get(path),
    outputSha256: sha256OnDisk(disk),
    formatter: createFormatter(),
    store,
    codeVersion: 'test',
    engine: liveEngine,
  };
  return { services, written, removed, disk, store };
}

const options = (patch: Partial<RunOptions> = {}): RunOptions => ({
  inputs: ['story.txt'],
  targetLangs: ['fr', 'ar'],
  outDir: 'out',
  localesDir: 'locales',
  glossaryPath: 'glossary',
  engine: engineSettings(pseudoEngine),
  xliffVersions: ['1.2', '2.1'],
  allowPartial: false,
  concurrency: 2,
  fuzzyThreshold: 75,
  ...patch,
});

describe('runJob', () => {
  it('writes bundles, XLIFF per version and language, stories and the report: the story as one set, then the folder\'s files', async () => {
    const { services, written } = await fakeServices({ 'story.txt': story });
    const result = await runJob(options(), services);
    expect(written.map((set) => set.map((file) => file.path).sort())).toEqual([
      expect.not.arrayContaining(['out/report.json', 'out/review/index.html']),
      ['out/review/index.html'],
      ['out/report.json'],
    ]);
    expect(written.flat().map((file) => file.path).sort()).toEqual(
      [
        'locales/en/test-article-2024-11-23.json',
        'locales/fr/test-article-2024-11-23.json',
        'locales/ar/test-article-2024-11-23.json',
        'out/xliff-1.2/test-article-2024-11-23.fr.xlf',
        'out/xliff-2.1/test-article-2024-11-23.fr.xlf',
        'out/xliff-1.2/test-article-2024-11-23.ar.xlf',
        'out/xliff-2.1/test-article-2024-11-23.ar.xlf',
        'out/test-article-2024-11-23.fr.txt',
        'out/test-article-2024-11-23.ar.txt',
        'out/review/test-article-2024-11-23.html',
        'out/review/index.html',
        'out/test-article-2024-11-23.report.json',
        'out/report.json',
      ].sort(),
    );
    expect(result.report.engine.produces).toBe('pseudo');
    expect(result.report.totals.segments).toBe(4);
    expect(result.report.totals.glossaryHits['baghdad']).toEqual({ term: 'Baghdad', count: 1 });
    expect(result.report.totals.glossaryHits['air-strike']).toEqual({ term: 'air strike', count: 2 });
    expect(result.report.totals.languages['fr']).toEqual({
      units: 4,
      translated: 4,
      untranslated: 0,
      failed: 0,
      withheld: 0,
      origins: { human: 0, tm: 0, mt: 0, pseudo: 4, none: 0 },
    });
    expect(result.stats.unitsSent).toBe(8);
    const frStory = written[0]!.find((file) => file.path === 'out/test-article-2024-11-23.fr.txt')!.content;
    expect(frStory).toContain('Bagdad\u00A0– [');
    expect(frStory).toContain('frappe aérienne');
  });

  it('skips an input that cannot be read, writing the others (tests/job/failed-inputs.test.ts has more)', async () => {
    const broken = new InputError('the file is empty', { file: 'bad.txt', line: 1 });
    const { services, disk } = await fakeServices({ 'story.txt': story, 'bad.txt': broken });
    const result = await runJob(options({ inputs: ['story.txt', 'bad.txt'] }), services);
    expect(result.failedInputs).toEqual([{ path: 'bad.txt', error: broken }]);
    expect(disk.has('out/test-article-2024-11-23.fr.txt')).toBe(true);
  });

  it('writes nothing at all when its only input cannot be read', async () => {
    const broken = new InputError('the file is empty', { file: 'bad.txt', line: 1 });
    const { services, written, removed } = await fakeServices({ 'bad.txt': broken });
    await expect(runJob(options({ inputs: ['bad.txt'] }), services)).rejects.toBe(broken);
    expect(written).toEqual([]);
    expect(removed).toEqual([]);
  });

  it('refuses two inputs with the same article id, naming both files', async () => {
    const twin = { ...story, source: { path: 'twin.txt', format: 'text' as const } };
    const { services, written } = await fakeServices({ 'story.txt': story, 'twin.txt': twin });
    await expect(runJob(options({ inputs: ['story.txt', 'twin.txt'] }), services)).rejects.toThrow(/also the id of test\.txt/);
    expect(written).toEqual([]);
  });

  it('with the none engine leaves units untranslated, writes no story and removes a stale one', async () => {
    const { services, written, removed } = await fakeServices({ 'story.txt': story });
    const result = await runJob(options({ engine: engineSettings(noneEngine) }), services);
    expect(result.stats.unitsSent).toBe(0);
    expect(written[0]!.some((file) => file.path.endsWith('.txt'))).toBe(false);
    expect(removed[0]).toEqual(['out/test-article-2024-11-23.fr.txt', 'out/test-article-2024-11-23.ar.txt']);
    expect(result.report.articles[0]!.languages['fr']).toMatchObject({ untranslated: 4, story: 'not-written' });
    const frBundle = JSON.parse(written[0]!.find((file) => file.path === 'locales/fr/test-article-2024-11-23.json')!.content);
    expect(frBundle).toEqual({ dateline: { place: 'Bagdad', date: 'samedi 23 novembre 2024' } });
  });

  it('with allowPartial writes the story with every gap marked', async () => {
    const { services, written } = await fakeServices({ 'story.txt': story });
    const result = await runJob(options({ engine: engineSettings(noneEngine), allowPartial: true, targetLangs: ['fr'] }), services);
    const frStory = written[0]!.find((file) => file.path.endsWith('.fr.txt'))!.content;
    expect(frStory.match(/\[UNTRANSLATED: /g)).toHaveLength(4);
    expect(result.report.articles[0]!.languages['fr']!.story).toBe('partial');
  });

  it('produces identical outputs when run twice on the same input', async () => {
    const first = await fakeServices({ 'story.txt': story });
    const second = await fakeServices({ 'story.txt': story });
    await runJob(options(), first.services);
    await runJob(options(), second.services);
    expect(second.written).toEqual(first.written);
  });
});

import { describe, expect, it } from 'vitest';
import { InputError, UsageError, XliffReadError } from '../../src/errors.js';
import { importXliffFiles, type ImportOptions } from '../../src/job/import.js';
import { prepareArticle } from '../../src/job/prepare.js';
import { checkJob, runJob } from '../../src/job/run.js';
import type { Article } from '../../src/model.js';
import type { ProjectReport } from '../../src/report/index.js';
import { OWED_FINGERPRINT } from '../../src/store/store.js';
import type { TranslationEngine } from '../../src/mt/engine.js';
import { pseudoEngine } from '../../src/mt/engines/pseudo.js';
import type { ReadXliffFile } from '../../src/xliff/read/types.js';
import { articleOf, glossaryOf } from '../helpers/builders.js';
import { jobOptions, memoryJobWorld } from '../helpers/job-world.js';
import { engineSettings } from '../helpers/live-engines.js';
import { code, readFile, readUnit } from '../import/helpers.js';

const glossary = glossaryOf();
const story: Article = articleOf(
  [
    ['headline', 'Talks on troops open in Baghdad'],
    ['paragraph', 'Delegations met on Friday. They agreed to form working groups.'],
  ],
  { id: 'talks-2024-11-23' },
);
const [headline, firstSentence] = prepareArticle(story, glossary, ['fr']).segments;
/** A second story, run in the same job. */
const other: Article = articleOf([['headline', 'Port reopens after strike'], ['paragraph', 'Ships sailed.']], {
  id: 'port-2024-11-23',
  source: { path: 'other.txt', format: 'text' },
});
const runOptions = jobOptions(pseudoEngine, ['test.txt', 'other.txt'], { targetLangs: ['fr'] });
const { inputs: _inputs, ...regenerate } = runOptions;

/**
 * The world after `run` with the pseudo engine, and an import that reads the given files by path;
 * `readFails` says which read of a story (1 the first) fails, as a story edited meanwhile would.
 */
async function afterRun(files: Readonly<Record<string, ReadXliffFile | Error>>, readFails: (path: string, read: number) => boolean = () => false) {
  const world = await memoryJobWorld(glossary);
  const services = world.services([story, other]);
  await runJob(runOptions, services);
  const glossariesRead: string[] = [];
  /** The stories import read, by path. */
  const readPaths: string[] = [];
  const importServices = {
    ...services,
    readGlossary: async (path: string) => {
      glossariesRead.push(path);
      return services.readGlossary(path);
    },
    readArticle: async (path: string) => {
      readPaths.push(path);
      const found = [story, other].find((article) => article.source.path === path);
      if (!found) throw new InputError('no such file', { file: path });
      if (readFails(path, readPaths.filter((read) => read === path).length)) throw new InputError('no body paragraphs after the headline', { file: path, line: 2 });
      return found;
    },
    readXliff: async (path: string) => {
      const file = files[path];
      if (file instanceof Error) throw file;
      return file!;
    },
  };
  const importFiles = (paths: string[], patch: Partial<ImportOptions> = {}) =>
    importXliffFiles({ files: paths, defaultGlossaryPath: 'glossary', layout: regenerate, regenerate: () => regenerate, ...patch }, importServices);
  return { ...world, services, importServices, importFiles, glossariesRead, readPaths };
}

const reviewed = readFile([
  readUnit(headline!.id, [headline!.source], ['Les pourparlers sur les troupes s’ouvrent à Bagdad'], 'reviewed'),
  readUnit(firstSentence!.id, [firstSentence!.source], ['Les délégations se sont réunies vendredi.'], 'draft'),
], { articleId: story.id });

describe('importXliffFiles', () => {
  it('stores applied units as human work and human-approved memory, and regenerates the outputs', async () => {
    const { store, disk, importFiles } = await afterRun({ 'fr.xlf': reviewed });
    const result = await importFiles(['fr.xlf']);
    expect(result.files).toHaveLength(1);
    expect(await store.ledger.get(story.id, 'fr', headline!.id, headline!.hash)).toMatchObject({
      target: 'Les pourparlers sur les troupes s’ouvrent à Bagdad',
      state: 'reviewed',
      origin: 'human',
    });
    expect(await store.tm.exact('en', 'fr', headline!.source)).toMatchObject({ origin: 'human', similarity: 100 });
    expect(result.regenerated).toHaveLength(1);
    expect(disk.get(`out/${story.id}.fr.txt`)).toContain('Les pourparlers sur les troupes s’ouvrent à Bagdad');
    expect(disk.get(`out/xliff-1.2/${story.id}.fr.xlf`)).toMatch(/<trans-unit id="headline\.s1" resname="headline\.s1" approved="yes" extradata="wire-l10n:base=[0-9a-f]{16}">/);
    // The review page shows the imported work for what it is.
    expect(disk.get(`out/review/${story.id}.html`)).toMatch(/id="u-headline\.s1">.*<span class="badge badge-reviewed" lang="en" dir="ltr">reviewed · human<\/span>/u);
  });

  it('keeps every story of the output folder in the review index, with their counts, when it regenerates one', async () => {
    const { disk, services, importFiles } = await afterRun({ 'fr.xlf': reviewed });
    const result = await importFiles(['fr.xlf']);
    const regenerated = result.regenerated[0]!.result.report.articles;
    expect(regenerated.map((article) => article.id)).toEqual([story.id]);
    const index = disk.get('out/review/index.html')!;
    expect([...index.matchAll(/<a href="([^"]+)">/gu)].map((match) => match[1])).toEqual([`${other.id}.html`, `${story.id}.html`]);
    /** The counts of a story's fr row: units, human, TM, MT, pseudo, untranslated. */
    const units = (id: string) => new RegExp(`<a href="${id}\\.html">[\\s\\S]*?<td lang="en">fr</td>((?:<td class="num">\\d+</td>){6})`, 'u').exec(index)![1];
    const cells = (counts: readonly number[]) => counts.map((n) => `<td class="num">${n}</td>`).join('');
    // talks: the reviewed headline imported (a draft is not applied), the rest still pseudo, as its report says; port untouched.
    const fr = regenerated[0]!.languages.fr!;
    expect(units(story.id)).toBe(cells([fr.units, fr.origins.human, fr.origins.tm, fr.origins.mt, fr.origins.pseudo, fr.origins.none]));
    expect(units(story.id)).toBe(cells([3, 1, 0, 0, 2, 0]));
    expect(units(other.id)).toBe(cells([2, 0, 0, 0, 2, 0]));
    expect((await checkJob(runOptions, services, ['review'])).stale).toEqual([]);
  });

  it('keeps every story of the output folder in report.json when it regenerates one, the other as it was, and check finds nothing stale', async () => {
    const { disk, services, importFiles } = await afterRun({ 'fr.xlf': reviewed });
    const before = JSON.parse(disk.get('out/report.json')!) as ProjectReport;
    const otherReport = disk.get(`out/${other.id}.report.json`);
    await importFiles(['fr.xlf']);
    const after = JSON.parse(disk.get('out/report.json')!) as ProjectReport;
    expect(after.articles.map((article) => article.id)).toEqual([other.id, story.id]);
    expect(after.articles[0]).toEqual(before.articles[0]);
    expect(disk.get(`out/${other.id}.report.json`)).toBe(otherReport);
    // talks: the reviewed headline imported.
    expect(after.articles[1]!.languages.fr!.origins).toEqual({ human: 1, tm: 0, mt: 0, pseudo: 2, none: 0 });
    expect(after.totals.languages.fr!.origins).toEqual({ human: 1, tm: 0, mt: 0, pseudo: 4, none: 0 });
    expect(after.files).toEqual(before.files);
    expect(JSON.parse(disk.get(`out/${story.id}.report.json`)!)).toEqual(after.articles[1]);
    expect((await checkJob(runOptions, services)).stale).toEqual([]);
  });

  it('runs house style on the imported work: a translated target is fixed, a reviewed one only reported', async () => {
    const quoted = readFile([
      readUnit(headline!.id, [headline!.source], ['Les pourparlers "sur les troupes" s’ouvrent'], 'reviewed'),
      // "Friday" is a typed value: its code travels with the translation.
      readUnit(firstSentence!.id, ['Delegations met on ', code('1', 'Friday'), '.'], ['Les délégations ont dit "oui" ', code('1', 'Friday'), '.'], 'translated'),
    ], { articleId: story.id });
    const { disk, importFiles } = await afterRun({ 'fr.xlf': quoted });
    await importFiles(['fr.xlf']);
    const written = disk.get(`out/${story.id}.fr.txt`)!;
    expect(written).toContain('Les pourparlers "sur les troupes" s’ouvrent');
    // The quotes are fixed; the weekday's code comes back as the source wrote it until import renders codes per locale.
    expect(written).toContain('Les délégations ont dit «\u202foui\u202f» ');
    const fr = JSON.parse(disk.get('out/report.json')!).articles.find((article: { id: string }) => article.id === story.id).languages.fr;
    expect(fr.unitFindings[headline!.id].map((finding: { ruleId: string; fixable: boolean }) => [finding.ruleId, finding.fixable])).toEqual([
      ['fr-typography/quote-style', true],
      ['fr-typography/quote-style', true],
    ]);
    expect(fr.unitFindings[firstSentence!.id].map((finding: { ruleId: string }) => finding.ruleId)).toEqual(['qa/house-style-fixed']);
  });

  it('never lets an engine replace the reviewed unit on later runs, nor even asks it for that unit', async () => {
    const { disk, services, importFiles } = await afterRun({ 'fr.xlf': reviewed });
    await importFiles(['fr.xlf']);
    // Another engine: its cache is empty, so it is asked for every unit it may translate.
    const asked: string[] = [];
    const otherEngine: TranslationEngine = {
      ...pseudoEngine,
      name: 'other-mt',
      origin: 'mt',
      async translateBatch(batch, context) {
        asked.push(...batch.segments.map((segment) => segment.source));
        return pseudoEngine.translateBatch(batch, context);
      },
    };
    await runJob({ ...runOptions, engine: engineSettings(otherEngine) }, services);
    expect(asked).not.toContain(headline!.source);
    expect(asked).toContain(firstSentence!.source);
    expect(disk.get(`out/${story.id}.fr.txt`)).toContain('Les pourparlers sur les troupes s’ouvrent à Bagdad');
  });

  it('after an import killed between storing a file and regenerating, importing it again regenerates the outputs', async () => {
    const { disk, importFiles } = await afterRun({ 'fr.xlf': reviewed });
    const before = disk.get(`out/${story.id}.fr.txt`);
    // Stored, then killed before regenerating: the same state as an import that only stores.
    await importFiles(['fr.xlf'], { regenerate: undefined });
    expect(disk.get(`out/${story.id}.fr.txt`)).toBe(before);
    const again = await importFiles(['fr.xlf']);
    const [file] = again.files;
    expect('plan' in file! && file.plan.ledger).toEqual([]); // nothing new to apply: all already imported
    expect(again.regenerated.map((job) => job.stories)).toEqual([['test.txt']]);
    expect(disk.get(`out/${story.id}.fr.txt`)).toContain('Les pourparlers sur les troupes s’ouvrent à Bagdad');
    // Once regenerated, nothing is owed: a third import regenerates nothing.
    expect((await importFiles(['fr.xlf'])).regenerated).toEqual([]);
  });

  it('after an import killed before report.json named the regenerated outputs, importing again pays the debt', async () => {
    const { disk, store, importServices, importFiles } = await afterRun({ 'fr.xlf': reviewed });
    // The kill comes while the folder's outputs are written, after the story's own.
    const killed = { ...importServices, writeStreamedOutput: async () => Promise.reject(new Error('SIGKILL')) };
    await expect(importXliffFiles({ files: ['fr.xlf'], defaultGlossaryPath: 'glossary', layout: regenerate, regenerate: () => regenerate }, killed)).rejects.toThrow('SIGKILL');
    expect(disk.get(`out/${story.id}.fr.txt`)).toContain('Les pourparlers sur les troupes s’ouvrent à Bagdad');
    const stale = JSON.parse(disk.get('out/report.json')!) as ProjectReport;
    expect(stale.articles.find((article) => article.id === story.id)!.languages.fr!.origins.human).toBe(0);
    expect((await store.outputs.get('test.txt'))?.fingerprint).toBe(OWED_FINGERPRINT);
    const again = await importFiles(['fr.xlf']);
    expect(again.regenerated.map((job) => job.stories)).toEqual([['test.txt']]);
    const report = JSON.parse(disk.get('out/report.json')!) as ProjectReport;
    expect(report.articles.find((article) => article.id === story.id)!.languages.fr!.origins.human).toBeGreaterThan(0);
    expect((await importFiles(['fr.xlf'])).regenerated).toEqual([]);
  });

  it('leaves human work as imported: a run after an import whose target house style fixes changes nothing', async () => {
    const spaced = readFile([readUnit(headline!.id, [headline!.source], ['Pourparlers à Bagdad : les troupes'], 'translated')], { articleId: story.id });
    const { disk, store, services, importFiles } = await afterRun({ 'fr.xlf': spaced });
    await importFiles(['fr.xlf']);
    // The published story has the house form (a no-break space before the colon), and says it fixed it.
    expect(disk.get(`out/${story.id}.fr.txt`)).toMatch(/Pourparlers à Bagdad[\u00a0\u202f]: les troupes/);
    expect(disk.get(`out/${story.id}.report.json`)).toContain('qa/house-style-fixed');
    const revision = await store.outputs.humanWorkRevision();
    const ledger = await store.ledger.forArticle(story.id, 'fr');
    const before = new Map(disk);
    // The other story is computed again (human work changed since its record), to the same bytes.
    expect((await runJob(runOptions, services)).writtenCount).toBe(0);
    expect((await runJob(runOptions, services)).skipped).toBe(2);
    expect(new Map(disk)).toEqual(before);
    expect(await store.outputs.humanWorkRevision()).toBe(revision);
    expect(await store.ledger.forArticle(story.id, 'fr')).toEqual(ledger);
    expect(ledger.find((entry) => entry.unitId === headline!.id)?.target).toBe('Pourparlers à Bagdad : les troupes');
  });

  it('reports a refused file and still applies the others; the refused one changes nothing', async () => {
    const refusal = new XliffReadError('not well-formed', { file: 'bad.xlf', line: 3 });
    const { store, importFiles } = await afterRun({ 'bad.xlf': refusal, 'fr.xlf': reviewed });
    const revision = await store.outputs.humanWorkRevision();
    const result = await importFiles(['bad.xlf', 'fr.xlf']);
    expect(result.files[0]).toEqual({ path: 'bad.xlf', error: refusal });
    expect('plan' in result.files[1]!).toBe(true);
    expect(await store.outputs.humanWorkRevision()).toBeGreaterThan(revision);
  });

  it('finds the story by the id the file carries in the project\'s records, never reading the path the file names', async () => {
    const { importFiles, readPaths } = await afterRun({ 'fr.xlf': { ...reviewed, original: '/etc/passwd' } });
    const [first] = (await importFiles(['fr.xlf'], { regenerate: undefined })).files;
    expect('plan' in first! && first.plan.storyPath).toBe('test.txt');
    expect(readPaths).toEqual(['test.txt']);
  });

  it.each([
    ['a story id the project does not know', { articleId: 'passwd' }, /^fr\.xlf:1: the file translates story "passwd", which this project does not know$/],
    ['no story id', { articleId: undefined }, /^fr\.xlf:1: the file names no story id/],
  ])('refuses a file with %s whole, reading no story', async (_name, patch, message) => {
    const { store, importFiles, readPaths } = await afterRun({ 'fr.xlf': { ...reviewed, original: '/etc/passwd', ...patch } });
    const revision = await store.outputs.humanWorkRevision();
    const result = await importFiles(['fr.xlf']);
    const [first] = result.files;
    expect('error' in first! && first.error.describe()).toMatch(message);
    expect(readPaths).toEqual([]);
    expect(result.regenerated).toEqual([]);
    expect(await store.outputs.humanWorkRevision()).toBe(revision);
  });

  it('refuses a file whose story cannot be read any more, naming the story and its path', async () => {
    const { store, importFiles } = await afterRun({ 'fr.xlf': reviewed });
    await store.stories.put(story.id, { inputKey: 'gone.txt', version: 1 });
    const [first] = (await importFiles(['fr.xlf'])).files;
    expect('error' in first! && first.error.describe()).toMatch(/^fr\.xlf:1: story "talks-2024-11-23" \(gone\.txt\) cannot be read: gone\.txt: no such file/);
  });

  it('regenerates the other stories when one became unreadable after its file was matched, listing it', async () => {
    const [otherHeadline] = prepareArticle(other, glossary, ['fr']).segments;
    const otherReviewed = readFile([readUnit(otherHeadline!.id, [otherHeadline!.source], ['Le port rouvre après la grève'], 'reviewed')], { articleId: other.id });
    const { disk, importFiles } = await afterRun({ 'fr.xlf': reviewed, 'other.fr.xlf': otherReviewed }, (path, read) => path === 'other.txt' && read > 1);
    const result = await importFiles(['fr.xlf', 'other.fr.xlf']);
    expect(result.files.every((file) => 'plan' in file)).toBe(true);
    expect(result.regenerationFailure).toBeUndefined();
    const [job] = result.regenerated;
    expect(job!.result.failedInputs.map(({ error }) => error.describe())).toEqual(['other.txt:2: no body paragraphs after the headline']);
    expect(disk.get(`out/${story.id}.fr.txt`)).toContain('Les pourparlers sur les troupes s’ouvrent à Bagdad');
    expect(disk.get(`out/${other.id}.fr.txt`)).not.toContain('Le port rouvre');
  });

  it('regenerates nothing when nothing applied', async () => {
    const drafts = readFile([readUnit(headline!.id, [headline!.source], ['x'], 'draft')], { articleId: story.id });
    const { importFiles } = await afterRun({ 'fr.xlf': drafts });
    expect((await importFiles(['fr.xlf'])).regenerated).toEqual([]);
  });

  it.each([
    ['a language the story was not run in', { targetLang: 'de' }, undefined, /the file is for "de", but the story's target languages are fr$/],
    ['a language not in --to', { targetLang: 'fr' }, ['ar'], /the file is for "fr", but the story's target languages are ar$/],
  ])('refuses a file for %s', async (_name, patch, targetLangs, message) => {
    const { importFiles } = await afterRun({ 'x.xlf': { ...reviewed, ...patch } });
    const [first] = (await importFiles(['x.xlf'], targetLangs ? { targetLangs } : {})).files;
    expect('error' in first! && first.error.message).toMatch(message);
  });

  it('without a record of the story, takes a language it was exported in and refuses another', async () => {
    const { store, importFiles } = await afterRun({ 'fr.xlf': reviewed, 'de.xlf': { ...reviewed, targetLang: 'de' } });
    await store.outputs.put(story.source.path, { ...(await store.outputs.get(story.source.path))!, settings: undefined });
    const [de, fr] = (await importFiles(['de.xlf', 'fr.xlf'])).files;
    expect('error' in de! && de.error.message).toBe('the file is for "de", but story "talks-2024-11-23" was never exported in it (no XLIFF of it in the output folder)');
    expect('plan' in fr! && fr.plan.targetLang).toBe('fr');
  });

  it('regenerates each story the way its record says, and reports a regeneration it cannot do after storing the work', async () => {
    const { store, importFiles } = await afterRun({ 'fr.xlf': reviewed });
    const asked: unknown[] = [];
    const result = await importFiles(['fr.xlf'], {
      regenerate: (recorded, langs) => {
        asked.push([recorded?.engine, recorded?.targetLangs, langs]);
        throw new UsageError('engine deepl needs DEEPL_AUTH_KEY');
      },
    });
    expect(asked).toEqual([['pseudo', ['fr'], ['fr']]]);
    expect(result.regenerationFailure?.message).toBe('engine deepl needs DEEPL_AUTH_KEY');
    expect((await store.ledger.get(story.id, 'fr', headline!.id, headline!.hash))?.origin).toBe('human');
  });

  it('takes a file a tool relabelled fr-FR into the project language fr', async () => {
    const { store, importFiles } = await afterRun({ 'x.xlf': { ...reviewed, targetLang: 'fr-FR' } });
    const [first] = (await importFiles(['x.xlf'])).files;
    expect('plan' in first! && first.plan.targetLang).toBe('fr');
    expect((await store.ledger.get(story.id, 'fr', headline!.id, headline!.hash))?.origin).toBe('human');
  });

  it('regenerates stories run alike in one job', async () => {
    const otherHeadline = prepareArticle(other, glossary, ['fr']).segments[0]!;
    const otherFile = readFile([readUnit(otherHeadline.id, [otherHeadline.source], ['Le port rouvre après la grève'], 'final')], {
      articleId: other.id,
    });
    const { disk, importFiles } = await afterRun({ 'fr.xlf': reviewed, 'other.fr.xlf': otherFile });
    const result = await importFiles(['fr.xlf', 'other.fr.xlf']);
    expect(result.regenerated.map((job) => job.stories)).toEqual([['test.txt', 'other.txt']]);
    expect(disk.get(`out/${other.id}.fr.txt`)).toContain('Le port rouvre après la grève');
  });

  it('prepares each story with the termbase run recorded for it, unless one is given, reading each termbase once', async () => {
    const { importFiles, glossariesRead } = await afterRun({ 'fr.xlf': reviewed, 'again.xlf': reviewed });
    await importFiles(['fr.xlf', 'again.xlf'], { defaultGlossaryPath: 'default-termbase', regenerate: undefined });
    expect(glossariesRead).toEqual(['glossary']);
    await importFiles(['fr.xlf'], { glossaryPath: 'typed-termbase', regenerate: undefined });
    expect(glossariesRead).toEqual(['glossary', 'typed-termbase']);
  });
});

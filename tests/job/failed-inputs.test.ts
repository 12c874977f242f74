/**
 * A batch with stories that cannot be read or parsed: each is skipped and listed, the others are
 * written; when none can be read the job fails as a single bad story does.
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { ingestText } from '../../src/ingest/index.js';
import { checkJob, runJob, type RunServices } from '../../src/job/run.js';
import { pseudoEngine } from '../../src/mt/engines/pseudo.js';
import type { ProjectReport } from '../../src/report/index.js';
import { entry, glossaryOf } from '../helpers/builders.js';
import { jobOptions, memoryJobWorld } from '../helpers/job-world.js';

const glossary = glossaryOf(entry('Baghdad', { fr: 'Bagdad', ar: 'بغداد' }, { type: 'name', caseSensitive: true }));

const good = (headline: string): string => `${headline}\n\nDelegations met in Baghdad on Friday. They agreed to meet again.\n`;
/** A front-matter key misspelt at line 3. */
const misspeltKey = '---\nid: harbour\nurgncy: 2\n---\nHarbour reopens after storm\n\nThe harbour reopened on Friday.\n';
/** A headline and no body: refused at line 1. */
const noBody = 'Ministers resign over budget\n';

const stories: Record<string, string> = {
  'a.txt': good('Talks open in Baghdad'),
  'b.txt': good('Markets rally after vote'),
  'c.txt': misspeltKey,
  'd.txt': good('Floods close main road'),
  'e.txt': good('Museum returns stolen vase'),
  'f.txt': noBody,
};
const goodIds = ['talks-open-in-baghdad', 'markets-rally-after-vote', 'floods-close-main-road', 'museum-returns-stolen-vase'];

/** A world whose stories are read from `texts` by the real ingest, as the disk services do. */
async function world(texts: Record<string, string> = stories) {
  const base = await memoryJobWorld(glossary);
  const services: RunServices = {
    ...base.services([]),
    readArticle: async (path) => {
      const text = texts[path];
      if (text === undefined) throw new InputError('no such file', { file: path });
      return ingestText(new TextEncoder().encode(text), path);
    },
  };
  return { ...base, services };
}

const options = (inputs: readonly string[]) => jobOptions(pseudoEngine, inputs, { targetLangs: ['fr'] });

describe('a batch with stories that cannot be read', () => {
  it('writes the four good stories of five and lists the malformed one with its file and line', async () => {
    const { services, disk } = await world();
    const result = await runJob(options(['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt']), services);

    for (const id of goodIds) {
      expect(disk.has(`out/${id}.fr.txt`), id).toBe(true);
      expect(disk.has(`out/xliff-1.2/${id}.fr.xlf`), id).toBe(true);
      expect(disk.has(`locales/fr/${id}.json`), id).toBe(true);
    }
    expect(disk.has('out/harbour.fr.txt')).toBe(false);
    expect(result.report.articles.map((article) => article.id)).toEqual(goodIds);
    expect(result.failedInputs.map(({ path, error }) => [path, error.describe()])).toEqual([['c.txt', 'c.txt:3: unknown front matter key `urgncy`']]);
    const report = JSON.parse(disk.get('out/report.json')!) as ProjectReport;
    expect(report.lastRun.failedInputs).toEqual([{ path: 'c.txt', line: 3, code: 'E_INPUT', message: 'unknown front matter key `urgncy`' }]);
    expect(report.totals.articles).toBe(4);
  });

  it('lists several failures in input order, whatever order they were read in', async () => {
    const { services, disk } = await world();
    const result = await runJob(options(['f.txt', 'a.txt', 'c.txt', 'b.txt']), services);
    expect(result.failedInputs.map((failure) => failure.path)).toEqual(['f.txt', 'c.txt']);
    expect(JSON.parse(disk.get('out/report.json')!).lastRun.failedInputs).toEqual([
      { path: 'f.txt', line: 1, code: 'E_INPUT', message: 'no body paragraphs after the headline' },
      { path: 'c.txt', line: 3, code: 'E_INPUT', message: 'unknown front matter key `urgncy`' },
    ]);
    expect(result.report.articles.map((article) => article.source)).toEqual(['a.txt', 'b.txt']);
  });

  it('leaves failedInputs out of the report when every story was read', async () => {
    const { services, disk } = await world();
    const result = await runJob(options(['a.txt', 'b.txt']), services);
    expect(result.failedInputs).toEqual([]);
    expect(JSON.parse(disk.get('out/report.json')!).lastRun).not.toHaveProperty('failedInputs');
  });

  it('fails as before, writing and claiming nothing, when the only story is malformed', async () => {
    const { services, disk, store } = await world();
    const run = runJob(options(['c.txt']), services);
    await expect(run).rejects.toBeInstanceOf(InputError);
    await expect(run).rejects.toMatchObject({ message: 'unknown front matter key `urgncy`', location: { file: 'c.txt', line: 3 } });
    expect(disk.size).toBe(0);
    expect(await store.stories.get('harbour')).toBeUndefined();
  });

  it('fails with the first story\'s error (in input order) when no story can be read', async () => {
    const { services, disk } = await world();
    await expect(runJob(options(['f.txt', 'c.txt', 'missing.txt']), services)).rejects.toMatchObject({ location: { file: 'f.txt', line: 1 } });
    expect(disk.size).toBe(0);
  });

  it('still stops the whole batch on an error that is not the input\'s (a bug in reading)', async () => {
    const { services, disk } = await world();
    const bug = new TypeError('cannot read properties of undefined');
    const failing: RunServices = { ...services, readArticle: async (path) => (path === 'b.txt' ? Promise.reject(bug) : services.readArticle(path)) };
    await expect(runJob(options(['a.txt', 'b.txt', 'c.txt']), failing)).rejects.toBe(bug);
    expect(disk.size).toBe(0);
  });

  it('keeps the batch-level checks whole: two good stories with one id stop the run beside a malformed one', async () => {
    const { services, disk } = await world({ ...stories, 'twin.txt': good('Talks open in Baghdad') });
    await expect(runJob(options(['a.txt', 'c.txt', 'twin.txt']), services)).rejects.toThrow(/also the id of a\.txt/);
    expect(disk.size).toBe(0);
  });

  it('leaves a story that became malformed its earlier outputs and its id', async () => {
    const texts = { ...stories };
    const { services, disk, store } = await world(texts);
    await runJob(options(['a.txt', 'b.txt']), services);
    const earlier = disk.get('out/talks-open-in-baghdad.fr.txt');
    texts['a.txt'] = misspeltKey;
    const result = await runJob(options(['a.txt', 'b.txt']), services);
    expect(result.failedInputs.map((failure) => failure.path)).toEqual(['a.txt']);
    expect(disk.get('out/talks-open-in-baghdad.fr.txt')).toBe(earlier);
    expect((await store.stories.get('talks-open-in-baghdad'))?.inputKey).toBe('a.txt');
    // Another story cannot take the id while its owner is unreadable.
    texts['g.txt'] = good('Talks open in Baghdad');
    await expect(runJob(options(['g.txt', 'b.txt']), services)).rejects.toThrow(/belongs to a\.txt/);
  });

  it('check compares the readable stories and lists the unreadable one', async () => {
    const { services } = await world();
    await runJob(options(['a.txt', 'b.txt']), services);
    const result = await checkJob(options(['a.txt', 'c.txt', 'b.txt']), services);
    expect(result.failedInputs.map(({ error }) => error.describe())).toEqual(['c.txt:3: unknown front matter key `urgncy`']);
    // Only report.json differs: the run that wrote it did not skip c.txt.
    expect(result.stale).toEqual([{ path: 'out/report.json', problem: 'out of date' }]);
  });
});

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkJob, runJob } from '../../src/job/run.js';
import type { Article } from '../../src/model.js';
import { pseudoEngine } from '../../src/mt/engines/pseudo.js';
import { noneEngine } from '../../src/mt/engines/none.js';
import type { ArticleReport, ProjectReport } from '../../src/report/index.js';
import { articleOf, entry, glossaryOf } from '../helpers/builders.js';
import { jobOptions, memoryJobWorld } from '../helpers/job-world.js';

const glossary = glossaryOf(entry('Baghdad', { fr: 'Bagdad', ar: 'بغداد' }, { type: 'name', caseSensitive: true }));
const talks: Article = articleOf([['headline', 'Talks open in Baghdad'], ['paragraph', 'Delegations met on Friday. They agreed.']], {
  id: 'talks-2024-11-23',
  source: { path: 'talks.txt', format: 'text' },
});
const port: Article = articleOf([['headline', 'Port reopens'], ['paragraph', 'Ships sailed from Baghdad.']], {
  id: 'port-2024-11-23',
  source: { path: 'port.txt', format: 'text' },
});
const both = [talks, port];

const projectReport = (disk: Map<string, string>) => JSON.parse(disk.get('out/report.json')!) as ProjectReport;

describe('report.json, the project report', () => {
  it('lists the stories of earlier jobs in the folder after a job on one, by id, the other as it was', async () => {
    const { disk, services } = await memoryJobWorld(glossary);
    await runJob(jobOptions(pseudoEngine, ['talks.txt', 'port.txt']), services(both));
    const before = projectReport(disk);
    expect(before.articles.map((article) => article.id)).toEqual(['port-2024-11-23', 'talks-2024-11-23']);

    // talks again, in French only and with no engine: its entry changes, port's does not.
    const result = await runJob(jobOptions(noneEngine, ['talks.txt'], { targetLangs: ['fr'] }), services(both));
    const after = projectReport(disk);
    expect(after.articles.map((article) => article.id)).toEqual(['port-2024-11-23', 'talks-2024-11-23']);
    expect(after.articles[0]).toEqual(before.articles[0]);
    expect(Object.keys(after.articles[1]!.languages)).toEqual(['fr']);
    expect(after.articles[1]!.languages.fr!.origins).toEqual({ human: 0, tm: 0, mt: 0, pseudo: 0, none: 3 });
    // Totals over both; the last job's settings under lastRun.
    expect(after.totals).toMatchObject({ articles: 2, segments: 5 });
    expect(after.totals.languages.fr!.origins).toEqual({ human: 0, tm: 0, mt: 0, pseudo: 2, none: 3 });
    expect(after.totals.languages.ar!.units).toBe(2);
    expect(after.totals.glossaryHits).toEqual({ baghdad: { term: 'Baghdad', count: 2 } });
    expect(after.lastRun).toMatchObject({ engine: { name: 'none' }, targetLangs: ['fr'] });
    // port's outputs are listed with this job's.
    expect(after.files).toContain('locales/ar/port-2024-11-23.json');
    expect(after.files).toContain('out/port-2024-11-23.report.json');
    // Story by story in id order, each story's files sorted, then the folder's own.
    const ofStory = (id: string) => after.files.filter((path) => path.includes(id));
    expect(after.files).toEqual([
      ...[...ofStory('port-2024-11-23')].sort(),
      ...[...ofStory('talks-2024-11-23')].sort(),
      'out/review/index.html',
      'out/report.json',
    ]);
    // The job's own report (summary, --json) is still about its own story.
    expect(result.report.articles.map((article) => article.id)).toEqual(['talks-2024-11-23']);
  });

  it('writes each story report beside its outputs, equal to its entry, and check compares them', async () => {
    const { disk, services } = await memoryJobWorld(glossary);
    const options = jobOptions(pseudoEngine, ['talks.txt', 'port.txt']);
    const result = await runJob(options, services(both));
    const report = projectReport(disk);
    for (const article of report.articles) {
      const path = `out/${article.id}.report.json`;
      expect(JSON.parse(disk.get(path)!) as ArticleReport).toEqual(article);
      expect(report.files).toContain(path);
      // Written before report.json, which stays last.
      expect(result.written.indexOf(path)).toBeLessThan(result.written.indexOf('out/report.json'));
    }
    expect(result.written.at(-1)).toBe('out/report.json');
    expect((await checkJob(options, services(both))).stale).toEqual([]);
    disk.set('out/port-2024-11-23.report.json', '{}\n');
    disk.delete('out/talks-2024-11-23.report.json');
    expect((await checkJob(options, services(both), ['report'])).stale).toEqual([
      { path: 'out/talks-2024-11-23.report.json', problem: 'missing' },
      { path: 'out/port-2024-11-23.report.json', problem: 'out of date' },
    ]);
    // Not compared as a story.
    expect((await checkJob(options, services(both), ['stories'])).stale).toEqual([]);
    // A story report changed by hand makes the story current no longer: the next run writes it again.
    const again = await runJob(options, services(both));
    expect(again.written).toEqual(['out/talks-2024-11-23.report.json', 'out/port-2024-11-23.report.json']);
  });

  it('is byte-identical whichever job wrote it last and in whatever order the stories were given', async () => {
    const one = await memoryJobWorld(glossary);
    await runJob(jobOptions(pseudoEngine, ['talks.txt', 'port.txt']), one.services(both));
    const two = await memoryJobWorld(glossary);
    await runJob(jobOptions(pseudoEngine, ['port.txt']), two.services(both));
    await runJob(jobOptions(pseudoEngine, ['talks.txt']), two.services(both));
    expect(two.disk.get('out/report.json')).toBe(one.disk.get('out/report.json'));
    // A job where everything is current writes nothing, report.json included.
    expect((await runJob(jobOptions(pseudoEngine, ['port.txt']), two.services(both))).written).toEqual([]);
  });

  it('leaves out the stories of another output folder and those whose id another input has taken', async () => {
    const { disk, services } = await memoryJobWorld(glossary);
    await runJob(jobOptions(pseudoEngine, ['port.txt']), services(both));
    await runJob(jobOptions(pseudoEngine, ['talks.txt'], { outDir: 'elsewhere' }), services(both));
    expect(JSON.parse(disk.get('elsewhere/report.json')!).articles.map((article: ArticleReport) => article.id)).toEqual(['talks-2024-11-23']);
    // port's newer version in another file takes its id (and its outputs).
    const portV2: Article = { ...port, version: 2, source: { path: 'port-v2.txt', format: 'text' } };
    await runJob(jobOptions(pseudoEngine, ['port-v2.txt']), services([...both, portV2]));
    await runJob(jobOptions(pseudoEngine, ['talks.txt']), services([...both, portV2]));
    const report = projectReport(disk);
    expect(report.articles.map((article) => [article.id, article.source, article.version])).toEqual([
      ['port-2024-11-23', 'port-v2.txt', 2],
      ['talks-2024-11-23', 'talks.txt', 1],
    ]);
  });

  it('is compared by check piece by piece, by digest, never read whole (it grows with the project)', async () => {
    const { services, disk } = await memoryJobWorld(glossary);
    const options = jobOptions(pseudoEngine, ['talks.txt', 'port.txt']);
    await runJob(options, services(both));
    const readWhole: string[] = [];
    const digested: string[] = [];
    const checking = {
      ...services(both),
      readOutput: async (path: string) => (readWhole.push(path), disk.get(path)),
      outputSha256: async (path: string) => {
        digested.push(path);
        const content = disk.get(path);
        return content === undefined ? undefined : createHash('sha256').update(content).digest('hex');
      },
    };
    expect((await checkJob(options, checking)).stale).toEqual([]);
    expect(digested.sort()).toEqual(['out/report.json', 'out/review/index.html']);
    expect(readWhole).not.toContain('out/report.json');
    disk.set('out/report.json', disk.get('out/report.json')!.replace('talks', 'TALKS'));
    disk.delete('out/review/index.html');
    expect((await checkJob(options, checking)).stale).toEqual([
      { path: 'out/review/index.html', problem: 'missing' },
      { path: 'out/report.json', problem: 'out of date' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model.js';
import { addArticleTotals, emptyTotals, sortedRecord, type ArticleReport, type LanguageReport, type ProjectReport } from '../../src/report/index.js';
import { JOB_LISTED_NOTICES, JOB_REPORT_STORIES, JobDigest } from '../../src/report/job-digest.js';
import { projectReportText, type ProjectStory } from '../../src/report/project-report.js';
import { entry, glossaryOf } from '../helpers/builders.js';

const glossary = glossaryOf(entry('Baghdad', { fr: 'Bagdad', ar: 'بغداد' }), entry('ceasefire', { fr: 'cessez-le-feu', ar: 'وقف إطلاق النار' }));
const engine = { name: 'none', produces: 'none', note: 'no machine translation' } as const;

function language(patch: Partial<LanguageReport> = {}): LanguageReport {
  return {
    units: 3,
    translated: 2,
    untranslated: 1,
    failed: 0,
    withheld: 0,
    origins: { human: 0, tm: 1, mt: 1, pseudo: 0, none: 1 },
    story: 'written',
    findings: {},
    severities: { error: 0, warning: 0, info: 0 },
    errors: [],
    unitFindings: {},
    ...patch,
  };
}

const spanMissing = { ruleId: 'qa/span-missing', source: 'qa', severity: 'error', reason: 'the URL is gone', id: 'qa/span-missing:fr:p1.s1:target@0-3' } as const;

function story(n: number, patch: Partial<ArticleReport> = {}): ArticleReport {
  return {
    id: `story-${String(n).padStart(5, '0')}`,
    source: `in/${n}.txt`,
    version: 1,
    segments: 3,
    words: 10 + n,
    glossaryHits: n % 2 === 0 ? { baghdad: 1 } : { ceasefire: 2 },
    languages: { fr: language(), ar: language() },
    ...patch,
  };
}

describe('report.json written a story at a time', () => {
  const context = { engine, targetLangs: ['fr', 'ar'], glossary, failedInputs: [], folderFiles: ['out/review/index.html', 'out/report.json'] };
  const asWhole = (stories: readonly ProjectStory[]): string => {
    const totals = emptyTotals();
    for (const item of stories) addArticleTotals(totals, item.report, glossary);
    const report: ProjectReport = {
      tool: 'wire-l10n',
      lastRun: { engine, targetLangs: ['fr', 'ar'], glossary: { entries: 2, hash: glossary.hash } },
      articles: stories.map((item) => item.report),
      totals: { ...totals, glossaryHits: sortedRecord(totals.glossaryHits) },
      files: [...stories.flatMap((item) => [...item.files].sort()), ...context.folderFiles],
    };
    return `${JSON.stringify(report, null, 2)}\n`;
  };
  const text = async (stories: readonly ProjectStory[], patch = {}): Promise<string> => {
    let out = '';
    const source = async function* () {
      yield* stories;
    };
    for await (const piece of projectReportText(source, { ...context, ...patch })) out += piece;
    return out;
  };

  it('prints what JSON.stringify prints for the whole report, for none, one and several stories', async () => {
    for (const count of [0, 1, 3]) {
      const stories = Array.from({ length: count }, (_, i) => ({ report: story(i), files: [`out/${story(i).id}.report.json`, `locales/fr/${story(i).id}.json`] }));
      const written = await text(stories);
      expect(written).toBe(asWhole(stories));
      expect((JSON.parse(written) as ProjectReport).totals.articles).toBe(count);
    }
  });

  it('adds up the stories\' counts and names the last run\'s failed inputs', async () => {
    const failedInputs = [{ path: 'in/bad.txt', line: 2, code: 'E_INPUT', message: 'no headline' }];
    const report = JSON.parse(await text([{ report: story(2), files: [] }, { report: story(3), files: [] }], { failedInputs })) as ProjectReport;
    expect(report.totals).toMatchObject({ articles: 2, segments: 6, words: 25 });
    expect(report.totals.glossaryHits).toEqual({ baghdad: { term: 'Baghdad', count: 1 }, ceasefire: { term: 'ceasefire', count: 2 } });
    expect(report.totals.languages.fr).toEqual({ units: 6, translated: 4, untranslated: 2, failed: 0, withheld: 0, origins: { human: 0, tm: 2, mt: 2, pseudo: 0, none: 2 } });
    expect(report.lastRun.failedInputs).toEqual(failedInputs);
  });
});

describe('the job report, gathered story by story', () => {
  const digestOf = (reports: readonly ArticleReport[]) => {
    const digest = new JobDigest({ engine, targetLangs: ['fr', 'ar'], glossary });
    for (const report of reports) digest.add(report, [`out/${report.id}.report.json`]);
    return digest.report(['out/report.json'], []);
  };

  it('lists the first stories whole and counts every one in its totals and findings', () => {
    const withError = (n: number) =>
      story(n, {
        languages: {
          fr: language({ story: 'not-written', withheld: 1, errors: [{ unitId: 'p1.s1', ruleId: spanMissing.ruleId, reason: spanMissing.reason, id: spanMissing.id }], unitFindings: { 'p1.s1': [spanMissing] } }),
        },
      });
    const reports = Array.from({ length: JOB_REPORT_STORIES + 100 }, (_, n) => (n % 10 === 0 ? withError(n) : story(n)));
    const report = digestOf(reports);
    expect(report.stories).toBe(JOB_REPORT_STORIES + 100);
    expect(report.articles.map((article) => article.id)).toEqual(reports.slice(0, JOB_REPORT_STORIES).map((article) => article.id));
    expect(report.totals.articles).toBe(JOB_REPORT_STORIES + 100);
    expect(report.totals.words).toBe(reports.reduce((sum, item) => sum + item.words, 0));
    expect(report.files).toEqual([...reports.slice(0, JOB_REPORT_STORIES).map((item) => `out/${item.id}.report.json`), 'out/report.json'].sort());
    // 60 stories with an error: every one counted, the first listed.
    expect(report.attention.findings).toEqual({ 'qa/span-missing': { error: 60, warning: 0, info: 0 } });
    expect(report.attention.errors.count).toBe(60);
    expect(report.attention.errors.first).toHaveLength(JOB_LISTED_NOTICES);
    expect(report.attention.errors.first[1]).toEqual({ articleId: 'story-00010', targetLang: 'fr', unitId: 'p1.s1', ruleId: 'qa/span-missing', reason: 'the URL is gone' });
    expect(report.attention.notWritten).toMatchObject({ count: 60, first: expect.arrayContaining([{ articleId: 'story-00000', targetLang: 'fr', untranslated: 1, withheld: 1 }]) });
  });

  it('keeps every embargoed story and the findings about story files', () => {
    const dated: Finding = { id: 'ingest/dateline-year-unknown:en:dateline', ruleId: 'ingest/dateline-year-unknown', severity: 'warning', reason: 'no year', line: 3 } as Finding;
    const report = digestOf([story(1, { embargoedUntil: '2030-01-01T00:00:00Z' }), story(2, { storyFindings: [dated] }), story(3, { embargoedUntil: '2031-01-01T00:00:00Z' })]);
    expect(report.attention.embargoed).toEqual([
      { articleId: 'story-00001', source: 'in/1.txt', until: '2030-01-01T00:00:00Z' },
      { articleId: 'story-00003', source: 'in/3.txt', until: '2031-01-01T00:00:00Z' },
    ]);
    expect(report.attention.storyFindings).toEqual({ count: 1, first: [{ source: 'in/2.txt', finding: dated }] });
  });
});

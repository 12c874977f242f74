/**
 * The job's report, gathered story by story as the job finishes them, in memory that does not grow
 * with the batch: totals and counts over every story, the stories' own reports only for the first
 * `JOB_REPORT_STORIES` (each story's report is on disk beside its outputs and in report.json), and
 * what the summary names story by story (errors, stories not written, findings about the story
 * file) up to `JOB_LISTED_NOTICES` each, with their counts.
 */
import type { Finding, Glossary, LanguageTag, Severity } from '../model.js';
import {
  addArticleTotals,
  emptyTotals,
  glossarySummary,
  sortedRecord,
  type ArticleReport,
  type EngineReport,
  type FailedInput,
  type JobReport,
  type ReportTotals,
} from './index.js';
import { ListKeeper, type Listed } from '../util/listed.js';

export type { Listed } from '../util/listed.js';

/** Stories whose whole report a job report lists; a larger job counts the rest (`stories`). */
export const JOB_REPORT_STORIES = 500;
/** Entries each list of `JobAttention` keeps; its count goes on. */
export const JOB_LISTED_NOTICES = 20;

/** An error finding of a unit, with its story and language. */
export interface JobError {
  readonly articleId: string;
  readonly targetLang: LanguageTag;
  readonly unitId: string;
  readonly ruleId: string;
  readonly reason: string;
}

/** A story whose localized text was not written in a language: units untranslated or withheld. */
export interface StoryNotWritten {
  readonly articleId: string;
  readonly targetLang: LanguageTag;
  readonly untranslated: number;
  readonly withheld: number;
}

/**
 * What in a job needs someone's attention, over all its stories: findings per rule and severity,
 * and the lists the summary prints.
 */
export interface JobAttention {
  readonly findings: Readonly<Record<string, Readonly<Record<Severity, number>>>>;
  readonly errors: Listed<JobError>;
  readonly notWritten: Listed<StoryNotWritten>;
  /** Findings ingest made about a story file (a dateline date it could not keep), with the story's source. */
  readonly storyFindings: Listed<{ readonly source: string; readonly finding: Finding }>;
  /** Every story held from the engine by its embargo (few, and what `watch` schedules by). */
  readonly embargoed: ReadonlyArray<{ readonly articleId: string; readonly source: string; readonly until: string }>;
}

interface DigestContext {
  readonly engine: EngineReport;
  readonly targetLangs: readonly LanguageTag[];
  readonly glossary: Glossary;
}

export class JobDigest {
  private readonly articles: ArticleReport[] = [];
  private readonly files: string[] = [];
  private readonly totals: ReportTotals;
  private readonly findings = new Map<string, Record<Severity, number>>();
  private readonly errors = new ListKeeper<JobError>(JOB_LISTED_NOTICES);
  private readonly notWritten = new ListKeeper<StoryNotWritten>(JOB_LISTED_NOTICES);
  private readonly storyFindings = new ListKeeper<{ source: string; finding: Finding }>(JOB_LISTED_NOTICES);
  private readonly embargoed: Array<{ articleId: string; source: string; until: string }> = [];

  constructor(private readonly context: DigestContext) {
    this.totals = emptyTotals();
  }

  /** Adds a story of the job, in input order, with the files that hold its outputs. */
  add(report: ArticleReport, files: readonly string[]): void {
    if (this.articles.length < JOB_REPORT_STORIES) {
      this.articles.push(report);
      this.files.push(...files);
    }
    addArticleTotals(this.totals, report, this.context.glossary);
    for (const [lang, language] of Object.entries(report.languages)) {
      for (const findings of Object.values(language.unitFindings)) {
        for (const finding of findings) (this.findings.get(finding.ruleId) ?? this.newSeverities(finding.ruleId))[finding.severity] += 1;
      }
      for (const error of language.errors) {
        this.errors.add({ articleId: report.id, targetLang: lang, unitId: error.unitId, ruleId: error.ruleId, reason: error.reason });
      }
      if (language.story === 'not-written') {
        this.notWritten.add({ articleId: report.id, targetLang: lang, untranslated: language.untranslated, withheld: language.withheld });
      }
    }
    for (const finding of report.storyFindings ?? []) this.storyFindings.add({ source: report.source, finding });
    if (report.embargoedUntil !== undefined) this.embargoed.push({ articleId: report.id, source: report.source, until: report.embargoedUntil });
  }

  /** The job's report; `folderFiles` are the files the job writes about the whole folder (review index, report.json). */
  report(folderFiles: readonly string[], failedInputs: readonly FailedInput[]): JobReport {
    return {
      tool: 'wire-l10n',
      engine: this.context.engine,
      targetLangs: this.context.targetLangs,
      glossary: glossarySummary(this.context.glossary),
      stories: this.totals.articles,
      articles: this.articles,
      totals: { ...this.totals, glossaryHits: sortedRecord(this.totals.glossaryHits) },
      attention: {
        findings: sortedRecord(Object.fromEntries(this.findings)),
        errors: this.errors.listed,
        notWritten: this.notWritten.listed,
        storyFindings: this.storyFindings.listed,
        embargoed: this.embargoed,
      },
      files: [...this.files, ...folderFiles].sort(),
      ...(failedInputs.length === 0 ? {} : { failedInputs }),
    };
  }

  private newSeverities(ruleId: string): Record<Severity, number> {
    const counts = { error: 0, warning: 0, info: 0 };
    this.findings.set(ruleId, counts);
    return counts;
  }
}

/**
 * report — what a job did, as data: the job's `report.json` and the CLI summary are views of it.
 *
 * Takes: the per-article results of a job and the files it wrote.
 * Returns: a JobReport. Deterministic: no clock, no durations, no absolute paths, so re-running on
 *   unchanged input rewrites report.json byte for byte.
 */
import type { JobAttention } from './job-digest.js';
import { blockingFindings, countOrigins, hasTarget, type Article, type Finding, type Glossary, type LanguageTag, type OriginCounts, type Segment, type Severity, type Unit } from '../model.js';

export type StoryStatus = 'written' | 'partial' | 'not-written';

export interface LanguageReport {
  readonly units: number;
  readonly translated: number;
  readonly untranslated: number;
  readonly failed: number;
  /** Units with a target kept out of the story and bundle by an error against it (a lost number). */
  readonly withheld: number;
  /** Units per origin of their target: human, tm, mt, pseudo, and none (no target). */
  readonly origins: OriginCounts;
  readonly story: StoryStatus;
  /** Findings on this language's units, per rule (`terms/missing`, `qa/span-missing` …). */
  readonly findings: Readonly<Record<string, number>>;
  /** The same findings per severity, keys always error, warning, info. */
  readonly severities: Readonly<Record<Severity, number>>;
  /** Each error finding on this language's units, in reading order (a lost number, a failed request). */
  readonly errors: readonly UnitError[];
  /** Every finding, by unit id, units in reading order; units without findings are left out. */
  readonly unitFindings: Readonly<Record<string, readonly UnitFinding[]>>;
}

/** A finding as the report lists it under its unit (the unit is the key). */
export type UnitFinding = Omit<Finding, 'unitId'>;

/** An error finding as the report names it: which unit, which rule, what is wrong. */
export interface UnitError {
  readonly unitId: string;
  readonly ruleId: string;
  readonly reason: string;
  /** The finding's stable id. */
  readonly id: string;
}

/** A language's totals over the job's articles. */
export type LanguageTotals = Pick<LanguageReport, 'units' | 'translated' | 'untranslated' | 'failed' | 'withheld' | 'origins'>;

export interface ArticleReport {
  readonly id: string;
  readonly source: string;
  readonly version: number;
  readonly segments: number;
  readonly words: number;
  /** Hits per glossary entry id, only entries that occur. */
  readonly glossaryHits: Readonly<Record<string, number>>;
  readonly languages: Readonly<Record<LanguageTag, LanguageReport>>;
  /** What ingest read with a doubt (a dateline date it could not keep…), with the line; absent when nothing. */
  readonly storyFindings?: readonly Finding[];
  /** The story's embargo, when it kept the job's engine from translating it (`embargo.engines`): untranslated units wait for it to lift. */
  readonly embargoedUntil?: string;
}

export interface EngineReport {
  readonly name: string;
  /** What the engine's targets are: `mt`, `pseudo`, or `none` when it translates nothing. */
  readonly produces: 'mt' | 'pseudo' | 'none';
  readonly note: string;
}

export interface JobReport {
  readonly tool: 'wire-l10n';
  readonly engine: EngineReport;
  readonly targetLangs: readonly LanguageTag[];
  readonly glossary: { readonly entries: number; readonly hash: string };
  /** How many stories the job had. */
  readonly stories: number;
  /**
   * The reports of the job's stories in input order: every one up to `JOB_REPORT_STORIES`, else the
   * first that many (`stories` counts them all; each story's report sits beside its outputs, and
   * report.json has the project's).
   */
  readonly articles: readonly ArticleReport[];
  /** Totals and findings over all the job's stories, listed or not. */
  readonly attention: JobAttention;
  readonly totals: {
    readonly articles: number;
    readonly segments: number;
    readonly words: number;
    readonly glossaryHits: Readonly<Record<string, { readonly term: string; readonly count: number }>>;
    readonly languages: Readonly<Record<LanguageTag, LanguageTotals>>;
  };
  /** The files of the listed stories, the review index and report.json, sorted. */
  readonly files: readonly string[];
  /** Inputs that could not be read or parsed and were skipped, in input order; absent when none. */
  readonly failedInputs?: readonly FailedInput[];
}

/** A skipped input as the report lists it: `path:line: message`, and the error's code. */
export interface FailedInput {
  readonly path: string;
  readonly line?: number;
  readonly code: string;
  readonly message: string;
}

export interface ArticleOutcome {
  readonly article: Article;
  readonly segments: readonly Segment[];
  readonly unitsByLang: ReadonlyMap<LanguageTag, readonly Unit[]>;
  readonly stories: ReadonlyMap<LanguageTag, StoryStatus>;
  /** Findings about the story made after ingest (a dateline place with no rendering), reported with ingest's. */
  readonly storyFindings?: readonly Finding[];
  /** Until when the story was held from the engine by its embargo, when it was. */
  readonly embargoedUntil?: string;
}

/** What the stories of a report add up to. */
export type ReportTotals = JobReport['totals'];

/**
 * The project's report (`report.json`): every story with outputs in the folder, by id, whichever
 * job computed it, with their totals; what the last job was run with goes under `lastRun`.
 */
export interface ProjectReport {
  readonly tool: 'wire-l10n';
  /** The job that wrote this report last (`run`, or the regeneration of an `import`). */
  readonly lastRun: {
    readonly engine: EngineReport;
    readonly targetLangs: readonly LanguageTag[];
    readonly glossary: { readonly entries: number; readonly hash: string };
    /** Inputs of that job that could not be read or parsed, in input order; absent when none. */
    readonly failedInputs?: readonly FailedInput[];
  };
  readonly articles: readonly ArticleReport[];
  readonly totals: ReportTotals;
  /** Every output of these stories, the review index and the report itself, sorted. */
  readonly files: readonly string[];
}

/** Stories in id order (code-unit order, whatever the locale): how the project report and the review index list them. */
export function byStoryId(a: { readonly id: string }, b: { readonly id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A report as written to disk: two-space JSON, one final newline. */
export function serializeReport(report: JobReport | ProjectReport | ArticleReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

export function glossarySummary(glossary: Glossary): JobReport['glossary'] {
  return { entries: glossary.entries.length, hash: glossary.hash };
}

/** Totals of no story, to add stories to (`addArticleTotals`). */
export function emptyTotals(): { articles: number; segments: number; words: number; glossaryHits: Record<string, { term: string; count: number }>; languages: Record<LanguageTag, LanguageTotals> } {
  return { articles: 0, segments: 0, words: 0, glossaryHits: {}, languages: {} };
}

/** Adds a story's counts to `totals` (in place: a job or a project adds its stories one at a time). */
export function addArticleTotals(totals: ReturnType<typeof emptyTotals>, article: ArticleReport, glossary: Glossary): void {
  totals.articles += 1;
  totals.segments += article.segments;
  totals.words += article.words;
  for (const [lang, counts] of Object.entries(article.languages)) {
    const total = totals.languages[lang];
    totals.languages[lang] = {
      units: (total?.units ?? 0) + counts.units,
      translated: (total?.translated ?? 0) + counts.translated,
      untranslated: (total?.untranslated ?? 0) + counts.untranslated,
      failed: (total?.failed ?? 0) + counts.failed,
      withheld: (total?.withheld ?? 0) + counts.withheld,
      origins: addOrigins(total?.origins, counts.origins),
    };
  }
  for (const [entryId, count] of Object.entries(article.glossaryHits)) {
    (totals.glossaryHits[entryId] ??= { term: termOf(glossary, entryId), count: 0 }).count += count;
  }
}

/** An entry's source term, by its id (the id itself for an entry no longer in the glossary). */
function termOf(glossary: Glossary, entryId: string): string {
  let terms = sourceTerms.get(glossary);
  if (terms === undefined) {
    terms = new Map(glossary.entries.map((entry) => [entry.id, entry.source]));
    sourceTerms.set(glossary, terms);
  }
  return terms.get(entryId) ?? entryId;
}

const sourceTerms = new WeakMap<Glossary, ReadonlyMap<string, string>>();

export function articleReport(outcome: ArticleOutcome): ArticleReport {
  const glossaryHits: Record<string, number> = {};
  for (const segment of outcome.segments) {
    for (const hit of segment.terms) glossaryHits[hit.entryId] = (glossaryHits[hit.entryId] ?? 0) + 1;
  }
  const languages: Record<LanguageTag, LanguageReport> = {};
  for (const [lang, units] of outcome.unitsByLang) {
    const untranslated = units.filter((unit) => unit.state === 'untranslated');
    languages[lang] = {
      units: units.length,
      translated: units.length - untranslated.length,
      untranslated: untranslated.length,
      failed: units.filter((unit) => unit.findings.some((finding) => finding.ruleId === 'mt/failed')).length,
      withheld: units.filter((unit) => hasTarget(unit) && blockingFindings(unit).length > 0).length,
      origins: countOrigins(units),
      story: outcome.stories.get(lang) ?? 'not-written',
      findings: sortedRecord(countBy(units.flatMap((unit) => unit.findings.map((finding) => finding.ruleId)))),
      severities: countSeverities(units.flatMap((unit) => unit.findings)),
      errors: units.flatMap((unit) =>
        blockingFindings(unit).map((finding) => ({ unitId: unit.id, ruleId: finding.ruleId, reason: finding.reason, id: finding.id })),
      ),
      unitFindings: Object.fromEntries(
        units.flatMap((unit) => (unit.findings.length === 0 ? [] : [[unit.id, unit.findings.map(({ unitId: _unitId, ...finding }) => finding)]])),
      ),
    };
  }
  return {
    id: outcome.article.id,
    source: outcome.article.source.path,
    version: outcome.article.version,
    segments: outcome.segments.length,
    words: sum(outcome.segments.map((segment) => countWords(segment.source))),
    glossaryHits: sortedRecord(glossaryHits),
    languages,
    ...storyFindingsOf(outcome),
    ...(outcome.embargoedUntil === undefined ? {} : { embargoedUntil: outcome.embargoedUntil }),
  };
}

function storyFindingsOf(outcome: ArticleOutcome): Pick<ArticleReport, 'storyFindings'> {
  const findings = [...(outcome.article.findings ?? []), ...(outcome.storyFindings ?? [])];
  return findings.length === 0 ? {} : { storyFindings: findings };
}

/** Words as a translator counts them: runs of letters or digits. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

function countSeverities(findings: readonly Finding[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

function addOrigins(total: OriginCounts | undefined, counts: OriginCounts): OriginCounts {
  if (total === undefined) return counts;
  const sum = { ...total };
  for (const origin of Object.keys(counts) as Array<keyof OriginCounts>) sum[origin] += counts[origin];
  return sum;
}

function countBy(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** A record's entries in key order (English collation): how reports list rules and glossary entries. */
export function sortedRecord<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b, 'en')));
}

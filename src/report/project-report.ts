/**
 * report.json, the project's report, written a story at a time: a project of thousands of stories
 * is never held whole. The text is what `JSON.stringify(report, null, 2)` prints for the
 * `ProjectReport` (see index.ts), so readers need no streaming parser.
 */
import type { Glossary, LanguageTag } from '../model.js';
import { addArticleTotals, emptyTotals, glossarySummary, sortedRecord, type ArticleReport, type EngineReport, type FailedInput, type ProjectReport } from './index.js';

/** A story of the project: its report and the files that hold its outputs, as its output record lists them. */
export interface ProjectStory {
  readonly report: ArticleReport;
  readonly files: readonly string[];
}

export interface ProjectReportContext {
  readonly engine: EngineReport;
  readonly targetLangs: readonly LanguageTag[];
  readonly glossary: Glossary;
  readonly failedInputs: readonly FailedInput[];
  /** Files about the whole folder (the review index, report.json itself), listed after the stories'. */
  readonly folderFiles: readonly string[];
}

/**
 * The pieces of report.json. `stories` gives the project's stories in id order, the same each time
 * it is called: once for the reports and totals, once for the files (each story's sorted, story by
 * story, then the folder's).
 */
export async function* projectReportText(stories: () => AsyncIterable<ProjectStory>, context: ProjectReportContext): AsyncGenerator<string> {
  const lastRun: ProjectReport['lastRun'] = {
    engine: context.engine,
    targetLangs: context.targetLangs,
    glossary: glossarySummary(context.glossary),
    ...(context.failedInputs.length === 0 ? {} : { failedInputs: context.failedInputs }),
  };
  yield `{\n  "tool": "wire-l10n",\n  "lastRun": ${indented(lastRun, 1)},\n  "articles": `;
  const totals = emptyTotals();
  yield* arrayText(
    mapStories(stories(), (story) => {
      addArticleTotals(totals, story.report, context.glossary);
      return [story.report];
    }),
  );
  yield `,\n  "totals": ${indented({ ...totals, glossaryHits: sortedRecord(totals.glossaryHits) }, 1)},\n  "files": `;
  yield* arrayText(concat(mapStories(stories(), (story) => [...story.files].sort()), context.folderFiles));
  yield '\n}\n';
}

/** A JSON array at the first level of the report, its items on lines of their own as JSON.stringify(…, null, 2) prints them. */
async function* arrayText(items: AsyncIterable<unknown>): AsyncGenerator<string> {
  let first = true;
  for await (const item of items) {
    yield `${first ? '[\n' : ',\n'}    ${indented(item, 2)}`;
    first = false;
  }
  yield first ? '[]' : '\n  ]';
}

/** `value` as JSON.stringify(value, null, 2) prints it `level` levels deep. */
function indented(value: unknown, level: number): string {
  return JSON.stringify(value, null, 2).replaceAll('\n', `\n${'  '.repeat(level)}`);
}

async function* mapStories<T>(stories: AsyncIterable<ProjectStory>, items: (story: ProjectStory) => readonly T[]): AsyncGenerator<T> {
  for await (const story of stories) yield* items(story);
}

async function* concat<T>(...parts: ReadonlyArray<AsyncIterable<T> | Iterable<T>>): AsyncGenerator<T> {
  for (const part of parts) for await (const item of part) yield item;
}

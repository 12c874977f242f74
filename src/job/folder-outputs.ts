/**
 * The outputs about a whole output folder: the review index (every story with a page there) and
 * report.json (every story with its report there: the project's), made a story at a time from the
 * output records in the store — at the end of a job (`runJob`, merged with the job's stories that
 * have no record), or alone (`writeFolderOutputs`: a worker once its queue is idle, `wire-l10n
 * report`).
 */
import { createHash } from 'node:crypto';
import { dirname } from 'node:path';
import type { StreamedOutputFile } from '../io/atomic-write.js';
import type { LanguageTag } from '../model.js';
import type { EngineSettings } from '../mt/engine.js';
import { reviewIndexFrame, reviewIndexRows } from '../review/index.js';
import { byStoryId, type ArticleReport, type EngineReport } from '../report/index.js';
import { projectReportText, type ProjectReportContext, type ProjectStory } from '../report/project-report.js';
import type { OutputRecord, OutputRecords } from '../store/store.js';
import { outputPaths, type OutputLayout } from './outputs.js';
import type { RunOptions, RunServices } from './run.js';

/** A record as `OutputRecords.list` gives it. */
interface ListedRecord {
  readonly inputKey: string;
  readonly record: OutputRecord;
  readonly ownsStory: boolean;
}

/** The store's output records, in the order `OutputRecords.list` gives them. */
export type RecordListing = () => AsyncIterable<ListedRecord>;

/** What the folder's outputs are made from, besides the store's output records. */
export interface FolderOutputsInput {
  readonly records: RecordListing;
  /** The job's stories without an output record, with their reports as computed now. */
  readonly unrecorded: readonly ProjectStory[];
  /** Stories whose records do not count: computed again by this job (`unrecorded`) or withdrawn by it. */
  readonly replaced: ReadonlyArray<{ readonly id: string; readonly source: string }>;
  readonly writesIndex: boolean;
  readonly context: Omit<ProjectReportContext, 'folderFiles'>;
}

/** The folder's outputs: files given a story at a time, and the index to remove when no story has a page. */
export function folderOutputs(
  options: Pick<RunOptions, keyof OutputLayout | 'targetLangs'>,
  input: FolderOutputsInput,
): { files: StreamedOutputFile[]; removed: string[] } {
  const reportPath = outputPaths.report(options);
  const reviewIndexPath = outputPaths.reviewIndex(options);
  const holding = (pathOf: (id: string) => string) => () =>
    projectStories(input.records, input.unrecorded, input.replaced, (story) => story.files.includes(pathOf(story.report.id)));
  const files: StreamedOutputFile[] = [];
  if (input.writesIndex) {
    const withPages = holding((id) => outputPaths.review(options, id));
    files.push({ path: reviewIndexPath, chunks: () => reviewIndexText(withPages, options.targetLangs) });
  }
  const folderFiles = [...(input.writesIndex ? [reviewIndexPath] : []), reportPath];
  const withReports = holding((id) => outputPaths.storyReport(options, id));
  files.push({ path: reportPath, chunks: () => projectReportText(withReports, { ...input.context, folderFiles }) });
  return { files, removed: input.writesIndex ? [] : [reviewIndexPath] };
}

/** What `writeFolderOutputs` needs of a job's options: the folder, and the settings report.json names under `lastRun`. */
export type FolderOutputsOptions = Pick<RunOptions, keyof OutputLayout | 'targetLangs' | 'engine' | 'glossaryPath' | 'review'>;

export type FolderOutputsServices = Pick<RunServices, 'store' | 'readGlossary' | 'writeStreamedOutput' | 'removeFiles' | 'prepareOutputFolders'>;

export interface FolderOutputsWritten {
  /** The files whose content changed on disk. */
  readonly written: readonly string[];
  /** Files removed (the review index, when no story has a page any more). */
  readonly removed: readonly string[];
  /**
   * Whether the store's output records stayed as they were from the first read to just after the
   * files were in place: then they show the store as it is, and no writer that read it earlier can
   * have replaced them since. When false, write them again.
   */
  readonly current: boolean;
}

/**
 * report.json and the review index from the store's output records alone, as `runJob` writes them
 * after a job whose stories are all recorded. Each file is written atomically; the records are read
 * at write time, every pass digested and compared with one more pass after the files are in place
 * (`current`), so of several processes writing one folder, the one that renames last and finds the
 * store unchanged leaves the newest view.
 */
export async function writeFolderOutputs(options: FolderOutputsOptions, services: FolderOutputsServices): Promise<FolderOutputsWritten> {
  const glossary = await services.readGlossary(options.glossaryPath);
  const listing = new DigestedListing(services.store.outputs);
  const writesIndex = options.review !== false || (await anyEarlierReview(options, [], () => services.store.outputs.list()));
  const inOut = (path: string) => ({ path, root: options.outDir });
  await services.prepareOutputFolders([inOut(options.outDir), ...(writesIndex ? [inOut(dirname(outputPaths.reviewIndex(options)))] : [])]);
  const folder = folderOutputs(options, {
    records: () => listing.list(),
    unrecorded: [],
    replaced: [],
    writesIndex,
    context: { engine: describeEngine(options.engine), targetLangs: options.targetLangs, glossary, failedInputs: [] },
  });
  const written: string[] = [];
  for (const file of folder.files) if (await services.writeStreamedOutput(file)) written.push(file.path);
  // Only what was there is said removed: `report` printed `removed` for an index never written.
  const removed = await services.removeFiles(folder.removed);
  return { written, removed, current: await listing.unchanged() };
}

/**
 * The records, each complete pass over them digested: passes that saw different records (the
 * store written meanwhile) made a view of no one moment.
 */
class DigestedListing {
  private readonly digests = new Set<string>();

  constructor(private readonly outputs: OutputRecords) {}

  async *list(): AsyncGenerator<ListedRecord> {
    const hash = createHash('sha256');
    for await (const row of this.outputs.list()) {
      const { inputKey, ownsStory, record } = row;
      // Every part that reaches the folder's outputs; the report as the string it is stored as.
      hash.update(JSON.stringify([inputKey, ownsStory, record.fingerprint, record.articleId, record.files, record.report.length])).update(record.report);
      yield row;
    }
    this.digests.add(hash.digest('hex'));
  }

  /** One more pass: whether every pass saw the records the store holds now. */
  async unchanged(): Promise<boolean> {
    for await (const _row of this.list());
    return this.digests.size === 1;
  }
}

/** The review index, a story at a time: its stories counted and their languages found first. */
async function* reviewIndexText(stories: () => AsyncIterable<ProjectStory>, targetLangs: readonly LanguageTag[]): AsyncGenerator<string> {
  let count = 0;
  const langs = new Set(targetLangs);
  for await (const story of stories()) {
    count += 1;
    for (const lang of Object.keys(story.report.languages)) langs.add(lang);
  }
  const { head, tail } = reviewIndexFrame(count, [...langs]);
  yield head;
  for await (const story of stories()) yield reviewIndexRows(story.report, [...langs]);
  yield tail;
}

/**
 * The project's stories in id order, those `wanted`: each recorded input that still owns its story
 * id, but those `replaced`, merged with the job's `unrecorded` stories.
 */
async function* projectStories(
  records: RecordListing,
  unrecorded: readonly ProjectStory[],
  replaced: FolderOutputsInput['replaced'],
  wanted: (story: ProjectStory) => boolean,
): AsyncGenerator<ProjectStory> {
  const replacedInputs = new Set(replaced.map((story) => story.source));
  const replacedIds = new Set(replaced.map((story) => story.id));
  const fresh = unrecorded.filter(wanted).sort((a, b) => byStoryId(a.report, b.report));
  let next = 0;
  for await (const { inputKey: key, record, ownsStory } of records()) {
    if (!ownsStory || replacedInputs.has(key) || replacedIds.has(record.articleId)) continue;
    const story = { report: recordedReport(record), files: record.files.map((file) => file.path) };
    if (!wanted(story)) continue;
    while (next < fresh.length && byStoryId(fresh[next]!.report, story.report) < 0) yield fresh[next++]!;
    yield story;
  }
  yield* fresh.slice(next);
}

/** Whether a story other than those `replaced` (a job's own, withdrawn ones) has a review page in this folder. */
export async function anyEarlierReview(layout: OutputLayout, replaced: FolderOutputsInput['replaced'], records: RecordListing): Promise<boolean> {
  const hasPage = (story: ProjectStory): boolean => story.files.includes(outputPaths.review(layout, story.report.id));
  for await (const _story of projectStories(records, [], replaced, hasPage)) return true;
  return false;
}

export function recordedReport(record: OutputRecord): ArticleReport {
  return JSON.parse(record.report) as ArticleReport;
}

/** What report.json says of the engine a job used. */
export function describeEngine(engine: EngineSettings): EngineReport {
  switch (engine.origin) {
    case undefined:
      return { name: engine.name, produces: 'none', note: 'no machine translation: units are left for translators' };
    case 'pseudo':
      return {
        name: engine.name,
        produces: 'pseudo',
        note: 'pseudo-translation for testing layout and the pipeline; not a translation',
      };
    default:
      return { name: engine.name, produces: 'mt', note: 'machine translation: every target needs human review' };
  }
}

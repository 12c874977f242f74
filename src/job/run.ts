/**
 * The main job: stories in → segments → glossary → translation memory, MT cache, engine →
 * XLIFF, i18next bundles, localized stories and a report out; and `check`, the same computation
 * compared with what is on disk.
 *
 * The termbase and every story are read and checked first (each story's identity is kept, and the
 * first window's stories whole), so a batch that fails its checks writes nothing. A story that
 * cannot be read or parsed is skipped and listed (`failedInputs`) while the others are written;
 * when none can be read, the job fails with the first story's error. Then the stories go through
 * in windows (`windowSize`): read again (but for those kept), translated in one dispatch per
 * window, each story's outputs written atomically as one set and recorded as soon as it is
 * rendered, while the engine works on the next window; memory holds a window, not the batch. Engine results are committed to the store batch by batch as they arrive,
 * so a killed job resumes without paying twice. Outputs are deterministic: the same inputs,
 * termbase and store give byte-identical files, whatever the window. report.json is the project's:
 * the job's stories and those earlier jobs left in the same folder (from their output records), by
 * id, written last.
 */
import { streamedSha256, type OutputFile, type StreamedOutputFile } from '../io/atomic-write.js';
import { InputError } from '../errors.js';
import type { Article, Glossary, LanguageTag, LocalizedArticle, Unit } from '../model.js';
import type { AccountLimits } from '../mt/account-limits.js';
import type { EngineSettings, TranslationEngine } from '../mt/engine.js';
import type { DispatchEvent, DispatchStop, RetryPolicy, UnitFailure } from '../mt/index.js';
import type { BundleFormat } from '../render/bundle.js';
import type { FormatChoice } from '../formats/index.js';
import type { Formatter } from '../render/formatter.js';
import { valueStyleOf, type HouseStyleConfig } from '../qa/house-style/index.js';
import { houseStyleSettingsOf } from '../qa/house-style-units.js';
import type { ArticleReport, JobReport } from '../report/index.js';
import { JobDigest } from '../report/job-digest.js';
import type { ProjectStory } from '../report/project-report.js';
import { OWED_FINGERPRINT, type OutputRecord, type RunSettings, type Store } from '../store/store.js';
import { sha256Hex } from '../util/hash.js';
import { InFlight } from '../util/in-flight.js';
import { ListKeeper } from '../util/listed.js';
import { mapConcurrently } from '../util/map-concurrently.js';
import type { XliffSizeLimits, XliffVersion } from '../xliff/index.js';
import { checkTargetLanguages } from './languages.js';
import { outputFolders, outputKind, outputKinds, outputPaths, type OutputFolder, type OutputKind, type OutputLayout } from './outputs.js';
import { prepareArticle, type PreparedArticle } from './prepare.js';
import { failedInputReport, readEach, readInputs, type InputFailure } from './read-inputs.js';
import { assertDistinctInputs, assertOwnIds, assertUniqueIds, claimIds } from './story-identity.js';
import { newJobMemory, type EngineWorkload, type TranslateOptions, type TranslateStats, type TranslatedArticles } from './translate.js';
import { defaultEmbargoEngines, embargoHold, translateHeldApart } from './embargo.js';
import { isWithdrawal, withdrawnOutputs, type WithdrawnStory } from './withdraw.js';
import { DEFAULT_WINDOW_SIZE, inWindows } from './windows.js';
import { articleOutputs, type ArticleOutputs, type RenderContext } from './article-outputs.js';
import { StoryRecords } from './story-records.js';
import { anyEarlierReview, describeEngine, folderOutputs, recordedReport } from './folder-outputs.js';

/**
 * How a job runs: plain data (JSON in, the same options out), so a job can be queued and run
 * elsewhere. Nothing live or secret: the engine is named by its settings, and its live object (a
 * client holding the key), like progress callbacks, comes from `RunServices`.
 */
export interface RunOptions extends OutputLayout {
  readonly inputs: readonly string[];
  /** How the inputs are read: by content, or as the format named (`--format`). @default 'auto' */
  readonly format?: FormatChoice;
  readonly targetLangs: readonly LanguageTag[];
  readonly glossaryPath: string;
  readonly engine: EngineSettings;
  readonly xliffVersions: readonly XliffVersion[];
  /** Most characters of a block's whole target, per block kind, written into the XLIFF (`wire-l10n.json` `xliff.sizeLimits`). */
  readonly xliffSizeLimits?: XliffSizeLimits;
  /** French and Arabic house style (`wire-l10n.json` `houseStyle`): targets are fixed and checked by it. @default the defaults */
  readonly houseStyle?: HouseStyleConfig;
  /** Write the review pages (`out/review/`: a page per story and an index). @default true */
  readonly review?: boolean;
  /** i18next bundles as final strings, or as ICU messages with their values alongside. @default 'plain' */
  readonly bundleFormat?: BundleFormat;
  /** Write stories with untranslated segments, marking the gaps. @default false */
  readonly allowPartial: boolean;
  /** Engine requests in flight. @default 4 */
  readonly concurrency: number;
  /** Lowest translation-memory similarity offered as a suggestion. @default 75 */
  readonly fuzzyThreshold: number;
  /** Work out what the engine would be sent; send and write nothing. @default false */
  readonly dryRun?: boolean;
  /** Characters the job may send to the engine; it stops (resumably) before going over. */
  readonly maxCharacters?: number;
  /** Most engine requests started per second. */
  readonly maxRequestsPerSecond?: number;
  /** How engine requests are retried (429s: `maxWaitMs`, from `--max-wait`). @default defaultRetryPolicy */
  readonly retry?: Partial<RetryPolicy>;
  /** Engines an embargoed story may be sent to before its embargo lifts (`embargo.engines`). @default defaultEmbargoEngines */
  readonly embargoEngines?: readonly string[];
  /**
   * Stories read, translated, rendered and written together (`--window`): enough to fill the
   * engine's batches, few enough that memory does not grow with the batch. @default DEFAULT_WINDOW_SIZE
   */
  readonly windowSize?: number;
  /**
   * Leave report.json and the review index to a later `writeFolderOutputs` (a worker writes them
   * when its queue is idle, not after every batch: each is a pass over the project's records). They
   * are written all the same when a story an import left owed is among the job's: its debt is paid
   * only once they name it. @default false
   */
  readonly deferFolderOutputs?: boolean;
}

/** The job's access to the outside world, injected so tests can replace any of it. */
export interface RunServices {
  /** Reads a story, in the format named or (`auto`, the default) the one its content shows. */
  readonly readArticle: (path: string, format?: FormatChoice) => Promise<Article>;
  readonly readGlossary: (path: string) => Promise<Glossary>;
  /** Writes a file given in pieces (atomically), unless it is on disk as it is; returns whether it wrote it. */
  readonly writeStreamedOutput: (file: StreamedOutputFile) => Promise<boolean>;
  /** Writes the files (atomically), leaving alone those already on disk as they are; returns the paths written. */
  readonly writeOutputs: (files: readonly OutputFile[]) => Promise<readonly string[]>;
  /** Removes files that must no longer exist (a story that is no longer complete); absent files are fine. Returns those that were there. */
  readonly removeFiles: (paths: readonly string[]) => Promise<readonly string[]>;
  /**
   * Makes the folders the job will write into and proves each can take a file, before any engine
   * work; fails with an OutputError naming a folder that cannot (or that a link takes outside its
   * root).
   */
  readonly prepareOutputFolders: (folders: readonly OutputFolder[]) => Promise<void>;
  /** The content of a file, or undefined when there is none (for `check`). */
  readonly readOutput: (path: string) => Promise<string | undefined>;
  /**
   * The sha256 (hex) of a file's bytes, or undefined when there is none: how `check` compares the
   * project's report.json and review index (tens of MB at 10,000 stories) without holding them.
   */
  readonly outputSha256: (path: string) => Promise<string | undefined>;
  readonly formatter: Formatter;
  readonly store: Store;
  /** Identifies the code that renders outputs: part of every output fingerprint. */
  readonly codeVersion: string;
  /** The time, in ms since the epoch: whether an embargo still holds. @default Date.now */
  readonly now?: () => number;
  /**
   * The live engine for the options' engine settings (a client with its key, its pacing): one
   * object per settings for the process, so jobs that run one after another share it.
   */
  readonly engine: (settings: EngineSettings) => TranslationEngine;
  /** Dispatcher events, for progress displays. */
  readonly onDispatchEvent?: (event: DispatchEvent) => void;
  /**
   * The engine account's limits shared with other processes (`--redis`: src/scale/): rate, requests
   * in flight, pauses, budget and stops for all of them together. @default none: this process's own pacing
   */
  readonly accountLimits?: AccountLimits;
  /**
   * How long the job's claims on the sentences it sends last unless renewed (`claimed-sending.ts`):
   * how soon another process takes over the sentences of a job that died. A worker gives its job
   * locks' duration, after which it is taken for dead anyway. @default CLAIM_TTL_MS (60 s)
   */
  readonly claimTtlMs?: number;
  /**
   * Each story's report as the job is done with it (written, or up to date), in input order: the
   * whole job story by story, where its report lists the first `JOB_REPORT_STORIES`.
   */
  readonly onStoryReport?: (report: ArticleReport) => void;
}

export interface RunResult {
  readonly report: JobReport;
  /** What needed the engine (in a dry run: what would have been sent). */
  readonly workload: EngineWorkload;
  /** Why the engine stopped early; outputs hold everything translated until then. */
  readonly stopped?: DispatchStop;
  /** Files whose content changed on disk: all of them up to `WRITTEN_LISTED`, else the first that many (a batch writes thousands). */
  readonly written: readonly string[];
  /** How many files changed on disk, listed or not. */
  readonly writtenCount: number;
  /** Inputs whose outputs were already up to date and were not computed again. */
  readonly skipped: number;
  /** Output paths the job made sure are not there (removed when they were), the first `WRITTEN_LISTED`. */
  readonly removed: readonly string[];
  readonly failures: readonly UnitFailure[];
  readonly stats: TranslateStats;
  /** Inputs that could not be read or parsed, skipped while the others were written; in input order. */
  readonly failedInputs: readonly InputFailure[];
  /** Stories a kill or withdrawal among the inputs took away (their outputs removed, their records forgotten). */
  readonly withdrawn: readonly WithdrawnStory[];
}

export async function runJob(options: RunOptions, services: RunServices): Promise<RunResult> {
  if (options.dryRun) {
    const plan = await planJob(options, services, { commit: false, send: false });
    return { ...resultOf(plan), written: [], writtenCount: 0, removed: [], failures: [], withdrawn: [] };
  }
  const written = new ListKeeper<string>(WRITTEN_LISTED);
  const removed = new ListKeeper<string>(WRITTEN_LISTED);
  const { store } = services;
  // Each story is written as one set as soon as it is done, then recorded: a record never vouches
  // for files not yet written, and a story killed half-written is computed again.
  const recordedLast: Array<{ key: string; record: OutputRecord }> = [];
  const records = new StoryRecords(store);
  let plan: JobPlan;
  try {
    plan = await planJob(options, services, { commit: true, send: true }, async (story) => {
      written.add(...(await services.writeOutputs(story.files)));
      await services.removeFiles(story.removed);
      removed.add(...story.removed);
      const record = story.record && { key: inputKey(story.article), record: story.record };
      if (record && story.recordAfterFolder) recordedLast.push(record);
      await records.add({ localized: story.localized, ...(record && !story.recordAfterFolder ? { record } : {}) });
    });
  } catch (error) {
    // The stories written before the failure keep their records (a store that failed fails again: the job's error is the one to tell).
    await records.commit().catch(() => undefined);
    throw error;
  }
  // Before the folder's outputs, which list the stored records.
  await records.commit();
  // The folder's outputs last: report.json never names a file not yet there. Left to a later
  // writeFolderOutputs when asked, unless an owed story's debt waits on them.
  if (!options.deferFolderOutputs || recordedLast.length > 0) {
    for (const file of plan.folder.files) if (await services.writeStreamedOutput(file)) written.add(file.path);
    await services.removeFiles(plan.folder.removed);
    removed.add(...plan.folder.removed);
  }
  const withdrawnFiles = plan.withdrawn.flatMap((story) => story.files);
  await services.removeFiles(withdrawnFiles);
  removed.add(...withdrawnFiles);
  // An owed story's debt is paid once the folder's outputs name it too.
  for (const { key, record } of recordedLast) await store.outputs.put(key, record);
  // Forgotten once their files are gone: a kill run again after a crash finds them to remove.
  for (const story of plan.withdrawn) await store.outputs.remove(story.inputKey);
  return { ...resultOf(plan), written: written.listed.first, writtenCount: written.listed.count, removed: removed.listed.first };
}

/** Written (and removed) files a job's result names; the rest of the written are counted. */
export const WRITTEN_LISTED = 1000;

/** What a job tells its caller, apart from what it changed on disk. */
function resultOf(plan: JobPlan): Omit<RunResult, 'written' | 'writtenCount' | 'removed'> {
  return {
    report: plan.report,
    workload: plan.workload,
    ...(plan.stopped ? { stopped: plan.stopped } : {}),
    skipped: plan.skipped,
    failures: plan.failures,
    stats: plan.stats,
    failedInputs: plan.failedInputs,
    withdrawn: plan.withdrawn,
  };
}

export interface StaleOutput {
  readonly path: string;
  readonly problem: 'missing' | 'out of date' | 'should not exist';
}

export interface CheckResult {
  readonly stale: readonly StaleOutput[];
  readonly checked: number;
  /** Inputs that could not be read or parsed: their outputs were not compared. */
  readonly failedInputs: readonly InputFailure[];
}

/**
 * What `run` would write, compared with what is on disk; writes nothing, commits nothing, and
 * calls only offline engines. Units are filled as `run` fills them (ledger, TM, MT cache), so only
 * a unit an online engine would still have to translate makes its outputs stale.
 */
export async function checkJob(
  options: RunOptions,
  services: RunServices,
  only: readonly OutputKind[] = outputKinds,
): Promise<CheckResult> {
  const wanted = (path: string): boolean => only.includes(outputKind(options, path));
  const stale: StaleOutput[] = [];
  let checked = 0;
  const compare = async (files: readonly OutputFile[], removed: readonly string[]): Promise<void> => {
    for (const file of files.filter((file) => wanted(file.path))) {
      checked += 1;
      const current = await services.readOutput(file.path);
      if (current === undefined) stale.push({ path: file.path, problem: 'missing' });
      else if (current !== file.content) stale.push({ path: file.path, problem: 'out of date' });
    }
    for (const path of removed.filter(wanted)) {
      if ((await services.readOutput(path)) !== undefined) stale.push({ path, problem: 'should not exist' });
    }
  };
  // No skipping of up-to-date inputs here (commit off): check recomputes everything it compares.
  const plan = await planJob(options, services, { commit: false, send: options.engine.offline }, (story) =>
    compare(story.files, story.removed),
  );
  // The folder's outputs are compared piece by piece, by digest: they grow with the project.
  for (const file of plan.folder.files.filter((file) => wanted(file.path))) {
    checked += 1;
    const current = await services.outputSha256(file.path);
    if (current === undefined) stale.push({ path: file.path, problem: 'missing' });
    else if (current !== (await streamedSha256(file))) stale.push({ path: file.path, problem: 'out of date' });
  }
  await compare([], [...plan.folder.removed, ...plan.withdrawn.flatMap((story) => story.files)]);
  return { stale, checked, failedInputs: plan.failedInputs };
}

/** One story's outputs, computed: what the job writes (or compares) as one set. */
interface StoryOutputs {
  readonly article: Article;
  readonly files: readonly OutputFile[];
  readonly removed: readonly string[];
  readonly localized: readonly LocalizedArticle[];
  /** Its output record, to store once the files are written; none for a story not finished. */
  readonly record?: OutputRecord;
  /**
   * Store the record only once the folder's outputs (report.json, the index) are written: the story
   * was owed a regeneration (OWED_FINGERPRINT), and a job killed before report.json names its new
   * outputs must leave the debt for the next import to pay.
   */
  readonly recordAfterFolder?: boolean;
}

interface JobPlan {
  readonly failedInputs: readonly InputFailure[];
  /** The folder-wide outputs (review index, report.json), made last from every story's report, a story at a time; not the withdrawn stories' files. */
  readonly folder: { readonly files: readonly StreamedOutputFile[]; readonly removed: readonly string[] };
  readonly report: JobReport;
  readonly failures: readonly UnitFailure[];
  readonly stats: TranslateStats;
  readonly skipped: number;
  readonly workload: EngineWorkload;
  readonly stopped?: DispatchStop;
  readonly withdrawn: readonly WithdrawnStory[];
}

/**
 * What the job keeps of a story from the batch-wide checks to its window: who it is, not its text.
 * The window reads the story again.
 */
type StoryIdentity = Pick<Article, 'id' | 'version' | 'lang' | 'pubStatus' | 'embargoedUntil' | 'source'> & {
  /** The input as the job was given it: what the window reads again. */
  readonly input: string;
};

function identityOf(input: string, { id, version, lang, pubStatus, embargoedUntil, source }: Article): StoryIdentity {
  return {
    input,
    id,
    version,
    lang,
    source,
    ...(pubStatus === undefined ? {} : { pubStatus }),
    ...(embargoedUntil === undefined ? {} : { embargoedUntil }),
  };
}

/** The batch read once and checked as a whole, before any story is translated or written. */
interface CheckedBatch {
  /** The first window's stories as read: not read again. */
  readonly kept: Map<string, Article>;
  /** Inputs that could not be read or parsed (the windows add the ones that change meanwhile). */
  readonly failedInputs: InputFailure[];
  readonly stories: readonly StoryIdentity[];
  /** Kills and withdrawals among the inputs. */
  readonly notices: readonly StoryIdentity[];
  readonly withdrawn: readonly WithdrawnStory[];
  /** Whether the folder has a review index: this job writes pages, or an earlier story has one. */
  readonly writesIndex: boolean;
}

/**
 * Every story read once for the batch-wide checks (ids unique and owned, target languages), keeping
 * its identity, and the first window's stories whole. A story that cannot be read has no id: it
 * takes no part in the id checks, and the id it owned in an earlier run stays its own (its earlier
 * outputs are left as they are).
 */
async function checkBatch(options: RunOptions, services: RunServices, glossary: Glossary, windowSize: number): Promise<CheckedBatch> {
  const { store } = services;
  // The first window's worth of stories is kept as read, not read again: a batch that fits in one
  // window (most runs) reads each story once, and memory still holds at most a window.
  const firstInputs = new Set(options.inputs.slice(0, windowSize));
  const kept = new Map<string, Article>();
  const read = await readInputs(options.inputs, LOCAL_IO_CONCURRENCY, async (path) => {
    const article = await services.readArticle(path, options.format);
    if (firstInputs.has(path)) kept.set(path, article);
    return identityOf(path, article);
  });
  // A kill or withdrawal is not translated: it takes its story's outputs away.
  const stories = read.stories.filter((story) => !isWithdrawal(story));
  const notices = read.stories.filter(isWithdrawal);
  const withdrawn: WithdrawnStory[] = [];
  for (const notice of notices) {
    const story = await withdrawnOutputs(notice, store);
    if (story) withdrawn.push(story);
  }
  assertUniqueIds(stories);
  await assertOwnIds(stories, store.stories);
  checkTargetLanguages(options.targetLangs, stories, glossary, services.formatter);
  // The index is kept while any story has a page, even when this job writes none. A withdrawn
  // story is no earlier story: it leaves report.json and the review index.
  const replaced = [...stories, ...notices].map((story) => ({ id: story.id, source: inputKey(story) }));
  const writesIndex = options.review !== false || (await anyEarlierReview(options, replaced, () => store.outputs.list()));
  return { kept, failedInputs: [...read.failed], stories, notices, withdrawn, writesIndex };
}

/**
 * The job, window by window: the batch checked as a whole (`checkBatch`); then `windowSize`
 * stories at a time are read again (the kept ones are not), prepared, translated (one dispatch per
 * window: engine batches still pack the segments of many stories), and rendered story by story
 * (`renderWindow`), each story's outputs handed to `onStory` as soon as they are computed. The
 * engine works on the next window while this one is rendered. The folder's outputs are made last,
 * a story at a time, from the output records and the job's unrecorded stories (`folderOutputs`).
 * `commit`: store engine results and skip inputs whose outputs are current; `send`: call the engine.
 */
async function planJob(
  options: RunOptions,
  services: RunServices,
  mode: { commit: boolean; send: boolean },
  onStory?: (story: StoryOutputs) => Promise<void>,
): Promise<JobPlan> {
  assertDistinctInputs(options.inputs);
  const glossary = await services.readGlossary(options.glossaryPath);
  const { store } = services;
  const windowSize = options.windowSize ?? DEFAULT_WINDOW_SIZE;
  const { kept, failedInputs, stories, notices, withdrawn, writesIndex } = await checkBatch(options, services, glossary, windowSize);
  if (mode.commit) {
    const langs = [...new Set([...stories.map((story) => story.lang), ...options.targetLangs])];
    await services.prepareOutputFolders(outputFolders(options, options.xliffVersions, langs, writesIndex));
  }

  const revision = await store.outputs.humanWorkRevision();
  const rendering: RenderContext = {
    options,
    glossary,
    formatter: services.formatter,
    // The fingerprint covers the house style, the Arabic value style included.
    valueStyle: valueStyleOf(options.houseStyle),
    bundleFormat: options.bundleFormat ?? 'plain',
  };
  const engine = new WindowTranslator(options, glossary, services, mode, (services.now ?? Date.now)());
  const digest = new JobDigest({ engine: describeEngine(options.engine), targetLangs: options.targetLangs, glossary });
  // The job's stories that have no output record (not finished, embargoed, or in `check`): their
  // reports go into report.json and the index from here rather than from the store.
  const unrecorded: ProjectStory[] = [];
  let skipped = 0;

  const takeKept = (path: string): Article | undefined => {
    const article = kept.get(path);
    kept.delete(path);
    return article;
  };

  /** A window read again and translated: what its stories are rendered from. */
  const translateWindow = async (identities: readonly StoryIdentity[]): Promise<TranslatedWindow> => {
    const again = await readEach(
      identities.map((story) => story.input),
      LOCAL_IO_CONCURRENCY,
      async (path) => ({ path, article: takeKept(path) ?? (await services.readArticle(path, options.format)) }),
    );
    failedInputs.push(...again.failed);
    const articles = again.stories.flatMap(({ path, article }) => (sameStory(path, article, identities, failedInputs) ? [article] : []));
    if (mode.commit) await claimIds(articles, store.stories);
    // An input whose fingerprint and files are as the last run left them is not computed again.
    const fingerprints = new Map(articles.map((article) => [article, outputFingerprint(article, options, glossary, revision, services.codeVersion)]));
    const { reused, owed } = mode.commit ? await recordedState(articles, fingerprints, services) : { reused: new Map<Article, OutputRecord>(), owed: new Set<Article>() };
    const prepared = articles.filter((article) => !reused.has(article)).map((article) => prepareArticle(article, glossary, options.targetLangs));
    return { articles, reused, owed, fingerprints, prepared, ...(await engine.translate(prepared)) };
  };

  const windows = inWindows(stories, windowSize);
  let next = windows.length > 0 ? started(translateWindow(windows[0]!)) : undefined;
  // A run writes a few stories at once (their fsyncs overlap); check compares them in order.
  const writes = new InFlight(mode.commit ? STORIES_WRITTEN_AT_ONCE : 1);
  try {
    for (let k = 0; next !== undefined; k += 1) {
      const window = await next;
      // The engine takes the next window while this one is rendered and written.
      next = k + 1 < windows.length ? started(translateWindow(windows[k + 1]!)) : undefined;
      skipped += window.reused.size;
      for (const { story, recorded } of await renderWindow(window, { options, mode, rendering, writes, ...(onStory ? { onStory } : {}) })) {
        digest.add(story.report, story.files);
        services.onStoryReport?.(story.report);
        // The folder's outputs read a story from its record, unless it has none yet.
        if (!recorded) unrecorded.push(story);
      }
    }
    await writes.drain();
  } finally {
    // A job that fails leaves no window, and no story's writing, working on the store behind it.
    await next?.catch(() => undefined);
    await writes.settle();
  }

  const failed = inputOrder(failedInputs, options.inputs);
  const folder = folderOutputs(options, {
    records: () => store.outputs.list(),
    unrecorded,
    // This job's other stories are in the store now, under their new records; withdrawn ones leave.
    replaced: [...unrecorded.map((story) => story.report), ...notices.map((notice) => ({ id: notice.id, source: notice.source.path }))],
    writesIndex,
    context: { engine: describeEngine(options.engine), targetLangs: options.targetLangs, glossary, failedInputs: failed.map(failedInputReport) },
  });
  return {
    failedInputs: failed,
    folder,
    report: digest.report(folder.files.map((file) => file.path), failed.map(failedInputReport)),
    failures: engine.failures,
    stats: engine.stats,
    skipped,
    workload: engine.memory.workload,
    withdrawn,
    ...(engine.stopped ? { stopped: engine.stopped } : {}),
  };
}

/** How a window's stories are rendered and handed over. */
interface WindowRendering {
  readonly options: RunOptions;
  readonly mode: { readonly commit: boolean };
  readonly rendering: RenderContext;
  /** The stories being written (a few at once). */
  readonly writes: InFlight;
  readonly onStory?: (story: StoryOutputs) => Promise<void>;
}

/**
 * A translated window, story by story: each story rendered, given its record when it is finished,
 * and handed to `onStory`; the reused ones as their records say. Returns every story of the window,
 * in input order, with whether the store holds (or will hold, once written) its record for report.json.
 */
async function renderWindow(window: TranslatedWindow, context: WindowRendering): Promise<Array<{ story: ProjectStory; recorded: boolean }>> {
  const { options, mode, rendering, writes, onStory } = context;
  const done = new Map<Article, { story: ProjectStory; recorded: boolean }>();
  for (const [article, record] of window.reused) {
    done.set(article, { story: { report: recordedReport(record), files: record.files.map((file) => file.path) }, recorded: true });
  }
  for (const { article, segments } of window.prepared) {
    const outputs = articleOutputs(article, segments, window.units.get(article.id)!, { ...rendering, embargoed: window.embargoed });
    const record =
      mode.commit && isFinished(article, outputs, window.embargoed, options.engine)
        ? outputRecord(outputs, { fingerprint: window.fingerprints.get(article)!, articleId: article.id, settings: runSettings(options) })
        : undefined;
    const recordAfterFolder = window.owed.has(article);
    if (onStory) {
      const story = { article, files: outputs.files, removed: outputs.removed, localized: outputs.localized, recordAfterFolder };
      await writes.add(onStory({ ...story, ...(record ? { record } : {}) }));
    }
    // An owed story's record is stored after the folder's outputs: until then, they read it from here.
    done.set(article, { story: { report: outputs.report, files: outputs.files.map((file) => file.path) }, recorded: record !== undefined && !recordAfterFolder });
    // Rendering is synchronous: let the engine's answers for the next window in between stories.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return window.articles.flatMap((article) => done.get(article) ?? []);
}

/** A promise awaited later: its failure is the awaiter's, not an unhandled rejection meanwhile. */
function started<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/** The failures in the order of the inputs (a window's re-read adds its own after the batch's). */
function inputOrder(failures: readonly InputFailure[], inputs: readonly string[]): InputFailure[] {
  const position = new Map(inputs.map((input, i) => [input, i]));
  return [...failures].sort((a, b) => position.get(a.path)! - position.get(b.path)!);
}

/**
 * Whether a story read again in its window is still the one the batch checks saw; one that changed
 * in between (its id, version or language) is skipped as a failed input: the checks did not see it.
 */
function sameStory(input: string, article: Article, identities: readonly StoryIdentity[], failed: InputFailure[]): boolean {
  const checked = identities.find((story) => story.input === input);
  if (checked !== undefined && JSON.stringify(identityOf(input, article)) === JSON.stringify(checked)) return true;
  failed.push({
    path: input,
    error: new InputError('the story changed while the job ran', { file: input, line: 1 }, { hint: 'run the job again' }),
  });
  return false;
}

interface TranslatedWindow {
  readonly articles: readonly Article[];
  /** Stories whose outputs are current, with their records. */
  readonly reused: ReadonlyMap<Article, OutputRecord>;
  /** Those an import left owed a regeneration (OWED_FINGERPRINT). */
  readonly owed: ReadonlySet<Article>;
  readonly fingerprints: ReadonlyMap<Article, string>;
  readonly prepared: readonly PreparedArticle[];
  readonly units: TranslatedArticles['units'];
  /** The window's stories held from the engine by their embargo, by id, with the moment it lifts. */
  readonly embargoed: ReadonlyMap<string, string>;
}

/**
 * The job's engine work, one window at a time, as one dispatch would do it: a budget for the whole
 * job, no sending after a stop, the engine prepared once, a sentence planned once (JobMemory).
 */
class WindowTranslator {
  readonly memory = newJobMemory();
  readonly failures: UnitFailure[] = [];
  stats: TranslateStats = { fromLedger: 0, fromTm: 0, fromCache: 0, unitsSent: 0, requests: 0, charactersSent: 0, billed: {} };
  stopped: DispatchStop | undefined;

  constructor(
    private readonly options: RunOptions,
    private readonly glossary: Glossary,
    private readonly services: RunServices,
    private readonly mode: { commit: boolean; send: boolean },
    /** The job's start: whether an embargo still holds is decided once for the whole job. */
    private readonly now: number,
  ) {}

  async translate(prepared: readonly PreparedArticle[]): Promise<Pick<TranslatedWindow, 'units' | 'embargoed'>> {
    const { options } = this;
    const embargoed = new Map(
      prepared.flatMap(({ article }) => {
        const until = embargoHold(article, options.engine.name, options.embargoEngines ?? defaultEmbargoEngines, this.now);
        return until === undefined ? [] : [[article.id, until] as const];
      }),
    );
    const translated = await translateHeldApart(prepared, embargoed, this.services.store, {
      ...translateOptions(options, this.services, this.glossary, { commit: this.mode.commit, send: this.mode.send && this.stopped === undefined }),
      ...(options.maxCharacters === undefined ? {} : { maxCharacters: options.maxCharacters - this.stats.charactersSent }),
      memory: this.memory,
    });
    this.failures.push(...translated.failures);
    this.stats = addStats(this.stats, translated.stats);
    this.stopped ??= translated.stopped;
    return { units: translated.units, embargoed };
  }
}

function addStats(a: TranslateStats, b: TranslateStats): TranslateStats {
  const billed: Record<LanguageTag, number> = { ...a.billed };
  for (const [lang, characters] of Object.entries(b.billed)) billed[lang] = (billed[lang] ?? 0) + characters;
  return {
    fromLedger: a.fromLedger + b.fromLedger,
    fromTm: a.fromTm + b.fromTm,
    fromCache: a.fromCache + b.fromCache,
    unitsSent: a.unitsSent + b.unitsSent,
    requests: a.requests + b.requests,
    charactersSent: a.charactersSent + b.charactersSent,
    billed,
  };
}

/**
 * Whether the story is done: one the engine did not finish (a failure, a quota or budget stop) is
 * computed again next time; so is one its embargo held from the engine: it is done once it lifts.
 */
function isFinished(article: Article, outputs: ArticleOutputs, embargoed: ReadonlyMap<string, string>, engine: EngineSettings): boolean {
  return (
    !embargoed.has(article.id) &&
    !outputs.localized.some((item) => item.units.some((unit) => hasFailed(unit) || (unit.state === 'untranslated' && engine.origin !== undefined)))
  );
}

function outputRecord(outputs: ArticleOutputs, fields: Pick<OutputRecord, 'fingerprint' | 'articleId' | 'settings'>): OutputRecord {
  return {
    ...fields,
    report: JSON.stringify(outputs.report),
    files: outputs.files.map((file) => ({ path: file.path, sha256: sha256Hex(file.content) })),
    absent: [...outputs.removed],
  };
}

/** How the job's units are filled: the run's engine and pacing; `mode` says whether results are committed and the engine called. */
function translateOptions(options: RunOptions, services: RunServices, glossary: Glossary, mode: { commit: boolean; send: boolean }): TranslateOptions {
  return {
    engine: services.engine(options.engine),
    glossary,
    targetLangs: options.targetLangs,
    concurrency: options.concurrency,
    fuzzyThreshold: options.fuzzyThreshold,
    commit: mode.commit,
    send: mode.send,
    ...(options.maxCharacters === undefined ? {} : { maxCharacters: options.maxCharacters }),
    ...(services.claimTtlMs === undefined ? {} : { claimTtlMs: services.claimTtlMs }),
    dispatch: {
      ...(options.maxRequestsPerSecond === undefined ? {} : { maxRequestsPerSecond: options.maxRequestsPerSecond }),
      ...(options.retry === undefined ? {} : { retry: options.retry }),
      ...(services.onDispatchEvent ? { onEvent: services.onDispatchEvent } : {}),
      ...(services.accountLimits ? { accountLimits: services.accountLimits } : {}),
    },
  };
}

/** Stories whose outputs are written at once: each set's fsyncs wait on the disk, not on the CPU. */
const STORIES_WRITTEN_AT_ONCE = 4;

/** Files read at once when reading stories and checking recorded outputs. */
const LOCAL_IO_CONCURRENCY = 16;

function inputKey(article: Pick<Article, 'source'>): string {
  return article.source.path;
}

/** Everything an input's outputs depend on, hashed. */
function outputFingerprint(article: Article, options: RunOptions, glossary: Glossary, humanWorkRevision: number, codeVersion: string): string {
  return sha256Hex(
    JSON.stringify([
      codeVersion,
      article,
      glossary.hash,
      options.engine.name,
      options.engine.options,
      options.targetLangs,
      options.xliffVersions,
      // Sorted, so the order of keys in wire-l10n.json does not matter.
      Object.entries(options.xliffSizeLimits ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)),
      options.targetLangs.map((lang) => houseStyleSettingsOf(lang, options.houseStyle)),
      options.allowPartial,
      options.review !== false,
      options.bundleFormat ?? 'plain',
      options.fuzzyThreshold,
      options.outDir,
      options.localesDir,
      humanWorkRevision,
    ]),
  );
}

/** How this job runs its inputs, by name, for `import` to regenerate outputs the same way. */
function runSettings(options: RunOptions): RunSettings {
  return {
    targetLangs: options.targetLangs,
    xliffVersions: options.xliffVersions,
    engine: options.engine.name,
    allowPartial: options.allowPartial,
    review: options.review !== false,
    bundleFormat: options.bundleFormat ?? 'plain',
    ...(options.format === undefined || options.format === 'auto' ? {} : { format: options.format }),
    fuzzyThreshold: options.fuzzyThreshold,
    outDir: options.outDir,
    localesDir: options.localesDir,
    glossaryPath: options.glossaryPath,
  };
}

/**
 * What the stories' records say: `reused`, those whose recorded fingerprint is today's and whose
 * recorded files are on disk as written; `owed`, those an import left owed a regeneration.
 */
async function recordedState(
  articles: readonly Article[],
  fingerprints: ReadonlyMap<Article, string>,
  services: RunServices,
): Promise<{ reused: Map<Article, OutputRecord>; owed: Set<Article> }> {
  const candidates: Array<{ article: Article; record: OutputRecord }> = [];
  const owed = new Set<Article>();
  for (const article of articles) {
    const record = await services.store.outputs.get(inputKey(article));
    if (record?.fingerprint === OWED_FINGERPRINT) owed.add(article);
    else if (record !== undefined && record.fingerprint === fingerprints.get(article)) candidates.push({ article, record });
  }
  const current = await mapConcurrently(candidates, LOCAL_IO_CONCURRENCY, ({ record }) => onDiskAsRecorded(record, services));
  return { reused: new Map(candidates.flatMap(({ article, record }, i) => (current[i] ? [[article, record] as const] : []))), owed };
}

async function onDiskAsRecorded(record: OutputRecord, services: RunServices): Promise<boolean> {
  for (const file of record.files) {
    const content = await services.readOutput(file.path);
    if (content === undefined || sha256Hex(content) !== file.sha256) return false;
  }
  for (const path of record.absent) if ((await services.readOutput(path)) !== undefined) return false;
  return true;
}

function hasFailed(unit: Unit): boolean {
  return unit.findings.some((finding) => finding.ruleId === 'mt/failed');
}


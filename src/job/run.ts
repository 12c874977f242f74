/**
 * The main job: stories in → segments → glossary → translation memory, MT cache, engine →
 * XLIFF, i18next bundles, localized stories and a report out; and `check`, the same computation
 * compared with what is on disk.
 *
 * Everything is read and validated first (termbase, every story) and every output is computed in
 * memory before the first byte is written, so bad input writes nothing; each file is then written
 * atomically. A story that cannot be read or parsed is skipped and listed (`failedInputs`) while
 * the others are written; when none can be read, the job fails with the first story's error. Engine results are committed to the store batch by batch as they arrive, so a killed
 * job resumes without paying twice. Outputs are deterministic: the same inputs, termbase and store
 * give byte-identical files. report.json is the project's: the job's stories and those earlier jobs
 * left in the same folder (from their output records), by id.
 */
import type { OutputFile } from '../io/atomic-write.js';
import type { Article, Glossary, LanguageTag, LocalizedArticle, Unit } from '../model.js';
import type { TranslationEngine } from '../mt/engine.js';
import type { DispatchEvent, DispatchStop, RetryPolicy, UnitFailure } from '../mt/index.js';
import type { BundleFormat } from '../render/bundle.js';
import type { FormatChoice } from '../formats/index.js';
import type { Formatter } from '../render/formatter.js';
import { valueStyleOf, type HouseStyleConfig } from '../qa/house-style/index.js';
import { houseStyleSettingsOf } from '../qa/house-style-units.js';
import { renderReviewIndex } from '../review/index.js';
import { buildProjectReport, buildReport, byStoryId, serializeReport, type ArticleReport, type EngineReport, type JobReport } from '../report/index.js';
import type { LedgerEntry, OutputRecord, RunSettings, Store } from '../store/store.js';
import { storedLedgerEntry } from '../store/marked-entries.js';
import { sha256Hex } from '../util/hash.js';
import { mapConcurrently } from '../util/map-concurrently.js';
import type { XliffSizeLimits, XliffVersion } from '../xliff/index.js';
import { checkTargetLanguages } from './languages.js';
import { outputFolders, outputKind, outputKinds, outputPaths, type OutputFolder, type OutputKind, type OutputLayout } from './outputs.js';
import { prepareArticle } from './prepare.js';
import { failedInputReport, readInputs, type InputFailure } from './read-inputs.js';
import { assertDistinctInputs, assertOwnIds, assertUniqueIds, claimIds } from './story-identity.js';
import type { EngineWorkload, TranslateOptions, TranslateStats } from './translate.js';
import { defaultEmbargoEngines, embargoHold, translateHeldApart } from './embargo.js';
import { isWithdrawal, withdrawnOutputs, type WithdrawnStory } from './withdraw.js';
import { articleOutputs, type RenderContext } from './article-outputs.js';

export interface RunOptions extends OutputLayout {
  readonly inputs: readonly string[];
  /** How the inputs are read: by content, or as the format named (`--format`). @default 'auto' */
  readonly format?: FormatChoice;
  readonly targetLangs: readonly LanguageTag[];
  readonly glossaryPath: string;
  readonly engine: TranslationEngine;
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
  /** Dispatcher events, for progress displays. */
  readonly onDispatchEvent?: (event: DispatchEvent) => void;
  /** Engines an embargoed story may be sent to before its embargo lifts (`embargo.engines`). @default defaultEmbargoEngines */
  readonly embargoEngines?: readonly string[];
}

/** The job's access to the outside world, injected so tests can replace any of it. */
export interface RunServices {
  /** Reads a story, in the format named or (`auto`, the default) the one its content shows. */
  readonly readArticle: (path: string, format?: FormatChoice) => Promise<Article>;
  readonly readGlossary: (path: string) => Promise<Glossary>;
  /** Writes the files (atomically), leaving alone those already on disk as they are; returns the paths written. */
  readonly writeOutputs: (files: readonly OutputFile[]) => Promise<readonly string[]>;
  /** Removes files that must no longer exist (a story that is no longer complete); absent files are fine. */
  readonly removeFiles: (paths: readonly string[]) => Promise<void>;
  /**
   * Makes the folders the job will write into and proves each can take a file, before any engine
   * work; fails with an OutputError naming a folder that cannot (or that a link takes outside its
   * root).
   */
  readonly prepareOutputFolders: (folders: readonly OutputFolder[]) => Promise<void>;
  /** The content of a file, or undefined when there is none (for `check`). */
  readonly readOutput: (path: string) => Promise<string | undefined>;
  readonly formatter: Formatter;
  readonly store: Store;
  /** Identifies the code that renders outputs: part of every output fingerprint. */
  readonly codeVersion: string;
  /** The time, in ms since the epoch: whether an embargo still holds. @default Date.now */
  readonly now?: () => number;
}

export interface RunResult {
  readonly report: JobReport;
  /** What needed the engine (in a dry run: what would have been sent). */
  readonly workload: EngineWorkload;
  /** Why the engine stopped early; outputs hold everything translated until then. */
  readonly stopped?: DispatchStop;
  /** Files whose content changed on disk. */
  readonly written: readonly string[];
  /** Inputs whose outputs were already up to date and were not computed again. */
  readonly skipped: number;
  readonly removed: readonly string[];
  readonly failures: readonly UnitFailure[];
  readonly stats: TranslateStats;
  /** Inputs that could not be read or parsed, skipped while the others were written; in input order. */
  readonly failedInputs: readonly InputFailure[];
  /** Stories a kill or withdrawal among the inputs took away (their outputs removed, their records forgotten). */
  readonly withdrawn: readonly WithdrawnStory[];
}

export async function runJob(options: RunOptions, services: RunServices): Promise<RunResult> {
  const plan = await planJob(options, services, { commit: !options.dryRun, send: !options.dryRun });
  if (options.dryRun) {
    return {
      report: plan.report,
      workload: plan.workload,
      written: [],
      skipped: plan.skipped,
      removed: [],
      failures: [],
      stats: plan.stats,
      failedInputs: plan.failedInputs,
      withdrawn: [],
    };
  }
  // Claimed before writing: outputs on disk always have their owner on record.
  claimIds(plan.articles, services.store.stories);
  const written = await services.writeOutputs(plan.files);
  await services.removeFiles(plan.removed);
  // Forgotten once their files are gone: a kill run again after a crash finds them to remove.
  for (const story of plan.withdrawn) services.store.outputs.remove(story.inputKey);
  recordResults(plan.localized, services.store);
  // Recorded only once the files are on disk: a record never vouches for files not yet written.
  for (const [inputKey, record] of plan.records) services.store.outputs.put(inputKey, record);
  return {
    report: plan.report,
    workload: plan.workload,
    ...(plan.stopped ? { stopped: plan.stopped } : {}),
    written,
    skipped: plan.skipped,
    removed: plan.removed,
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
  // No skipping of up-to-date inputs here: check recomputes everything it compares.
  const plan = await planJob(options, services, { commit: false, send: options.engine.offline });
  const wanted = (path: string): boolean => only.includes(outputKind(options, path));
  const files = plan.files.filter((file) => wanted(file.path));
  const stale: StaleOutput[] = [];
  for (const file of files) {
    const current = await services.readOutput(file.path);
    if (current === undefined) stale.push({ path: file.path, problem: 'missing' });
    else if (current !== file.content) stale.push({ path: file.path, problem: 'out of date' });
  }
  for (const path of plan.removed.filter(wanted)) {
    if ((await services.readOutput(path)) !== undefined) stale.push({ path, problem: 'should not exist' });
  }
  return { stale, checked: files.length, failedInputs: plan.failedInputs };
}

interface JobPlan {
  readonly articles: readonly Article[];
  readonly failedInputs: readonly InputFailure[];
  readonly files: OutputFile[];
  readonly removed: string[];
  readonly report: JobReport;
  readonly localized: LocalizedArticle[];
  readonly failures: readonly UnitFailure[];
  readonly stats: TranslateStats;
  /** Output records to store once the files are written, by input key. */
  readonly records: ReadonlyMap<string, OutputRecord>;
  readonly skipped: number;
  readonly workload: EngineWorkload;
  readonly stopped?: DispatchStop;
  readonly withdrawn: readonly WithdrawnStory[];
}

/** `commit`: store engine results and skip inputs whose outputs are current; `send`: call the engine. */
async function planJob(options: RunOptions, services: RunServices, mode: { commit: boolean; send: boolean }): Promise<JobPlan> {
  assertDistinctInputs(options.inputs);
  const glossary = await services.readGlossary(options.glossaryPath);
  // A story that cannot be read has no id: it takes no part in the id checks below, and the id it
  // owned in an earlier run stays its own (its earlier outputs are left as they are).
  const read = await readInputs(options.inputs, LOCAL_IO_CONCURRENCY, (path) => services.readArticle(path, options.format));
  const failedInputs = read.failed;
  // A kill or withdrawal is not translated: it takes its story's outputs away.
  const articles = read.articles.filter((article) => !isWithdrawal(article));
  const notices = read.articles.filter(isWithdrawal);
  const withdrawn = notices.flatMap((notice) => withdrawnOutputs(notice, services.store) ?? []);
  assertUniqueIds(articles);
  assertOwnIds(articles, services.store.stories);
  checkTargetLanguages(options.targetLangs, articles, glossary, services.formatter);
  // A withdrawn story is no earlier story: it leaves report.json and the review index.
  const earlier = recordedStories([...articles, ...notices], services.store);
  const earlierReviews = earlier.filter((record) => holdsFile(record, outputPaths.review(options, record.articleId)));
  // The index is kept while any story has a page, even when this job writes none.
  const writesIndex = options.review !== false || earlierReviews.length > 0;
  if (mode.commit) {
    const langs = [...new Set([...articles.map((article) => article.lang), ...options.targetLangs])];
    await services.prepareOutputFolders(outputFolders(options, options.xliffVersions, langs, writesIndex));
  }

  // An input whose fingerprint and files are as the last run left them is not computed again.
  const revision = services.store.outputs.humanWorkRevision();
  const fingerprints = new Map(
    articles.map((article) => [article, outputFingerprint(article, options, glossary, revision, services.codeVersion)]),
  );
  const reused = mode.commit ? await upToDate(articles, fingerprints, services) : new Map<Article, OutputRecord>();

  const prepared = articles
    .filter((article) => !reused.has(article))
    .map((article) => prepareArticle(article, glossary, options.targetLangs));
  const now = (services.now ?? Date.now)();
  const embargoed = new Map(
    prepared.flatMap(({ article }) => {
      const until = embargoHold(article, options.engine.name, options.embargoEngines ?? defaultEmbargoEngines, now);
      return until === undefined ? [] : [[article.id, until] as const];
    }),
  );
  const translated = await translateHeldApart(prepared, embargoed, services.store, translateOptions(options, glossary, mode));

  const rendering: RenderContext = {
    options,
    glossary,
    formatter: services.formatter,
    // The fingerprint covers the house style, the Arabic value style included.
    valueStyle: valueStyleOf(options.houseStyle),
    bundleFormat: options.bundleFormat ?? 'plain',
    embargoed,
  };
  const files: OutputFile[] = [];
  const removed: string[] = [];
  const articleReports = new Map<Article, ArticleReport>();
  const records = new Map<string, OutputRecord>();
  const localizedArticles: LocalizedArticle[] = [];
  for (const { article, segments } of prepared) {
    const outputs = articleOutputs(article, segments, translated.units.get(article.id)!, rendering);
    files.push(...outputs.files);
    removed.push(...outputs.removed);
    localizedArticles.push(...outputs.localized);
    articleReports.set(article, outputs.report);
    // An article the engine did not finish (a failure, a quota or budget stop) is computed again next time.
    // So is a story its embargo held from the engine: it is done once the embargo lifts.
    const unfinished =
      embargoed.has(article.id) ||
      outputs.localized.some((item) =>
        item.units.some((unit) => hasFailed(unit) || (unit.state === 'untranslated' && options.engine.origin !== undefined)),
      );
    if (!unfinished) {
      records.set(inputKey(article), {
        fingerprint: fingerprints.get(article)!,
        articleId: article.id,
        report: JSON.stringify(outputs.report),
        files: outputs.files.map((file) => ({ path: file.path, sha256: sha256Hex(file.content) })),
        absent: [...outputs.removed],
        settings: runSettings(options),
      });
    }
  }

  const jobReports = articles.map((article) => articleReports.get(article) ?? recordedReport(reused.get(article)!));
  const job = jobOutputs(options, {
    jobReports,
    // Every file of the job's stories: written now, or kept from the run that made them.
    storyFiles: [...articles.flatMap((article) => reused.get(article)?.files.map((file) => file.path) ?? []), ...files.map((file) => file.path)],
    earlier,
    earlierReviews,
    writesIndex,
    glossary,
    failedInputs,
  });
  files.push(...job.files);
  removed.push(...job.removed, ...withdrawn.flatMap((story) => story.files));
  const { report } = job;
  return {
    articles,
    failedInputs,
    files,
    removed,
    report,
    localized: localizedArticles,
    failures: translated.failures,
    stats: translated.stats,
    records,
    skipped: reused.size,
    workload: translated.workload,
    withdrawn,
    ...(translated.stopped ? { stopped: translated.stopped } : {}),
  };
}

/** How the job's units are filled: the run's engine and pacing; `mode` says whether results are committed and the engine called. */
function translateOptions(options: RunOptions, glossary: Glossary, mode: { commit: boolean; send: boolean }): TranslateOptions {
  return {
    engine: options.engine,
    glossary,
    targetLangs: options.targetLangs,
    concurrency: options.concurrency,
    fuzzyThreshold: options.fuzzyThreshold,
    commit: mode.commit,
    send: mode.send,
    ...(options.maxCharacters === undefined ? {} : { maxCharacters: options.maxCharacters }),
    dispatch: {
      ...(options.maxRequestsPerSecond === undefined ? {} : { maxRequestsPerSecond: options.maxRequestsPerSecond }),
      ...(options.retry === undefined ? {} : { retry: options.retry }),
      ...(options.onDispatchEvent ? { onEvent: options.onDispatchEvent } : {}),
    },
  };
}

/** What the job-level outputs are made from. */
interface JobOutputsInput {
  readonly jobReports: readonly ArticleReport[];
  readonly storyFiles: readonly string[];
  /** Stories of earlier jobs, from their output records; those with a review page in this folder. */
  readonly earlier: readonly OutputRecord[];
  readonly earlierReviews: readonly OutputRecord[];
  readonly writesIndex: boolean;
  readonly glossary: Glossary;
  readonly failedInputs: readonly InputFailure[];
}

/**
 * The outputs about the whole folder, made last: the review index (every story with a page here)
 * and report.json (every story with its report here: the project's), and the job's own report.
 */
function jobOutputs(options: RunOptions, input: JobOutputsInput): { files: OutputFile[]; removed: string[]; report: JobReport } {
  const { jobReports, storyFiles, earlier, earlierReviews, writesIndex, glossary, failedInputs } = input;
  const reportPath = outputPaths.report(options);
  const reviewIndexPath = outputPaths.reviewIndex(options);
  const jobFiles = [...storyFiles, ...(writesIndex ? [reviewIndexPath] : []), reportPath];
  const context = { engine: describeEngine(options.engine), targetLangs: options.targetLangs, glossary, failedInputs: failedInputs.map(failedInputReport) };
  const report = buildReport(jobReports, { ...context, files: jobFiles });
  // report.json is the project's: the stories of earlier jobs whose reports sit in this folder too.
  const earlierStories = earlier.filter((record) => holdsFile(record, outputPaths.storyReport(options, record.articleId)));
  const projectReport = buildProjectReport([...jobReports, ...earlierStories.map(recordedReport)], {
    ...context,
    files: [...jobFiles, ...earlierStories.flatMap((record) => record.files.map((file) => file.path))],
  });
  const files: OutputFile[] = [];
  if (writesIndex) {
    const indexed = [...(options.review === false ? [] : jobReports), ...earlierReviews.map(recordedReport)].sort(byStoryId);
    const langs = [...new Set([...options.targetLangs, ...indexed.flatMap((item) => Object.keys(item.languages))])];
    files.push({ path: reviewIndexPath, content: renderReviewIndex(indexed, langs) });
  }
  files.push({ path: reportPath, content: serializeReport(projectReport) });
  return { files, removed: writesIndex ? [] : [reviewIndexPath], report };
}

/** Files read at once when reading stories and checking recorded outputs. */
const LOCAL_IO_CONCURRENCY = 16;

function inputKey(article: Article): string {
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
 * The output records of earlier jobs' stories: each recorded input that still owns its story id.
 * This job's own inputs and stories are left out: it computes them again. Which of them belong in
 * this job's review index and report, the files their records list say (`holdsFile`).
 */
function recordedStories(articles: readonly Article[], store: Store): OutputRecord[] {
  const inputs = new Set(articles.map(inputKey));
  const ids = new Set(articles.map((article) => article.id));
  return store.outputs.list().flatMap(({ inputKey: key, record }) =>
    !inputs.has(key) && !ids.has(record.articleId) && store.stories.get(record.articleId)?.inputKey === key ? [record] : [],
  );
}

function holdsFile(record: OutputRecord, path: string): boolean {
  return record.files.some((file) => file.path === path);
}

function recordedReport(record: OutputRecord): ArticleReport {
  return JSON.parse(record.report) as ArticleReport;
}

/** The stories whose recorded fingerprint is today's and whose recorded files are on disk as written, with their records. */
async function upToDate(
  articles: readonly Article[],
  fingerprints: ReadonlyMap<Article, string>,
  services: RunServices,
): Promise<Map<Article, OutputRecord>> {
  const candidates = articles.flatMap((article) => {
    const record = services.store.outputs.get(inputKey(article));
    return record !== undefined && record.fingerprint === fingerprints.get(article) ? [{ article, record }] : [];
  });
  const current = await mapConcurrently(candidates, LOCAL_IO_CONCURRENCY, ({ record }) => onDiskAsRecorded(record, services));
  return new Map(candidates.flatMap(({ article, record }, i) => (current[i] ? [[article, record] as const] : [])));
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

/**
 * Keeps the ledger in step with the articles: every unit's current result, and nothing for units
 * that are gone from a corrected story. The ledger never lets MT replace a human's work.
 */
function recordResults(localized: readonly LocalizedArticle[], store: Store): void {
  for (const { article, targetLang, units } of localized) {
    const entries = units.flatMap((unit): LedgerEntry[] =>
      unit.state === 'untranslated' || unit.target === undefined || unit.origin === undefined
        ? []
        : [
            storedLedgerEntry(
              {
                articleId: article.id,
                targetLang,
                unitId: unit.id,
                sourceHash: unit.segment.hash,
                target: unit.target,
                ...(unit.targetMarkup === undefined ? {} : { targetMarkup: unit.targetMarkup }),
                state: unit.state,
                origin: unit.origin,
                ...(unit.engine === undefined ? {} : { engine: unit.engine }),
              },
              unit.segment,
            ),
          ],
    );
    store.ledger.sync(article.id, targetLang, entries, units.map((unit) => unit.id));
  }
}

function describeEngine(engine: TranslationEngine): EngineReport {
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

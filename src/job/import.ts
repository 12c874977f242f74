/**
 * `import`: reviewed XLIFF files back into the store, then the stories' outputs regenerated.
 *
 * Each file is read, matched against its story as the story is now, and applied in one store
 * transaction, or not at all: a file the reader or the matcher refuses (XliffReadError) changes
 * nothing, and the other files still go in. Applied units become human work in the ledger (the job
 * never replaces it with MT) and human-approved entries in the translation memory. Then the job
 * runs again on the stories whose files applied something, the way the store recorded that `run`
 * ran them (languages, XLIFF versions, engine…) unless the command line says otherwise, so every
 * output shows the human work and no output is dropped.
 */
import { WireL10nError, XliffReadError } from '../errors.js';
import { languageCandidates, planFileImport, type FileImportPlan, type ImportedState } from '../import/index.js';
import { sourceFormats, type Article, type Glossary, type LanguageTag } from '../model.js';
import type { FormatChoice } from '../formats/index.js';
import { fixHouseStyle, valueStyleOf, type HouseStyleConfig } from '../qa/house-style/index.js';
import { houseStyleProfileFor } from '../qa/house-style-units.js';
import { readLedgerEntry, storedLedgerEntry } from '../store/marked-entries.js';
import { OWED_FINGERPRINT, type RunSettings } from '../store/store.js';
import { xliffVersions } from '../xliff/index.js';
import type { ReadXliffFile } from '../xliff/read/types.js';
import { outputPaths, type OutputLayout } from './outputs.js';
import { prepareArticle } from './prepare.js';
import { runJob, type RunOptions, type RunResult, type RunServices } from './run.js';

/**
 * The options to regenerate stories with: from how `run` last ran them (`recorded`, undefined for
 * a story the store has no record of) and the languages imported for them. The CLI merges these
 * with what its command line says. Stories to be run alike must get the same object: each object
 * is one job.
 */
export type RegenerateOptions = (recorded: RunSettings | undefined, importedLangs: readonly LanguageTag[]) => Omit<RunOptions, 'inputs'>;

export interface ImportOptions {
  readonly files: readonly string[];
  /**
   * The termbase to prepare every story with (it decides the protected spans the codes stand
   * for). Default: the one `run` recorded for each story, else `defaultGlossaryPath`.
   */
  readonly glossaryPath?: string;
  readonly defaultGlossaryPath: string;
  /** For CAT tools that never update states (OmegaT 3.6): take changed targets as this state. */
  readonly editedAs?: ImportedState;
  /** The project's target languages (`--to`): a file for another is refused. Default: what `run` recorded. */
  readonly targetLangs?: readonly LanguageTag[];
  /** Where to look for a story's exports when neither `targetLangs` nor a record names its languages. */
  readonly layout: OutputLayout;
  /** `wire-l10n.json` `houseStyle`: how values are written in the targets (Arabic digits and months). */
  readonly houseStyle?: HouseStyleConfig;
  /** How to regenerate outputs; undefined: store only. */
  readonly regenerate?: RegenerateOptions;
}

export interface ImportServices extends RunServices {
  readonly readXliff: (path: string) => Promise<ReadXliffFile>;
}

export type FileImportResult =
  | { readonly path: string; readonly plan: FileImportPlan }
  | { readonly path: string; readonly error: WireL10nError };

export interface RegeneratedOutputs {
  readonly stories: readonly string[];
  readonly engine: string;
  readonly result: RunResult;
}

export interface ImportResult {
  /** One per file, in the order given. */
  readonly files: readonly FileImportResult[];
  /** One job run per set of run options. */
  readonly regenerated: readonly RegeneratedOutputs[];
  /**
   * Why the outputs could not be regenerated (an engine the environment cannot build, an output
   * that cannot be written): the imported work is stored all the same, and a later `run` writes it.
   */
  readonly regenerationFailure?: WireL10nError;
}

export async function importXliffFiles(options: ImportOptions, services: ImportServices): Promise<ImportResult> {
  const glossaries = new Map<string, Promise<Glossary>>();
  const glossaryAt = (path: string): Promise<Glossary> => {
    const known = glossaries.get(path) ?? services.readGlossary(path);
    glossaries.set(path, known);
    return known;
  };
  const files: FileImportResult[] = [];
  for (const path of options.files) {
    try {
      files.push({ path, plan: await importFile(path, glossaryAt, options, services) });
    } catch (error) {
      if (!(error instanceof XliffReadError)) throw error;
      files.push({ path, error });
    }
  }
  const plans = files.flatMap((file) => ('plan' in file ? [file.plan] : []));
  const regenerated: RegeneratedOutputs[] = [];
  try {
    for (const { run, stories } of options.regenerate ? await regenerationRuns(plans, options.regenerate, services) : []) {
      regenerated.push({ stories, engine: run.engine.name, result: await runJob({ ...run, inputs: stories }, services) });
    }
  } catch (error) {
    if (!(error instanceof WireL10nError)) throw error;
    return { files, regenerated, regenerationFailure: error };
  }
  return { files, regenerated };
}

async function importFile(
  path: string,
  glossaryAt: (path: string) => Promise<Glossary>,
  options: ImportOptions,
  services: ImportServices,
): Promise<FileImportPlan> {
  const file = await services.readXliff(path);
  const article = await readStory(file, path, services);
  const record = await services.store.outputs.get(article.source.path);
  const recorded = record?.settings;
  const glossary = await glossaryAt(options.glossaryPath ?? recorded?.glossaryPath ?? options.defaultGlossaryPath);
  const targetLang = await resolveTargetLang(file, article, recorded, options, services);
  const prepared = prepareArticle(article, glossary, [targetLang]);
  const { store } = services;
  // The ledger keeps a marked-up target tagged: read for its segment, stored for it (an entry of a
  // unit the story no longer has is left as it is).
  const segments = new Map(prepared.segments.map((segment) => [segment.id, segment]));
  const recordedWork = (await store.ledger.forArticle(article.id, targetLang)).flatMap((entry) => {
    const segment = segments.get(entry.unitId);
    const read = segment === undefined ? entry : readLedgerEntry(entry, segment);
    return read === undefined ? [] : [read];
  });
  const plan = planFileImport(file, prepared, recordedWork, {
    targetLang,
    valueStyle: valueStyleOf(options.houseStyle),
    ...houseFormOf(targetLang, options.houseStyle),
    ...(options.editedAs ? { editedAs: options.editedAs } : {}),
  });
  await store.transaction(async () => {
    if (plan.tm.length > 0) await store.tm.add(plan.tm);
    for (const entry of plan.ledger) {
      const segment = segments.get(entry.unitId);
      await store.ledger.record(segment === undefined ? entry : storedLedgerEntry(entry, segment));
    }
    // With the work, so that an import killed before regenerating leaves a debt the next one pays.
    if (record && plan.ledger.length > 0) await store.outputs.put(article.source.path, { ...record, fingerprint: OWED_FINGERPRINT });
  });
  return plan;
}

/**
 * The project language the file is for: one of `--to` when given, else of the languages `run`
 * recorded for the story, else one the story was exported in (an XLIFF file of it in the output
 * folder); the file's own tag or the one it is a regional form of (`fr-FR` → `fr`). A file for any
 * other language is refused.
 */
async function resolveTargetLang(
  file: ReadXliffFile,
  article: Article,
  recorded: RunSettings | undefined,
  options: ImportOptions,
  services: ImportServices,
): Promise<LanguageTag> {
  const candidates = languageCandidates(file.targetLang);
  const projectLangs = options.targetLangs ?? recorded?.targetLangs;
  let found: LanguageTag | undefined;
  if (projectLangs) {
    found = candidates.map((tag) => projectLangs.find((lang) => lang.toLowerCase() === tag.toLowerCase())).find(Boolean);
  } else {
    for (const tag of candidates) {
      const exports = xliffVersions.map((version) => outputPaths.xliff(options.layout, version, tag, article.id));
      if ((await Promise.all(exports.map(services.readOutput))).some((content) => content !== undefined)) {
        found = tag;
        break;
      }
    }
  }
  if (found === undefined) {
    const known = projectLangs
      ? `the story's target languages are ${projectLangs.join(', ')}`
      : `story "${article.id}" was never exported in it (no XLIFF of it in the output folder)`;
    throw new XliffReadError(`the file is for "${file.targetLang}", but ${known}`, { file: file.path, line: 1 }, {
      hint: 'check the file\'s target-language / trgLang; import reads the languages `run` recorded, or --to',
    });
  }
  return found;
}

/**
 * The story the file translates, found by the id it carries in the project's record of which input
 * owns which id. The file's `original` is only informative: a path written in a returned file is
 * never read (it could name any file on the machine).
 */
async function readStory(file: ReadXliffFile, xliffPath: string, services: ImportServices): Promise<Article> {
  const at = { file: xliffPath, line: 1 };
  if (file.articleId === undefined) {
    throw new XliffReadError('the file names no story id (1.2 `product-name`, 2.x story metadata): it was not exported by wire-l10n', at, {
      hint: 'import files as wire-l10n exported them; CAT tools must keep the file\'s attributes',
    });
  }
  const owner = await services.store.stories.get(file.articleId);
  if (owner === undefined) {
    throw new XliffReadError(`the file translates story "${file.articleId}", which this project does not know`, at, {
      hint: 'import with the store `run` used for the story (run import in the same folder), or run the story first',
    });
  }
  try {
    return await services.readArticle(owner.inputKey, recordedFormat((await services.store.outputs.get(owner.inputKey))?.settings));
  } catch (error) {
    if (!(error instanceof WireL10nError)) throw error;
    throw new XliffReadError(`story "${file.articleId}" (${owner.inputKey}) cannot be read: ${error.describe()}`, at, {
      hint: 'run import in the folder where `run` was run, so the story paths resolve',
      cause: error,
    });
  }
}

/**
 * The stories whose files applied something, or whose outputs an earlier import still owes (it
 * was killed after storing its files: importing them again applies nothing new), each with the
 * options to regenerate it, grouped so that stories run the same way go through one job.
 */
async function regenerationRuns(
  plans: readonly FileImportPlan[],
  regenerate: RegenerateOptions,
  services: ImportServices,
): Promise<Array<{ run: Omit<RunOptions, 'inputs'>; stories: string[] }>> {
  const langsByStory = new Map<string, Set<LanguageTag>>();
  for (const plan of plans) {
    // A story with new work is regenerated; one without, only if an earlier import left it owed.
    if (plan.ledger.length === 0 && (await services.store.outputs.get(plan.storyPath))?.fingerprint !== OWED_FINGERPRINT) continue;
    const langs = langsByStory.get(plan.storyPath) ?? new Set();
    langs.add(plan.targetLang);
    langsByStory.set(plan.storyPath, langs);
  }
  // `regenerate` returns the same object for stories run alike: they go through one job.
  const groups = new Map<Omit<RunOptions, 'inputs'>, { run: Omit<RunOptions, 'inputs'>; stories: string[] }>();
  for (const [story, langs] of langsByStory) {
    const run = regenerate((await services.store.outputs.get(story))?.settings, [...langs].sort());
    const group = groups.get(run) ?? { run, stories: [] };
    group.stories.push(story);
    groups.set(run, group);
  }
  return [...groups.values()];
}

/** The house-style fixer the job applies to a human `translated` target in `lang`, when the language has a house style. */
function houseFormOf(lang: LanguageTag, houseStyle: HouseStyleConfig | undefined): { houseForm?: (target: string) => string } {
  const profile = houseStyleProfileFor(lang, houseStyle);
  return profile ? { houseForm: (target) => fixHouseStyle(target, profile) } : {};
}

/** The format `run` was told to read the input as (`--format`), so the story is read again the same way; else by content. */
function recordedFormat(settings: RunSettings | undefined): FormatChoice {
  return sourceFormats.find((format) => format === settings?.format) ?? 'auto';
}

/**
 * `import`: reviewed XLIFF files back into the store, then the stories' outputs regenerated.
 *
 * Each file is read, matched against its story as the story is now, and applied in one store
 * transaction, or not at all: a file the reader or the matcher refuses (XliffReadError) changes
 * nothing, and the other files still go in. Applied units become human work in the ledger (the job
 * never replaces it with MT) and human-approved entries in the translation memory. Then the job
 * runs on the stories whose files applied something, so every output shows the human work.
 */
import { WireL10nError, XliffReadError } from '../errors.js';
import { languageCandidates, planFileImport, type FileImportPlan, type ImportedState } from '../import/index.js';
import { xliffVersions } from '../xliff/index.js';
import { outputPaths } from './outputs.js';
import type { Article, Glossary, LanguageTag } from '../model.js';
import type { ReadXliffFile } from '../xliff/read/types.js';
import { prepareArticle } from './prepare.js';
import { runJob, type RunOptions, type RunResult, type RunServices } from './run.js';

export interface ImportOptions {
  readonly files: readonly string[];
  readonly glossaryPath: string;
  /** For CAT tools that never update states (OmegaT 3.6): take changed targets as this state. */
  readonly editedAs?: ImportedState;
  /** The project's target languages: a file for another is refused; also the languages regenerated. */
  readonly targetLangs?: readonly LanguageTag[];
  /** How to regenerate outputs (the options `run` takes); undefined: store only. */
  readonly regenerate?: Omit<RunOptions, 'inputs' | 'targetLangs'>;
}

export interface ImportServices extends RunServices {
  readonly readXliff: (path: string) => Promise<ReadXliffFile>;
}

export type FileImportResult =
  | { readonly path: string; readonly plan: FileImportPlan }
  | { readonly path: string; readonly error: WireL10nError };

export interface ImportResult {
  /** One per file, in the order given. */
  readonly files: readonly FileImportResult[];
  /** One job run per set of languages regenerated. */
  readonly regenerated: readonly RunResult[];
}

export async function importXliffFiles(options: ImportOptions, services: ImportServices): Promise<ImportResult> {
  const glossary = await services.readGlossary(options.glossaryPath);
  const files: FileImportResult[] = [];
  for (const path of options.files) {
    try {
      files.push({ path, plan: await importFile(path, glossary, options, services) });
    } catch (error) {
      if (!(error instanceof XliffReadError)) throw error;
      files.push({ path, error });
    }
  }
  const plans = files.flatMap((file) => ('plan' in file ? [file.plan] : []));
  const regenerated: RunResult[] = [];
  if (options.regenerate) {
    for (const [langs, stories] of storiesToRegenerate(plans, options.targetLangs)) {
      regenerated.push(await runJob({ ...options.regenerate, inputs: stories, targetLangs: langs }, services));
    }
  }
  return { files, regenerated };
}

async function importFile(path: string, glossary: Glossary, options: ImportOptions, services: ImportServices): Promise<FileImportPlan> {
  const file = await services.readXliff(path);
  if (file.original === undefined || file.original === '') {
    throw new XliffReadError('the file names no story (`original` is missing): it was not exported by wire-l10n', { file: path, line: 1 });
  }
  const article = await readStory(file.original, path, services);
  const targetLang = await resolveTargetLang(file, article, options, services);
  const prepared = prepareArticle(article, glossary, [targetLang]);
  const plan = planFileImport(file, prepared, services.store.ledger.forArticle(article.id, targetLang), {
    targetLang,
    ...(options.editedAs ? { editedAs: options.editedAs } : {}),
  });
  const { store } = services;
  store.transaction(() => {
    if (plan.tm.length > 0) store.tm.add(plan.tm);
    for (const entry of plan.ledger) store.ledger.record(entry);
  });
  return plan;
}

/**
 * The project language the file is for: one of `--to` when given, else one the story was exported
 * in (an XLIFF file of it is in the output folder); the file's own tag or the one it is a regional
 * form of (`fr-FR` → `fr`). A file for any other language is refused.
 */
async function resolveTargetLang(file: ReadXliffFile, article: Article, options: ImportOptions, services: ImportServices): Promise<LanguageTag> {
  const candidates = languageCandidates(file.targetLang);
  let found: LanguageTag | undefined;
  if (options.targetLangs) {
    found = candidates.map((tag) => options.targetLangs!.find((lang) => lang.toLowerCase() === tag.toLowerCase())).find(Boolean);
  } else if (options.regenerate) {
    for (const tag of candidates) {
      const exports = xliffVersions.map((version) => outputPaths.xliff(options.regenerate!, version, tag, article.id));
      if ((await Promise.all(exports.map(services.readOutput))).some((content) => content !== undefined)) {
        found = tag;
        break;
      }
    }
  } else {
    found = file.targetLang;
  }
  if (found === undefined) {
    const known = options.targetLangs ? `the target languages are ${options.targetLangs.join(', ')}` : `story "${article.id}" was never exported in it (no XLIFF of it in the output folder)`;
    throw new XliffReadError(`the file is for "${file.targetLang}", but ${known}`, { file: file.path, line: 1 }, {
      hint: 'check the file\'s target-language / trgLang, and give import the --to and --out that run got',
    });
  }
  return found;
}

async function readStory(storyPath: string, xliffPath: string, services: ImportServices): Promise<Article> {
  try {
    return await services.readArticle(storyPath);
  } catch (error) {
    if (!(error instanceof WireL10nError)) throw error;
    throw new XliffReadError(`the story the file translates (original="${storyPath}") cannot be read: ${error.describe()}`, {
      file: xliffPath,
      line: 1,
    }, { hint: 'run import in the folder where `run` was run, so the story paths resolve', cause: error });
  }
}

/**
 * Stories whose files applied something, grouped by the languages to regenerate: the project's
 * (`--to`) when given, else the languages imported for that story.
 */
function storiesToRegenerate(plans: readonly FileImportPlan[], targetLangs: readonly LanguageTag[] | undefined): Map<readonly LanguageTag[], string[]> {
  const langsByStory = new Map<string, Set<LanguageTag>>();
  for (const plan of plans) {
    if (plan.ledger.length === 0) continue;
    const langs = langsByStory.get(plan.storyPath) ?? new Set();
    langs.add(plan.targetLang);
    langsByStory.set(plan.storyPath, langs);
  }
  const groups = new Map<string, { langs: readonly LanguageTag[]; stories: string[] }>();
  for (const [story, langs] of langsByStory) {
    const list = targetLangs ?? [...langs].sort();
    const key = list.join(',');
    const group = groups.get(key) ?? { langs: list, stories: [] };
    group.stories.push(story);
    groups.set(key, group);
  }
  return new Map([...groups.values()].map((group) => [group.langs, group.stories]));
}

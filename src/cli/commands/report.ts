/**
 * `wire-l10n report`: report.json and the review index of an output folder written from the store's
 * output records alone, as `run` writes them after a job whose stories are all recorded
 * (`writeFolderOutputs`): on any host once workers are done, or in CI. What the command line does
 * not say (languages, engine, termbase, review pages) comes from how the folder's stories were last
 * run (`recordedFolderSettings`). Reads the store, never changes it; no story is read and no engine called.
 */
import { stat } from 'node:fs/promises';
import { UnrecordedFolderError } from '../../errors.js';
import { writeFolderOutputs, type FolderOutputsOptions } from '../../job/folder-outputs.js';
import { recordedFolderSettings, type FolderSettings } from '../../job/folder-settings.js';
import { diskServices } from '../../io/job-services.js';
import type { LanguageTag } from '../../model.js';
import type { Store } from '../../store/store.js';
import type { CommandEngines } from '../engines.js';
import { writeLine, type CliIO } from '../io.js';
import { withStore } from '../open-store.js';

export interface ReportCommandOptions {
  readonly outDir: string;
  readonly localesDir: string;
  /** What the command line says; what it leaves undefined comes from the folder's records, else the defaults below. */
  readonly given: Partial<FolderSettings>;
  /** The termbase when neither the command line nor a record names one. */
  readonly defaultGlossaryPath: string;
  /** The store file or postgres:// URL; undefined = the default `.wire-l10n/store.sqlite` in the working folder. */
  readonly storePath?: string;
  readonly quiet: boolean;
}

export async function reportCommand(options: ReportCommandOptions, io: CliIO, engines: CommandEngines): Promise<void> {
  const result = await withStore(options.storePath, 'readonly', async (store) => {
    const folderOptions = await settledOptions(options, store, engines);
    return writeFolderOutputs(folderOptions, diskServices(store, engines.engine));
  });
  if (options.quiet) return;
  for (const path of result.written) writeLine(io.stdout, `wrote ${path}`);
  for (const path of result.removed) writeLine(io.stdout, `removed ${path}`);
  if (result.written.length === 0) writeLine(io.stdout, 'report.json and the review index are up to date');
  if (!result.current) writeLine(io.stderr, 'wire-l10n: the store changed while they were written (workers still running?): run `wire-l10n report` again once they are idle');
}

/** The command line's settings, completed from the folder's records when it leaves one out. */
async function settledOptions(options: ReportCommandOptions, store: Store, engines: CommandEngines): Promise<FolderOutputsOptions> {
  const { given } = options;
  const complete = given.targetLangs !== undefined && given.engine !== undefined && given.glossaryPath !== undefined && given.review !== undefined;
  const recorded = complete ? undefined : await recordedFolderSettings(options.outDir, () => store.outputs.list(), writtenAt);
  const targetLangs: readonly LanguageTag[] | undefined = given.targetLangs ?? recorded?.targetLangs;
  if (targetLangs === undefined) {
    throw new UnrecordedFolderError('no output record in the store says how the stories of this folder were run', options.outDir, {
      hint: `run them first (wire-l10n run … --out ${options.outDir}), give the store they were run with (--store), or say how with --to (and --engine, --glossary as given to run)`,
    });
  }
  return {
    outDir: options.outDir,
    localesDir: options.localesDir,
    targetLangs,
    engine: engines.choose(given.engine ?? recorded?.engine, 'not-needed').settings,
    glossaryPath: given.glossaryPath ?? recorded?.glossaryPath ?? options.defaultGlossaryPath,
    review: given.review ?? recorded?.review ?? true,
  };
}

/** A recorded file's last write, or undefined when it is gone. */
async function writtenAt(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return undefined;
  }
}

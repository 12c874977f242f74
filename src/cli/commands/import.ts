import { WireL10nError } from '../../errors.js';
import { importXliffFiles, type FileImportResult, type ImportResult, type RegenerateOptions } from '../../job/import.js';
import type { ImportedState } from '../../import/index.js';
import { diskServices } from '../../io/job-services.js';
import { readXliffFile } from '../../io/read-xliff.js';
import type { LanguageTag } from '../../model.js';
import type { RunSettings } from '../../store/store.js';
import { writeLine, type CliIO } from '../io.js';
import { withStore } from '../open-store.js';
import { normalizeRunCommand, type RawRunOptions, type RunCommandOptions } from '../options.js';
import type { CommandEngines } from '../engines.js';
import { failedInputsError, printFailedInputs } from '../failed-inputs.js';
import { findingsFailure, reportFindings } from '../fail-on.js';
import { formatFindings } from '../summary.js';
import { unfinishedRunError } from './run.js';

/** The run options a story's record can supply, as raw flags. */
type RecordableFlag = 'to' | 'xliff' | 'engine' | 'allowPartial' | 'review' | 'bundleFormat' | 'format' | 'fuzzyThreshold' | 'out' | 'locales' | 'glossary';

export interface ImportCommandOptions {
  readonly files: readonly string[];
  /** The job flags as given, defaults included. */
  readonly raw: RawRunOptions;
  /** The flags the user typed: they win over what `run` recorded for a story. */
  readonly explicit: ReadonlySet<string>;
  readonly editedAs?: ImportedState;
  readonly env: NodeJS.ProcessEnv;
}

/**
 * Imports reviewed XLIFF, regenerates the stories' outputs and prints what happened to every unit.
 * Exit: 0 all applied or skipped; 11 (E_XLIFF) a file was refused whole; 12 (E_IMPORT_REJECTED)
 * some units were refused. Either way everything else was applied.
 */
export async function importCommand(options: ImportCommandOptions, io: CliIO): Promise<void> {
  // The command line as typed, validated once up front: a bad flag stops the import before anything is read.
  const { options: typed, engines } = normalizeRunCommand(options.files, options.raw, options.env, { targetLangs: 'optional' });
  const result = await withStore(typed.storePath, 'read-write', (store) =>
    importXliffFiles(
      {
        files: options.files,
        ...(options.explicit.has('glossary') ? { glossaryPath: typed.glossaryPath } : {}),
        defaultGlossaryPath: typed.glossaryPath,
        ...(options.editedAs ? { editedAs: options.editedAs } : {}),
        ...(typed.targetLangs.length > 0 ? { targetLangs: typed.targetLangs } : {}),
        layout: typed,
        ...(typed.houseStyle ? { houseStyle: typed.houseStyle } : {}),
        regenerate: regenerateOptions(options, engines),
      },
      { ...diskServices(store, engines.engine), readXliff: (path) => readXliffFile(path) },
    ),
  );
  // A story its file matched may still be unreadable when regenerated (changed in between): skipped like in `run`.
  for (const job of result.regenerated) printFailedInputs(job.result.failedInputs, io);
  if (typed.json) writeLine(io.stdout, JSON.stringify({ event: 'import', ...importJson(result) }));
  else if (!typed.quiet) writeLine(io.stdout, formatImportSummary(result));
  const error =
    result.regenerationFailure ??
    importError(result) ??
    result.regenerated.map((job) => unfinishedRunError(job.result, job.engine) ?? failedInputsError(job.result.failedInputs, job.stories.length)).find(Boolean) ??
    findingsFailure(result.regenerated.flatMap((job) => reportFindings(job.result.report)), typed.failOn);
  if (error) throw error;
}

/**
 * A story is regenerated as `run` last ran it (its recorded settings), except where the user typed
 * a flag; a story never recorded gets the command line's options and the imported languages.
 */
export function regenerateOptions(options: ImportCommandOptions, engines: CommandEngines): RegenerateOptions {
  // Stories run alike share one options object: many stories, one job (and one engine object for all jobs).
  const built = new Map<string, ReturnType<RegenerateOptions>>();
  return (recorded, importedLangs) => {
    const flags = recordedFlags(recorded, importedLangs, options.explicit);
    const key = JSON.stringify(flags);
    const known = built.get(key);
    if (known) return known;
    const { inputs: _inputs, storePath: _store, json: _json, quiet: _quiet, engineNote: _note, failOn: _failOn, ...run }: RunCommandOptions =
      normalizeRunCommand(options.files, { ...options.raw, ...flags }, options.env, undefined, engines).options;
    built.set(key, run);
    return run;
  };
}

function recordedFlags(
  recorded: RunSettings | undefined,
  importedLangs: readonly LanguageTag[],
  explicit: ReadonlySet<string>,
): Partial<Pick<RawRunOptions, RecordableFlag>> {
  const flags: Partial<Record<RecordableFlag, unknown>> = recorded
    ? {
        to: recorded.targetLangs,
        xliff: recorded.xliffVersions,
        engine: recorded.engine,
        allowPartial: recorded.allowPartial,
        ...(recorded.review === undefined ? {} : { review: recorded.review }),
        ...(recorded.bundleFormat === undefined ? {} : { bundleFormat: recorded.bundleFormat }),
        ...(recorded.format === undefined ? {} : { format: recorded.format }),
        fuzzyThreshold: String(recorded.fuzzyThreshold),
        out: recorded.outDir,
        locales: recorded.localesDir,
        glossary: recorded.glossaryPath,
      }
    : { to: importedLangs };
  return Object.fromEntries(Object.entries(flags).filter(([flag]) => !explicit.has(flag))) as Partial<Pick<RawRunOptions, RecordableFlag>>;
}

function importError(result: ImportResult): WireL10nError | undefined {
  const refused = result.files.filter((file) => 'error' in file);
  if (refused.length > 0) {
    const first = refused[0]! as Extract<FileImportResult, { error: WireL10nError }>;
    return new WireL10nError('E_XLIFF', `${refused.length} of ${result.files.length} files refused, nothing of them applied (first: ${first.error.describe()})`, {
      ...(first.error.hint ? { hint: first.error.hint } : {}),
    });
  }
  const rejected = result.files.flatMap((file) => ('plan' in file ? file.plan.outcomes.filter((unit) => unit.outcome === 'rejected') : []));
  if (rejected.length === 0) return undefined;
  return new WireL10nError('E_IMPORT_REJECTED', `${rejected.length} units refused (listed above); everything else was applied`, {
    hint: 'fix them in the CAT tool (or export again for a changed story) and import again',
  });
}

export function formatImportSummary(result: ImportResult): string {
  const lines: string[] = [];
  for (const file of result.files) {
    if ('error' in file) {
      lines.push(`${file.path}: refused, nothing applied: ${file.error.describe()}`);
      continue;
    }
    const { plan } = file;
    const count = (kind: string) => plan.outcomes.filter((unit) => unit.outcome === kind).length;
    lines.push(`${file.path}: story ${plan.articleId} (${plan.targetLang}): ${count('applied')} applied, ${count('skipped')} skipped, ${count('rejected')} refused`);
    for (const unit of plan.outcomes.filter((item) => item.outcome === 'rejected')) {
      lines.push(`  ${file.path}:${unit.line}: ${unit.unitId}: refused: ${unit.reason}`);
    }
    const skipped = new Map<string, number>();
    for (const unit of plan.outcomes.filter((item) => item.outcome === 'skipped')) skipped.set(unit.reason, (skipped.get(unit.reason) ?? 0) + 1);
    for (const [reason, number] of skipped) lines.push(`  skipped ${number}: ${reason}`);
    const edited = plan.outcomes.filter((unit) => unit.editedSinceExport).length;
    if (edited > 0) {
      lines.push(
        `  hint: ${edited} of the skipped units have a target changed since export; if your CAT tool does not update states (OmegaT 3.6 does not), import with --edited-as translated`,
      );
    }
  }
  for (const { stories, engine, result: job } of result.regenerated) {
    lines.push(
      `outputs regenerated for ${stories.length} ${stories.length === 1 ? 'story' : 'stories'} (${job.report.targetLangs.join(', ')}; engine ${engine}): ${job.writtenCount} files changed`,
    );
    const findings = formatFindings(job.report);
    if (findings) lines.push(findings);
  }
  if (result.regenerationFailure) {
    lines.push(`outputs not regenerated (the imported work is stored; a later run writes it): ${result.regenerationFailure.describe()}`);
  } else if (result.regenerated.length === 0) {
    lines.push('outputs: nothing applied, nothing regenerated');
  }
  return lines.join('\n');
}

function importJson(result: ImportResult) {
  return {
    files: result.files.map((file) =>
      'error' in file
        ? { path: file.path, refused: { code: file.error.code, message: file.error.message, location: file.error.location } }
        : { path: file.path, articleId: file.plan.articleId, targetLang: file.plan.targetLang, units: file.plan.outcomes },
    ),
    regenerated: result.regenerated.map(({ stories, engine, result: job }) => ({
      stories,
      engine,
      targetLangs: job.report.targetLangs,
      written: job.written,
      writtenCount: job.writtenCount,
      ...(job.report.failedInputs ? { failedInputs: job.report.failedInputs } : {}),
    })),
  };
}


import { WireL10nError } from '../../errors.js';
import { importXliffFiles, type FileImportResult, type ImportResult } from '../../job/import.js';
import type { ImportedState } from '../../import/index.js';
import { diskServices } from '../../io/job-services.js';
import { readXliffFile } from '../../io/read-xliff.js';
import { writeLine, type CliIO } from '../io.js';
import { withStore } from '../open-store.js';
import type { RunCommandOptions } from '../options.js';
import { unfinishedRunError } from './run.js';

export interface ImportCommandOptions {
  readonly files: readonly string[];
  /** The run options used to regenerate outputs; `targetLangs` empty = the imported files' languages. */
  readonly run: RunCommandOptions;
  readonly editedAs?: ImportedState;
}

/**
 * Imports reviewed XLIFF, regenerates the stories' outputs and prints what happened to every unit.
 * Exit: 0 all applied or skipped; 11 (E_XLIFF) a file was refused whole; 12 (E_IMPORT_REJECTED)
 * some units were refused. Either way everything else was applied.
 */
export async function importCommand(options: ImportCommandOptions, io: CliIO): Promise<void> {
  const { run } = options;
  if (run.engineNote && !run.json) writeLine(io.stderr, `note: ${run.engineNote}`);
  const result = await withStore(run.storePath, 'read-write', (store) =>
    importXliffFiles(
      {
        files: options.files,
        glossaryPath: run.glossaryPath,
        ...(options.editedAs ? { editedAs: options.editedAs } : {}),
        ...(run.targetLangs.length > 0 ? { targetLangs: run.targetLangs } : {}),
        regenerate: run,
      },
      { ...diskServices(store), readXliff: (path) => readXliffFile(path) },
    ),
  );
  if (run.json) writeLine(io.stdout, JSON.stringify({ event: 'import', ...importJson(result) }));
  else if (!run.quiet) writeLine(io.stdout, formatImportSummary(result));
  const error = importError(result) ?? result.regenerated.map((job) => unfinishedRunError(job, run.engine.name)).find(Boolean);
  if (error) throw error;
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
  }
  for (const job of result.regenerated) {
    lines.push(`outputs regenerated for ${job.report.articles.length} stories (${job.report.targetLangs.join(', ')}): ${job.written.length} files changed`);
  }
  if (result.regenerated.length === 0) lines.push('outputs: nothing applied, nothing regenerated');
  return lines.join('\n');
}

function importJson(result: ImportResult) {
  return {
    files: result.files.map((file) =>
      'error' in file
        ? { path: file.path, refused: { code: file.error.code, message: file.error.message, location: file.error.location } }
        : { path: file.path, articleId: file.plan.articleId, targetLang: file.plan.targetLang, units: file.plan.outcomes },
    ),
    regenerated: result.regenerated.map((job) => ({ written: job.written, targetLangs: job.report.targetLangs })),
  };
}

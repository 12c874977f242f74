/**
 * `wire-l10n report --to LANGS`: report.json and the review index of an output folder written from
 * the store's output records alone, as `run` writes them after a job whose stories are all recorded
 * (`writeFolderOutputs`): on any host once workers are done, or in CI. Reads the store, never
 * changes it; no story is read and no engine called.
 */
import { writeFolderOutputs, type FolderOutputsOptions } from '../../job/folder-outputs.js';
import { diskServices } from '../../io/job-services.js';
import type { CommandEngines } from '../engines.js';
import { writeLine, type CliIO } from '../io.js';
import { withStore } from '../open-store.js';

export interface ReportCommandOptions extends FolderOutputsOptions {
  /** The store file or postgres:// URL; undefined = the default `.wire-l10n/store.sqlite` in the working folder. */
  readonly storePath?: string;
  readonly quiet: boolean;
}

export async function reportCommand(options: ReportCommandOptions, io: CliIO, engines: CommandEngines): Promise<void> {
  const result = await withStore(options.storePath, 'readonly', (store) => writeFolderOutputs(options, diskServices(store, engines.engine)));
  if (options.quiet) return;
  for (const path of result.written) writeLine(io.stdout, `wrote ${path}`);
  for (const path of result.removed) writeLine(io.stdout, `removed ${path}`);
  if (result.written.length === 0) writeLine(io.stdout, 'report.json and the review index are up to date');
  if (!result.current) writeLine(io.stderr, 'wire-l10n: the store changed while they were written (workers still running?): run `wire-l10n report` again once they are idle');
}

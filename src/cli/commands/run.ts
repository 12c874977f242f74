import { EngineError } from '../../errors.js';
import { runJob } from '../../job/run.js';
import { writeLine, type CliIO } from '../io.js';
import { diskServices } from '../../io/job-services.js';
import { withStore } from '../open-store.js';
import type { RunCommandOptions } from '../options.js';
import { formatRunSummary } from '../summary.js';

export async function runCommand(options: RunCommandOptions, io: CliIO): Promise<void> {
  if (options.engineNote && !options.json) writeLine(io.stderr, `note: ${options.engineNote}`);
  const result = await withStore(options.storePath, 'read-write', (store) => runJob(options, diskServices(store)));
  if (options.json) writeLine(io.stdout, JSON.stringify(result.report));
  else if (!options.quiet) writeLine(io.stdout, formatRunSummary(result));
  if (result.failures.length > 0) {
    const first = result.failures[0]!;
    throw new EngineError(
      `${result.failures.length} units could not be translated (first: ${first.unitId} [${first.targetLang}]: ${first.reason})`,
      { hint: 'everything else was written; run the same command again to retry the failed units' },
    );
  }
}

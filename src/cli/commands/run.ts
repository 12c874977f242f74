import { EngineError, WireL10nError } from '../../errors.js';
import { runJob, type RunResult } from '../../job/run.js';
import { writeLine, type CliIO } from '../io.js';
import { diskServices } from '../../io/job-services.js';
import { withStore } from '../open-store.js';
import type { RunCommandOptions } from '../options.js';
import type { CommandEngines } from '../engines.js';
import { withSharedLimits } from '../shared-limits.js';
import type { SharedLimitsSettings } from '../../scale/shared-limits.js';
import { failedInputsError, printFailedInputs } from '../failed-inputs.js';
import { findingsFailure, reportFindings } from '../fail-on.js';
import { createProgress } from '../progress.js';
import { formatRunSummary, formatWorkload } from '../summary.js';
import type { DispatchStop } from '../../mt/index.js';
import type { ArticleReport } from '../../report/index.js';

/** `sharedLimits`: the engine account's limits in Redis (`--redis`), held for every process using them. */
export async function runCommand(options: RunCommandOptions, io: CliIO, engines: CommandEngines, sharedLimits?: SharedLimitsSettings): Promise<void> {
  if (options.engineNote && !options.json) writeLine(io.stderr, `note: ${options.engineNote}`);
  const progress = createProgress(io, options.quiet ? 'none' : options.json ? 'json' : io.isTTY ? 'tty' : 'lines');
  // A dry run reads the store (what is cached, what the TM holds) and never creates or changes it.
  // A dry run sends nothing: it needs no shared limits.
  const result = await withSharedLimits(options.dryRun ? undefined : sharedLimits, (accountLimits) =>
    withStore(options.storePath, options.dryRun ? 'readonly' : 'read-write', (store) =>
      runJob(options, {
        ...diskServices(store, engines.engine),
        onDispatchEvent: progress,
        ...(accountLimits ? { accountLimits } : {}),
        // NDJSON consumers get every story as it is done, whatever the batch's size.
        ...(options.json && !options.dryRun ? { onStoryReport: (report: ArticleReport) => writeLine(io.stdout, JSON.stringify({ event: 'story', report })) } : {}),
      }),
    ),
  );
  printFailedInputs(result.failedInputs, io);
  const skippedInputs = failedInputsError(result.failedInputs, options.inputs.length);
  if (options.dryRun) {
    writeLine(io.stdout, formatWorkload(result.workload, options.engine.name));
    if (skippedInputs) throw skippedInputs;
    return;
  }
  // Billing belongs to this run, not to the outputs: it is printed, not written into report.json,
  // which must stay byte-identical when nothing changed. An offline engine bills nothing.
  const billing = options.engine.offline ? {} : { billing: { perLanguage: result.stats.billed, total: result.stats.charactersSent } };
  if (options.json) writeLine(io.stdout, JSON.stringify({ event: 'report', report: result.report, ...billing }));
  else if (!options.quiet) writeLine(io.stdout, formatRunSummary(result, options.engine));
  // An engine stop says first that the same command resumes (and will list the skipped stories again).
  const failure = unfinishedRunError(result, options.engine.name) ?? skippedInputs ?? findingsFailure(reportFindings(result.report), options.failOn);
  if (failure) throw failure;
}

/** Why a job did not finish (an engine stop, units that failed), as the error the CLI exits with. */
export function unfinishedRunError(result: RunResult, engine: string): WireL10nError | undefined {
  if (result.stopped) return stopError(result.stopped, engine);
  if (result.failures.length === 0) return undefined;
  const first = result.failures[0]!;
  return new EngineError(
    `${result.failures.length} units could not be translated (first: ${first.unitId} [${first.targetLang}]: ${first.reason})`,
    { hint: 'everything else was written; run the same command again to retry the failed units' },
  );
}

function stopError(stopped: DispatchStop, engine: string): WireL10nError {
  const resume = 'everything translated so far is written and stored; run the same command again to resume without re-sending it';
  switch (stopped.reason) {
    case 'quota':
      return new WireL10nError('E_QUOTA', `${engine}: the account's character quota is used up (${stopped.message})`, {
        hint: `${resume}, once the quota is raised or renewed`,
      });
    case 'budget':
      return new WireL10nError('E_BUDGET', `stopped before the --max-chars budget: ${stopped.message}`, {
        hint: `${resume} with a larger --max-chars`,
      });
    case 'auth':
      return new EngineError(`${engine} refused the authentication key (${stopped.message})`, {
        hint: 'check DEEPL_AUTH_KEY (free keys end in :fx) and, for a gateway, DEEPL_SERVER_URL',
      });
    case 'rate-limited':
      return new EngineError(`${engine} kept refusing requests (too many requests), so wire-l10n stopped sending: ${stopped.message}`, {
        hint: `${resume}, later or with a longer --max-wait`,
      });
  }
}

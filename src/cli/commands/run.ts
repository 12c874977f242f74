import { writeOutputs } from '../../io/atomic-write.js';
import { readGlossaryDir } from '../../io/read-glossary.js';
import { readArticle } from '../../io/read-input.js';
import { removeFiles } from '../../io/remove-files.js';
import { EngineError } from '../../errors.js';
import { runJob } from '../../job/run.js';
import { createFormatter } from '../../render/formatter.js';
import { writeLine, type CliIO } from '../io.js';
import type { RunCommandOptions } from '../options.js';
import { formatRunSummary } from '../summary.js';

export async function runCommand(options: RunCommandOptions, io: CliIO): Promise<void> {
  if (options.engineNote && !options.json) writeLine(io.stderr, `note: ${options.engineNote}`);
  const result = await runJob(options, {
    readArticle,
    readGlossary: readGlossaryDir,
    writeOutputs,
    removeFiles,
    formatter: createFormatter(),
  });
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

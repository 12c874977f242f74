import { WireL10nError } from '../../errors.js';
import { checkJob } from '../../job/run.js';
import type { OutputKind } from '../../job/outputs.js';
import type { Store } from '../../store/store.js';
import { writeLine, type CliIO } from '../io.js';
import { diskServices } from '../../io/job-services.js';
import { failedInputsError, printFailedInputs } from '../failed-inputs.js';
import { withStore } from '../open-store.js';
import type { RunCommandOptions } from '../options.js';
import type { CommandEngines } from '../engines.js';

export type CheckCommandOptions = RunCommandOptions & { readonly only: readonly OutputKind[] };

/**
 * Exits 0 when every output `run` would write is on disk with the same bytes; otherwise lists
 * what is missing or out of date and fails with E_STALE. No network call, nothing written: units
 * are filled from the ledger, TM and MT cache as `run` fills them, and only offline engines run.
 *
 * When neither `--engine` nor a key chose the engine, check uses the engine `run` recorded for
 * the stories (CI checks outputs made with DeepL, and has no key): `withEngine` gives the options
 * with that engine named.
 */
export async function checkCommand(
  options: CheckCommandOptions,
  io: CliIO,
  engines: CommandEngines,
  withEngine?: (engine: string) => CheckCommandOptions,
): Promise<void> {
  const result = await withStore(options.storePath, 'readonly', async (store) => {
    const recorded = options.engineNote !== undefined && withEngine ? await recordedEngine(store, options.inputs) : undefined;
    const checked = recorded === undefined || recorded === options.engine.name ? options : withEngine!(recorded);
    return checkJob(checked, diskServices(store, engines.engine), checked.only);
  });
  printFailedInputs(result.failedInputs, io);
  // A skipped story's outputs were not compared: that outranks the others being stale.
  const skippedInputs = failedInputsError(result.failedInputs, options.inputs.length);
  if (result.stale.length === 0) {
    if (skippedInputs) throw skippedInputs;
    if (!options.quiet) writeLine(io.stdout, `up to date: ${result.checked} files checked`);
    return;
  }
  for (const item of result.stale) writeLine(io.stdout, `${item.problem}: ${item.path}`);
  if (skippedInputs) throw skippedInputs;
  throw new WireL10nError('E_STALE', `${result.stale.length} of ${result.checked} outputs are missing or out of date`, {
    hint: 'run `wire-l10n run` with the same arguments and commit the result',
  });
}

/** The one engine `run` last used for every one of these stories, if they agree. */
async function recordedEngine(store: Store, inputs: readonly string[]): Promise<string | undefined> {
  const engines = new Set<string | undefined>();
  for (const input of inputs) engines.add((await store.outputs.get(input))?.settings?.engine);
  const [only] = engines;
  return engines.size === 1 ? only : undefined;
}

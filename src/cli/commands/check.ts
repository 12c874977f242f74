import { WireL10nError } from '../../errors.js';
import { checkJob } from '../../job/run.js';
import type { OutputKind } from '../../job/outputs.js';
import { writeLine, type CliIO } from '../io.js';
import { diskServices } from '../../io/job-services.js';
import { withStore } from '../open-store.js';
import type { RunCommandOptions } from '../options.js';

/**
 * Exits 0 when every output `run` would write is on disk with the same bytes; otherwise lists
 * what is missing or out of date and fails with E_STALE. No network call, nothing written: units
 * are filled from the ledger, TM and MT cache as `run` fills them, and only offline engines run.
 */
export async function checkCommand(options: RunCommandOptions & { only: readonly OutputKind[] }, io: CliIO): Promise<void> {
  const result = await withStore(options.storePath, 'readonly', (store) => checkJob(options, diskServices(store), options.only));
  if (result.stale.length === 0) {
    if (!options.quiet) writeLine(io.stdout, `up to date: ${result.checked} files checked`);
    return;
  }
  for (const item of result.stale) writeLine(io.stdout, `${item.problem}: ${item.path}`);
  throw new WireL10nError('E_STALE', `${result.stale.length} of ${result.checked} outputs are missing or out of date`, {
    hint: options.engineNote
      ? 'no DEEPL_AUTH_KEY is set, so outputs were compared with what engine none makes; if `run` used DeepL, add --engine deepl (check needs no key)'
      : 'run `wire-l10n run` with the same arguments and commit the result',
  });
}

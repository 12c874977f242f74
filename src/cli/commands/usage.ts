import { EngineError, errorMessage, UsageError, WireL10nError } from '../../errors.js';
import { EngineCallError } from '../../mt/engine.js';
import { fetchUsage } from '../../mt/engines/deepl.js';
import { writeLine, type CliIO } from '../io.js';
import { withStore } from '../open-store.js';

export interface UsageCommandOptions {
  readonly deeplServerUrl?: string;
  readonly json: boolean;
  readonly storePath?: string;
}

/** The DeepL account's character usage this billing period, and what this store sent. */
export async function usageCommand(options: UsageCommandOptions, io: CliIO): Promise<void> {
  const authKey = io.env['DEEPL_AUTH_KEY']?.trim();
  if (!authKey) throw new UsageError('no DEEPL_AUTH_KEY is set', { hint: 'set DEEPL_AUTH_KEY to the DeepL API key whose usage you want' });
  const serverUrl = options.deeplServerUrl ?? (io.env['DEEPL_SERVER_URL']?.trim() || undefined);
  let usage;
  try {
    usage = await fetchUsage({ authKey, ...(serverUrl === undefined ? {} : { serverUrl }) });
  } catch (error) {
    throw asCliError(error);
  }
  // What this project's jobs sent, from the store's request log (billed characters as DeepL counted them).
  const sent = await withStore(options.storePath, 'readonly', async (store) => store.mtCache.usage());
  if (options.json) {
    writeLine(io.stdout, JSON.stringify({ ...usage, sentByThisProject: sent }));
    return;
  }
  const share = usage.characterLimit > 0 ? ` (${((usage.characterCount / usage.characterLimit) * 100).toFixed(1)} %)` : '';
  writeLine(io.stdout, `DeepL characters this billing period: ${usage.characterCount} of ${usage.characterLimit}${share}`);
  for (const row of sent) {
    writeLine(io.stdout, `  sent by this project (${row.engine}, ${row.targetLang}): ${row.characters} characters in ${row.requests} requests`);
  }
}

function asCliError(error: unknown): WireL10nError {
  if (!(error instanceof EngineCallError)) return new EngineError(`DeepL usage: ${errorMessage(error)}`);
  if (error.kind === 'quota') return new WireL10nError('E_QUOTA', `DeepL: ${error.message}`);
  return new EngineError(`DeepL usage: ${error.message}`, {
    hint: error.kind === 'auth' ? 'check DEEPL_AUTH_KEY (free keys end in :fx)' : 'try again later',
  });
}

import { EngineError, UsageError, WireL10nError } from '../../errors.js';
import { EngineCallError } from '../../mt/engine.js';
import { fetchUsage } from '../../mt/engines/deepl.js';
import { writeLine, type CliIO } from '../io.js';

export interface UsageCommandOptions {
  readonly deeplServerUrl?: string;
  readonly json: boolean;
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
  if (options.json) {
    writeLine(io.stdout, JSON.stringify(usage));
    return;
  }
  const share = usage.characterLimit > 0 ? ` (${((usage.characterCount / usage.characterLimit) * 100).toFixed(1)} %)` : '';
  writeLine(io.stdout, `DeepL characters this billing period: ${usage.characterCount} of ${usage.characterLimit}${share}`);
}

function asCliError(error: unknown): WireL10nError {
  if (!(error instanceof EngineCallError)) return new EngineError(`DeepL usage: ${(error as Error).message}`);
  if (error.kind === 'quota') return new WireL10nError('E_QUOTA', `DeepL: ${error.message}`);
  return new EngineError(`DeepL usage: ${error.message}`, {
    hint: error.kind === 'auth' ? 'check DEEPL_AUTH_KEY (free keys end in :fx)' : 'try again later',
  });
}

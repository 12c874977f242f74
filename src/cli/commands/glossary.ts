import { EngineError, errorMessage, UsageError, type WireL10nError } from '../../errors.js';
import { readGlossaryDir } from '../../io/read-glossary.js';
import type { LanguageTag } from '../../model.js';
import {
  DeepLGlossaryError,
  syncDeepLGlossary,
  type GlossarySyncResult,
} from '../../mt/engines/deepl/glossary-sync.js';
import { createDeepLClient } from '../../mt/engines/deepl/client.js';
import { prepareRunner } from '../../mt/index.js';
import { writeLine, type CliIO } from '../io.js';
import { languageList } from '../options.js';
import { createProgress } from '../progress.js';

export interface GlossarySyncCommandOptions {
  /** The termbase: a folder of CSV files or one CSV file. */
  readonly glossaryPath: string;
  /** Target languages; empty = every target language of the termbase. */
  readonly targetLangs: readonly LanguageTag[];
  /** Delete the glossaries wire-l10n created that the termbase no longer uses. */
  readonly prune: boolean;
  /** Overrides DEEPL_SERVER_URL. */
  readonly deeplServerUrl?: string;
}

/**
 * `wire-l10n glossary sync`: makes DeepL hold the termbase as a glossary (reused while the
 * termbase is unchanged), prints what it did and returns it.
 */
export async function glossarySyncCommand(options: GlossarySyncCommandOptions, io: CliIO): Promise<GlossarySyncResult> {
  const authKey = io.env['DEEPL_AUTH_KEY']?.trim();
  if (!authKey) throw new UsageError('no DEEPL_AUTH_KEY is set', { hint: 'set DEEPL_AUTH_KEY to the DeepL API key whose glossaries to sync' });
  const serverUrl = options.deeplServerUrl ?? (io.env['DEEPL_SERVER_URL']?.trim() || undefined);
  const requested = languageList(options.targetLangs);

  let client;
  try {
    client = createDeepLClient({ authKey, ...(serverUrl === undefined ? {} : { serverUrl }) });
  } catch (error) {
    // validateConfig's TypeErrors name the option and never the key.
    throw new UsageError(errorMessage(error), { hint: 'check --deepl-server-url / DEEPL_SERVER_URL and DEEPL_AUTH_KEY' });
  }
  const glossary = await readGlossaryDir(options.glossaryPath);
  const targetLangs = requested.length > 0 ? requested : glossary.targetLangs;
  if (targetLangs.length === 0) throw new UsageError('no target language given, and the termbase has none', { hint: 'add --to fr,ar' });

  let result: GlossarySyncResult;
  try {
    // Retried as a job's glossary set-up is, each retry shown as a line on stderr.
    const retrying = prepareRunner({ onEvent: createProgress(io, 'lines') });
    result = await syncDeepLGlossary(client, glossary, targetLangs, { prune: options.prune, secrets: [authKey], retrying });
  } catch (error) {
    throw asCliError(error);
  }
  printResult(result, targetLangs, io);
  return result;
}

function printResult(result: GlossarySyncResult, targetLangs: readonly LanguageTag[], io: CliIO): void {
  const names = `glossar${result.names.length === 1 ? 'y' : 'ies'} ${result.names.map((name) => `"${name}"`).join(', ')}`;
  const api = result.api === 'v3' ? 'v3' : 'v2, one per language pair: the server offers no v3 glossaries';
  const what: Record<GlossarySyncResult['action'], string> = {
    reused: `reused DeepL ${names} (${api}): the termbase is unchanged`,
    updated: `updated DeepL ${names} (${api}): replaced the dictionaries that were missing or out of date`,
    created: `created DeepL ${names} (${api})`,
    none: 'no DeepL glossary: the termbase has no entry for these languages',
  };
  writeLine(io.stdout, `glossary: ${what[result.action]}`);
  for (const lang of targetLangs) {
    const id = result.glossaryIds[lang];
    const count = result.entryCounts[lang] ?? 0;
    writeLine(io.stdout, `  ${lang}: ${count} entr${count === 1 ? 'y' : 'ies'}${id === undefined ? ', no glossary' : ` (glossary ${id})`}`);
  }
  if (result.dropped.length > 0) {
    writeLine(io.stderr, `glossary: ${result.dropped.length} source form${result.dropped.length === 1 ? '' : 's'} not sent to DeepL:`);
    for (const dropped of result.dropped) writeLine(io.stderr, `  ${dropped.targetLang} "${dropped.source}" (entry ${dropped.entryId}): ${dropped.detail}`);
  }
  if (result.deleted.length > 0) {
    writeLine(io.stdout, `deleted ${result.deleted.length} stale wire-l10n glossar${result.deleted.length === 1 ? 'y' : 'ies'}: ${result.deleted.join(', ')}`);
  }
}

function asCliError(error: unknown): WireL10nError {
  if (error instanceof TypeError) return new UsageError(error.message);
  if (!(error instanceof DeepLGlossaryError)) return new EngineError(`DeepL glossary sync: ${errorMessage(error)}`);
  const hints: Partial<Record<DeepLGlossaryError['kind'], string>> = {
    auth: 'check DEEPL_AUTH_KEY (free keys end in :fx)',
    'glossary-limit': 'DeepL allows 1 glossary on the Free plan and 1,000 on Pro; --prune deletes only the stale ones wire-l10n created',
    'bad-request': 'DeepL refused the glossary: check the termbase entries named in the message',
  };
  return new EngineError(error.message, { hint: hints[error.kind] ?? 'try again later' });
}

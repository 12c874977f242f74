/**
 * deepl — the DeepL engine, on deepl-node's `DeepLClient`.
 *
 * Takes: a batch of segments of one language pair (packed by the dispatcher within `limits`).
 * Returns: targets in order, the characters DeepL billed, per target the placeholder and markup
 *   findings (`mt/placeholder-missing` / `-duplicated` / `-unknown`, `mt/markup-missing` /
 *   `-duplicated` / `-unknown` / `-misnested` / `-invalid`, severity error) and the placements of
 *   the segment's markup codes that came back whole.
 * Does: ONE `translateText` call per batch, with deepl-node's retries off (`maxRetries: 1`: deepl-node
 *   counts attempts, so 1 is a single request), `split_sentences=0`, `tag_handling=xml`,
 *   `ignore_tags=dnt`, `non_splitting_tags`, `outline_detection=0`, `preserve_formatting=1`
 *   (request.ts says why); formality only where DeepL has it (never `ar`); model type, glossary
 *   and context per target language. Protected spans and markup codes travel as XML
 *   (placeholders.ts, markup-tags.ts). Failures are `EngineCallError`s (failures.ts); waiting,
 *   retrying, splitting and budgets are the dispatcher's.
 * Options: `DeepLEngineConfig` (config.ts).
 * Limitations:
 * - deepl-node does not expose response headers, so a 429's `Retry-After` is lost: `retryAfterMs`
 *   stays undefined and the dispatcher's own backoff applies.
 * - DeepL's `context` is one per request; with `context: true` the provider gets the whole batch,
 *   and the cache key records only that context was on, not the text it gave.
 * - Empty or blank sources are returned as they are, without a request (DeepL's client refuses
 *   empty strings); an empty batch makes no request.
 * - The key lives only in the client: it is not in `options`, and error messages are redacted and
 *   carry no `cause` (deepl-node's connection errors hold the request headers).
 */
import type { DeepLClient, TextResult } from 'deepl-node';
import { EngineError } from '../../errors.js';
import type { DeepLGlossaryError } from './deepl/glossary-failures.js';
import type { MarkupPlacement, TargetFinding } from '../../model.js';
import { EngineCallError, type EngineBatch, type EngineBatchResult, type EngineContext, type TranslationEngine } from '../engine.js';
import { cacheOptions, defaultTimeoutMs, validateConfig, validateOptions, type DeepLEngineConfig } from './deepl/config.js';
import { settleWithin } from './deepl/deadline.js';
import { decodeTranslation, encodeSegment } from './deepl/placeholders.js';
import { buildTranslateCall, estimatedBodyBytes, maxRequestBytes } from './deepl/request.js';

export type { DeepLContextProvider, DeepLEngineConfig, DeepLFormality, DeepLLanguageOptions, DeepLModelType } from './deepl/config.js';

/**
 * The modules that load deepl-node (and its HTTP client), the first time DeepL is called: a run
 * with an offline engine, `check` or `--version` starts ~0.1 s sooner without them.
 */
let service: Promise<DeepLService> | undefined;
type DeepLService = typeof import('./deepl/client.js') &
  typeof import('./deepl/failures.js') &
  typeof import('./deepl/glossary-failures.js') &
  typeof import('./deepl/glossary-sync.js');

function deeplService(): Promise<DeepLService> {
  service ??= Promise.all([
    import('./deepl/client.js'),
    import('./deepl/failures.js'),
    import('./deepl/glossary-failures.js'),
    import('./deepl/glossary-sync.js'),
  ]).then((modules) => Object.assign({}, ...modules) as DeepLService);
  return service;
}

/** DeepL's limit on texts per request. */
const maxTexts = 50;

/** What the engine is, with or without a key: its name, limits and the options its cache key holds. */
function deeplIdentity(config: Omit<DeepLEngineConfig, 'authKey'>) {
  return {
    type: 'engine',
    name: 'deepl',
    origin: 'mt',
    offline: false,
    options: cacheOptions(config),
    // Source bytes, as the dispatcher packs them; form encoding and tags can triple them on the way
    // to DeepL's 128 KiB request limit, which the engine checks before sending (too-large → split).
    limits: { maxTexts, maxBytes: 40 * 1024 },
  } as const;
}

/**
 * DeepL as `check` sees it when no key is set: the same name, limits and cache options as the
 * keyed engine, so the MT cache and the output fingerprints answer as they do for `run`. It never
 * reaches DeepL: a batch fails as a refused key would (`check` sends nothing to online engines).
 */
export function deeplEngineWithoutKey(config: Omit<DeepLEngineConfig, 'authKey'>): TranslationEngine {
  validateOptions(config);
  return {
    ...deeplIdentity(config),
    async translateBatch() {
      throw new EngineCallError('auth', 'DeepL: no DEEPL_AUTH_KEY is set');
    },
  };
}

export function createDeepLEngine(config: DeepLEngineConfig): TranslationEngine {
  validateConfig(config);
  let client: Promise<DeepLClient> | undefined;
  const clientOnce = (): Promise<DeepLClient> => (client ??= deeplService().then(({ createDeepLClient }) => createDeepLClient(config)));
  const timeoutMs = config.timeoutMs ?? defaultTimeoutMs;
  const secrets = [config.authKey];
  // Filled by prepare(): the DeepL glossary made from the termbase, per target language.
  let glossaryIds = config.glossaryIds;

  return {
    ...deeplIdentity(config),
    async prepare({ glossary, targetLangs, retrying }) {
      if (glossaryIds !== undefined) return;
      const { ensureDeepLGlossary, DeepLGlossaryError } = await deeplService();
      try {
        glossaryIds = await ensureDeepLGlossary(config, glossary, targetLangs, retrying);
      } catch (error) {
        throw error instanceof DeepLGlossaryError ? glossarySetUpError(error) : error;
      }
    },
    async translateBatch(batch: EngineBatch, context: EngineContext): Promise<EngineBatchResult> {
      context.signal?.throwIfAborted();
      if (batch.segments.length > maxTexts) {
        throw new EngineCallError('too-large', `DeepL: ${batch.segments.length} texts in one batch, DeepL takes at most ${maxTexts}`);
      }
      const encoded = batch.segments.map(encodeSegment);
      const sent = batch.segments.flatMap((segment, i) => (segment.source.trim() === '' ? [] : [i]));
      const targets = batch.segments.map((segment) => segment.source);
      const findings: TargetFinding[][] = batch.segments.map(() => []);
      // A blank source goes back as it is, its codes (a lone `<br/>`) where the source has them.
      const markup = batch.segments.map((segment): readonly MarkupPlacement[] | undefined => segment.markup?.map(({ id, start, end }) => ({ id, start, end })));
      if (sent.length === 0) return { targets, billedCharacters: 0, findings, markup };

      const call = buildTranslateCall(batch, sent.map((i) => encoded[i]!.xml), glossaryIds === undefined ? config : { ...config, glossaryIds });
      const bytes = estimatedBodyBytes(call);
      if (bytes > maxRequestBytes) {
        throw new EngineCallError('too-large', `DeepL: the request would be about ${bytes} bytes, above DeepL's ${maxRequestBytes}`);
      }
      const deepl = await clientOnce();
      let results: TextResult[];
      try {
        const request = deepl.translateText(call.texts, call.sourceLang, call.targetLang, call.options);
        results = await settleWithin(request, timeoutMs, context.signal);
      } catch (error) {
        // Cancelling is the caller's decision, not an engine failure: its reason goes back as is.
        if (context.signal?.aborted) throw context.signal.reason;
        throw (await deeplService()).classifyDeepLFailure(error, secrets);
      }
      if (results.length !== sent.length) {
        throw new EngineCallError('transient', `DeepL: ${results.length} translations returned for ${sent.length} texts`);
      }

      for (const [resultIndex, segmentIndex] of sent.entries()) {
        const decoded = decodeTranslation(results[resultIndex]!.text, encoded[segmentIndex]!);
        targets[segmentIndex] = decoded.target;
        findings[segmentIndex] = [...decoded.findings];
        markup[segmentIndex] = decoded.markup;
      }
      // Only when DeepL said it for every text; otherwise the dispatcher falls back to its own count.
      const billed = results.map((result) => result.billedCharacters);
      if (billed.some((count) => count === undefined)) return { targets, findings, markup };
      return { targets, billedCharacters: billed.reduce<number>((sum, count) => sum + (count ?? 0), 0), findings, markup };
    },
  };
}

export interface DeepLUsage {
  /** Characters translated this billing period. */
  readonly characterCount: number;
  /** Characters allowed this billing period (DeepL Pro without a cap answers 10^12). */
  readonly characterLimit: number;
}

/** The account's character usage, for `wire-l10n usage`. Fails with an `EngineCallError` like a batch. */
export async function fetchUsage(config: DeepLEngineConfig, options: { readonly signal?: AbortSignal } = {}): Promise<DeepLUsage> {
  validateConfig(config);
  const { createDeepLClient, classifyDeepLFailure } = await deeplService();
  const client = createDeepLClient(config);
  let character;
  try {
    ({ character } = await settleWithin(client.getUsage(), config.timeoutMs ?? defaultTimeoutMs, options.signal));
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    throw classifyDeepLFailure(error, [config.authKey]);
  }
  if (character === undefined) throw new EngineCallError('transient', 'DeepL: the usage answer has no character count');
  return { characterCount: character.count, characterLimit: character.limit };
}

/** A glossary set-up that failed (retried as the job's retry layer allows), as the CLI reports it. */
function glossarySetUpError(error: DeepLGlossaryError): EngineError {
  const hints: Partial<Record<DeepLGlossaryError['kind'], string>> = {
    auth: 'check DEEPL_AUTH_KEY (free keys end in :fx) and, for a gateway, DEEPL_SERVER_URL',
    'glossary-limit': 'run `wire-l10n glossary sync --prune`, or delete glossaries in DeepL',
    'rate-limited': 'nothing was sent for translation; run the same command again later, or with a longer --max-wait',
  };
  return new EngineError(error.message, { hint: hints[error.kind] ?? 'try again later' });
}

/** The DeepL engine's configuration: its types, its checks at entry, and what of it reaches DeepL. */
import type { LanguageTag } from '../../../model.js';
import type { EngineBatch } from '../../engine.js';
import { baseLanguage } from '../../../util/language-tag.js';

export const deeplFormalities = ['less', 'more', 'default', 'prefer_less', 'prefer_more'] as const;
export type DeepLFormality = (typeof deeplFormalities)[number];
export const deeplModelTypes = ['quality_optimized', 'latency_optimized', 'prefer_quality_optimized'] as const;
export type DeepLModelType = (typeof deeplModelTypes)[number];

/** Options for one target language, keyed by our tag (`fr`, `ar`). */
export interface DeepLLanguageOptions {
  /** Formal or informal register. Only for languages DeepL has it for: never `ar` (DeepL answers 400). */
  readonly formality?: DeepLFormality;
  /** @default DeepL's choice */
  readonly modelType?: DeepLModelType;
  /** Send the text `contextFor` gives for each batch as DeepL's `context` (not billed). @default false */
  readonly context?: boolean;
}

/**
 * Context for one request. DeepL takes one `context` per request, not per text, so the provider
 * sees the whole batch; the engine cannot see the article, whoever builds the job can.
 */
export type DeepLContextProvider = (batch: EngineBatch) => string | undefined;

export interface DeepLEngineConfig {
  /** The DeepL API key. Never logged, never in an error message, never in `options`. */
  readonly authKey: string;
  /** Another DeepL-compatible server. @default DeepL's own, Free for keys ending in `:fx`, Pro otherwise */
  readonly serverUrl?: string;
  readonly perLanguage?: Readonly<Record<LanguageTag, DeepLLanguageOptions>>;
  /** How long one request may take, in milliseconds. @default 10000 */
  readonly timeoutMs?: number;
  /** DeepL glossary (v2 or v3) per target language, as glossary sync creates them. */
  readonly glossaryIds?: Readonly<Record<LanguageTag, string>>;
  /** Required when any language sets `context: true`. */
  readonly contextFor?: DeepLContextProvider;
  /** Sent in the User-Agent, as DeepL asks integrations to. */
  readonly appInfo?: { readonly appName: string; readonly appVersion: string };
}

export const defaultTimeoutMs = 10_000;

/** Base languages DeepL offers formality for (DeepL /v2/languages, `supports_formality`). */
const languagesWithFormality: ReadonlySet<string> = new Set(['de', 'es', 'fr', 'it', 'ja', 'nl', 'pl', 'pt', 'ru']);
const formalities: readonly string[] = deeplFormalities;
const modelTypes: readonly string[] = deeplModelTypes;
/** The regional target variants DeepL has; any other region is dropped (`fr-CA` → `fr`). */
const regionalTargets: ReadonlySet<string> = new Set(['en-GB', 'en-US', 'es-419', 'pt-BR', 'pt-PT', 'zh-HANS', 'zh-HANT']);
/** DeepL refuses the bare codes as targets; British English and European Portuguese suit wire copy. */
const bareTargetDefaults: Readonly<Record<string, string>> = { en: 'en-GB', pt: 'pt-PT' };

/** Throws a TypeError naming the option, what was expected and what came in (never the key itself). */
export function validateConfig(config: DeepLEngineConfig): void {
  if (typeof config.authKey !== 'string' || config.authKey.trim() === '' || /\s/.test(config.authKey)) {
    throw new TypeError('Expected `authKey` to be a non-empty DeepL API key without spaces');
  }
  validateOptions(config);
}

/** `validateConfig` without the key: the options that shape requests and the cache. */
export function validateOptions(config: Omit<DeepLEngineConfig, 'authKey'>): void {
  if (config.serverUrl !== undefined) {
    let protocol: string | undefined;
    try {
      protocol = new URL(config.serverUrl).protocol;
    } catch {
      protocol = undefined;
    }
    if (protocol !== 'http:' && protocol !== 'https:') {
      throw new TypeError(`Expected \`serverUrl\` to be an http(s) URL, got \`${config.serverUrl}\``);
    }
  }
  if (config.timeoutMs !== undefined && !(Number.isFinite(config.timeoutMs) && config.timeoutMs > 0)) {
    throw new TypeError(`Expected \`timeoutMs\` to be a finite number > 0, got \`${config.timeoutMs}\``);
  }
  for (const [lang, options] of Object.entries(config.perLanguage ?? {})) {
    const where = `perLanguage.${lang}`;
    if (options.formality !== undefined) {
      if (!formalities.includes(options.formality)) {
        throw new TypeError(`Expected \`${where}.formality\` to be one of ${formalities.join(', ')}, got \`${options.formality}\``);
      }
      if (!languagesWithFormality.has(baseLanguage(lang))) {
        throw new TypeError(`Expected no \`${where}.formality\`: DeepL has no formality for ${lang} and refuses the request`);
      }
    }
    if (options.modelType !== undefined && !modelTypes.includes(options.modelType)) {
      throw new TypeError(`Expected \`${where}.modelType\` to be one of ${modelTypes.join(', ')}, got \`${options.modelType}\``);
    }
    if (options.context && typeof config.contextFor !== 'function') {
      throw new TypeError(`Expected \`contextFor\` to be a function, since \`${where}.context\` is true`);
    }
  }
  for (const [lang, id] of Object.entries(config.glossaryIds ?? {})) {
    if (typeof id !== 'string' || id.trim() === '') throw new TypeError(`Expected \`glossaryIds.${lang}\` to be a glossary id, got \`${String(id)}\``);
  }
}

/** The options for `lang`: its own entry, else its base language's (`fr-CA` → `fr`). */
export function optionsFor<T>(table: Readonly<Record<LanguageTag, T>> | undefined, lang: LanguageTag): T | undefined {
  if (table === undefined) return undefined;
  return Object.hasOwn(table, lang) ? table[lang] : Object.hasOwn(table, baseLanguage(lang)) ? table[baseLanguage(lang)] : undefined;
}

export function supportsFormality(lang: LanguageTag): boolean {
  return languagesWithFormality.has(baseLanguage(lang));
}

/** DeepL source codes are base languages: `en-US` → `en`. */
export function deeplSourceLang(lang: LanguageTag): string {
  return baseLanguage(lang);
}

/** `fr` → `fr`, `en` → `en-GB`, `pt-br` → `pt-BR`, `fr-CA` → `fr`. */
export function deeplTargetLang(lang: LanguageTag): string {
  const [base = lang, region] = lang.split('-', 2);
  const standard = region === undefined ? base.toLowerCase() : `${base.toLowerCase()}-${region.toUpperCase()}`;
  if (regionalTargets.has(standard)) return standard;
  const bare = base.toLowerCase();
  return bareTargetDefaults[bare] ?? bare;
}

/**
 * What changes the output besides the engine's name: the MT cache key. Fixed request settings are
 * listed so that changing them in code invalidates old entries. The server is not: DeepL's Free
 * and Pro endpoints, a gateway or a proxy in front of the same account translate alike, and what
 * was paid for through one is reused through another. The key never is.
 */
export function cacheOptions(config: Omit<DeepLEngineConfig, 'authKey'>): Record<string, string | number | boolean> {
  const options: Record<string, string | number | boolean> = {
    // The request's shape: spans and markup codes as XML elements, no tag splitting (request.ts).
    // Version 2 changed every request (outline_detection=0, non_splitting_tags), so earlier results are not reused.
    placeholders: 'x+dnt+g+ph/2',
    tagHandling: 'xml',
    splitSentences: 'off',
    preserveFormatting: true,
  };
  for (const lang of Object.keys(config.perLanguage ?? {}).sort()) {
    const language = config.perLanguage?.[lang];
    if (language?.formality !== undefined) options[`${lang}.formality`] = language.formality;
    if (language?.modelType !== undefined) options[`${lang}.modelType`] = language.modelType;
    if (language?.context) options[`${lang}.context`] = true;
  }
  // No glossary ids: the glossary is made from the termbase, whose hash is already in every MT
  // cache key; keying on ids would make `check` and `--dry-run` (no network, no ids) miss the cache.
  return options;
}

/**
 * The MT cache key: everything that can change an engine's output, hashed. Pure.
 */
import type { LanguageTag } from '../model.js';
import { normalizeText, sha256Hex } from '../util/hash.js';

export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

export interface MtCacheKeyParts {
  /** The source as sent to the engine (placeholders included); whitespace-normalized here. */
  readonly source: string;
  readonly sourceLang: LanguageTag;
  readonly targetLang: LanguageTag;
  readonly engine: string;
  /** The engine's options that affect its output (formality, model…); key order is irrelevant. */
  readonly engineOptions: { readonly [key: string]: JsonValue };
  readonly glossaryHash: string;
  /**
   * The segment's markup (`markupSignature`), when it has any: the same words with markup are
   * another request (the engine places the codes, and the cache keeps the target tagged). Left out
   * when empty, so the keys of sentences without markup are as they were.
   */
  readonly markup?: string;
}

/**
 * Bump when the key's composition changes, so that old entries are simply never hit
 * instead of being read under a different meaning.
 */
const KEY_FORMAT = 'wire-l10n/mt-cache/1';

/** sha256 (hex) of the parts; language tags compare case-insensitively, as BCP 47 says. */
export function mtCacheKey(parts: MtCacheKeyParts): string {
  return sha256Hex(
    JSON.stringify([
      KEY_FORMAT,
      normalizeText(parts.source),
      parts.sourceLang.toLowerCase(),
      parts.targetLang.toLowerCase(),
      parts.engine,
      canonicalJson(parts.engineOptions),
      parts.glossaryHash,
      ...(parts.markup === undefined || parts.markup === '' ? [] : [parts.markup]),
    ]),
  );
}

/** JSON with object keys sorted at every depth: equal values give equal text. */
export function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new TypeError(`Expected engine options to hold finite numbers, got \`${value}\``);
    }
    return JSON.stringify(value);
  }
  if (isJsonArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  // Like JSON.stringify, a key whose value is undefined is left out: `{ a: undefined }` = `{}`.
  const members = Object.keys(value)
    .sort()
    .flatMap((key) => {
      const member = value[key];
      return member === undefined ? [] : [`${JSON.stringify(key)}:${canonicalJson(member)}`];
    });
  return `{${members.join(',')}}`;
}

// Array.isArray does not narrow readonly arrays.
function isJsonArray(value: JsonValue): value is readonly JsonValue[] {
  return Array.isArray(value);
}

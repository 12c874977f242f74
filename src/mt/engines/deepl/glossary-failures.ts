/**
 * Failures of glossary sync: deepl-node's errors → one error type with a kind and a message that
 * says which step failed, with every secret removed (`classifyDeepLFailure` does the redacting).
 */
import { DeepLError, GlossaryNotFoundError, QuotaExceededError } from 'deepl-node';
import { EngineCallError, type EngineFailureKind } from '../../engine.js';
import { classifyDeepLFailure, redact } from './failures.js';

/** The engine's kinds, plus the account's glossary count being at its plan's limit. */
export type GlossarySyncFailureKind = EngineFailureKind | 'glossary-limit';

export class DeepLGlossaryError extends Error {
  override readonly name = 'DeepLGlossaryError';
  readonly kind: GlossarySyncFailureKind;
  /** HTTP status, when there was one. */
  readonly status?: number;

  constructor(kind: GlossarySyncFailureKind, message: string, options: { status?: number } = {}) {
    // No `cause`: deepl-node's connection errors carry the request headers, key included.
    super(message);
    this.kind = kind;
    if (options.status !== undefined) this.status = options.status;
  }
}

/**
 * `error` from the DeepL call that was `doing` ("creating glossary …") as the retry layer reads it:
 * its kind, and a message naming the step.
 */
export function classifyGlossaryFailure(error: unknown, doing: string, secrets: readonly string[]): EngineCallError {
  const classified = classifyDeepLFailure(error, secrets);
  const message = redact(`DeepL: ${doing} failed: ${classified.message.replace(/^DeepL: /u, '')}`, secrets);
  return new EngineCallError(classified.kind, message, classified.status === undefined ? {} : { status: classified.status });
}

/** `error` from the DeepL call that was `doing`, as a DeepLGlossaryError. */
export function glossaryCallFailure(error: unknown, doing: string, secrets: readonly string[]): DeepLGlossaryError {
  // An EngineCallError is the retry layer giving up: classified already, its message names the step.
  const failure = error instanceof EngineCallError ? error : classifyGlossaryFailure(error, doing, secrets);
  return new DeepLGlossaryError(failure.kind, redact(failure.message, secrets), failure.status === undefined ? {} : { status: failure.status });
}

/**
 * Whether a create request failed because the account holds as many glossaries as its plan allows.
 * DeepL answers that with 456, the character-quota status (creating a glossary bills no
 * characters, so on a create it can only mean this); a wording about the number of glossaries
 * counts too, but not one about a glossary's size (10 MiB), which is another refusal.
 */
export function isGlossaryLimitFailure(error: unknown): boolean {
  if (error instanceof QuotaExceededError) return true;
  return error instanceof DeepLError && /\b(too many glossaries|number of glossaries|glossary limit|glossaries limit)\b/iu.test(error.message);
}

/** A 404 on listing /v3/glossaries: this server or plan has no multilingual glossaries, use v2. */
export function isMultilingualApiMissing(error: unknown): boolean {
  // deepl-node reads a 404 outside glossary-by-id calls as a plain DeepLError "Not found, …".
  return error instanceof DeepLError && !(error instanceof GlossaryNotFoundError) && /^Not found\b/u.test(error.message);
}

export interface GlossaryCounts {
  /** Glossaries on the account as far as this sync knows (v2 lists only single-pair ones). */
  onAccount: number;
  /** Of them, those wire-l10n created. */
  ours: number;
}

/**
 * The limit reached, and what the user can do: `--prune` when stale glossaries of ours would make
 * room, else delete others in DeepL.
 */
export function glossaryLimitError(counts: Readonly<GlossaryCounts>, staleOfOurs: number): DeepLGlossaryError {
  const held = `${counts.onAccount} glossar${counts.onAccount === 1 ? 'y' : 'ies'} on the account, ${counts.ours} of them created by wire-l10n`;
  const remedy = staleOfOurs > 0 ? 'run with --prune, or delete glossaries in DeepL' : 'delete glossaries in DeepL (none of the stale ones is ours)';
  return new DeepLGlossaryError('glossary-limit', `DeepL: the account's glossary limit (Free: 1) is reached (${held}): ${remedy}`, { status: 456 });
}

/**
 * deepl-node's errors → `EngineCallError` kinds the dispatcher acts on.
 *
 * deepl-node 1.28 gives typed errors only for 403, 456, 429, 404-on-glossary and transport failures;
 * every other status is a plain `DeepLError` whose message is the only place the status appears
 * ("Bad request…", "Service unavailable…", "Unexpected status code: 413 …"), so those are read from
 * the message. The tests run every kind against the fake, so a deepl-node upgrade that rewords
 * them fails there. The original error is never kept as `cause`: a `ConnectionError` carries the
 * axios request config, Authorization header included.
 */
import {
  AuthorizationError,
  ConnectionError,
  DeepLError,
  GlossaryNotFoundError,
  QuotaExceededError,
  TooManyRequestsError,
} from 'deepl-node';
import { EngineCallError, type EngineFailureKind } from '../../engine.js';
import { DeadlineExceededError } from './deadline.js';
import { errorMessage } from '../../../errors.js';

/** Longest part of deepl-node's message kept (it may carry a whole HTML error page). */
const maxDetailLength = 300;

/** `error` from a DeepL call as an `EngineCallError`, with every secret removed from its message. */
export function classifyDeepLFailure(error: unknown, secrets: readonly string[]): EngineCallError {
  const { kind, status, summary } = classify(error);
  const detail = errorMessage(error);
  const message = redact(`DeepL: ${summary}${status === undefined ? '' : ` (HTTP ${status})`} — ${truncate(detail)}`, secrets);
  return new EngineCallError(kind, message, status === undefined ? {} : { status });
}

/** Every occurrence of each secret replaced, so no message can carry the key. */
export function redact(text: string, secrets: readonly string[]): string {
  return secrets.filter((secret) => secret.length > 0).reduce((result, secret) => result.split(secret).join('[redacted]'), text);
}

interface Classification {
  readonly kind: EngineFailureKind;
  readonly status?: number;
  readonly summary: string;
}

function classify(error: unknown): Classification {
  if (error instanceof AuthorizationError) return { kind: 'auth', status: 403, summary: 'the authentication key was refused' };
  if (error instanceof QuotaExceededError) return { kind: 'quota', status: 456, summary: 'the character quota of this billing period is used up' };
  // deepl-node drops the response headers, so Retry-After cannot be read: the dispatcher's backoff applies.
  if (error instanceof TooManyRequestsError) return { kind: 'rate-limited', status: 429, summary: 'too many requests' };
  if (error instanceof ConnectionError) return { kind: 'transient', summary: 'connection failed' };
  if (error instanceof DeadlineExceededError) return { kind: 'transient', summary: 'timed out' };
  if (error instanceof GlossaryNotFoundError) return { kind: 'bad-request', status: 404, summary: 'glossary not found' };
  if (!(error instanceof DeepLError)) return { kind: 'transient', summary: 'unexpected failure' };

  const { message } = error;
  const unexpected = /^Unexpected status code: (\d{3})/.exec(message);
  if (unexpected) {
    const status = Number(unexpected[1]);
    return { kind: kindOfStatus(status), status, summary: 'request failed' };
  }
  if (message.startsWith('Bad request')) return { kind: 'bad-request', status: 400, summary: 'the request was refused' };
  if (message.startsWith('Service unavailable')) return { kind: 'transient', status: 503, summary: 'service unavailable' };
  if (message.startsWith('Not found')) return { kind: 'bad-request', status: 404, summary: 'not found' };
  if (message.startsWith('Error parsing response JSON')) return { kind: 'transient', summary: 'unreadable answer' };
  // The rest are deepl-node's own argument checks, thrown before anything is sent.
  return { kind: 'bad-request', summary: 'invalid request' };
}

function kindOfStatus(status: number): EngineFailureKind {
  if (status === 413) return 'too-large';
  if (status === 429) return 'rate-limited';
  if (status === 456) return 'quota';
  if (status === 401 || status === 403) return 'auth';
  if (status === 408 || status >= 500) return 'transient';
  return 'bad-request';
}

function truncate(text: string): string {
  return text.length <= maxDetailLength ? text : `${text.slice(0, maxDetailLength)}…`;
}

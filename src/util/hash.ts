import { hash } from 'node:crypto';

/** Whitespace-normalized, NFC form of a text: what identity and cache keys are computed over. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * Short content hash (sha256, first 16 hex digits) of the normalized text, and of `signature`
 * when one is given (a segment's markup, `markupSignature`): the same words with and without
 * markup hash apart, and a text without one hashes as it always did.
 */
export function hashText(text: string, signature = ''): string {
  const normalized = normalizeText(text);
  return sha256Hex(signature === '' ? normalized : `${normalized}\u0000${signature}`).slice(0, 16);
}

/** One-shot `crypto.hash` (a string is hashed as UTF-8): half the cost of a Hash object per call. */
export function sha256Hex(data: string): string {
  return hash('sha256', data, 'hex');
}

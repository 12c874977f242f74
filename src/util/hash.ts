import { createHash } from 'node:crypto';

/** Whitespace-normalized, NFC form of a text: what identity and cache keys are computed over. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Short content hash (sha256, first 16 hex digits) of the normalized text. */
export function hashText(text: string): string {
  return sha256Hex(normalizeText(text)).slice(0, 16);
}

export function sha256Hex(data: string): string {
  return createHash('sha256').update(data, 'utf8').digest('hex');
}

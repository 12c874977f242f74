import { WireL10nError, type ErrorCode } from '../errors.js';

/**
 * The store cannot be opened, is from a newer version, or a read/write failed.
 * The message names the store's path; the hint says what to do.
 */
export class StoreError extends WireL10nError {
  override readonly name = 'StoreError';
  constructor(message: string, path: string, options: { hint?: string; cause?: unknown } = {}) {
    // 'E_STORE' is not in the shared ErrorCode union yet (requested); the cast goes once it is.
    super('E_STORE' as ErrorCode, message, { ...options, location: { file: path } });
  }
}

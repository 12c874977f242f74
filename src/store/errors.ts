import { WireL10nError } from '../errors.js';

/**
 * The store cannot be opened, is from a newer version, or a read/write failed.
 * The message names the store's path; the hint says what to do.
 */
export class StoreError extends WireL10nError {
  override readonly name = 'StoreError';
  constructor(message: string, path: string, options: { hint?: string; cause?: unknown } = {}) {
    super('E_STORE', message, { ...options, location: { file: path } });
  }
}

import { WireL10nError } from '../errors.js';

/**
 * The store cannot be opened, is from a newer version, or a read/write failed.
 * The message names the store's path; the hint says what to do.
 */
export class StoreError extends WireL10nError {
  override readonly name = 'StoreError';
  /** The store could not be reached (a server restarting, a dropped connection): the same call may work later. */
  readonly transient: boolean;
  constructor(message: string, path: string, options: { hint?: string; cause?: unknown; transient?: boolean } = {}) {
    const { transient = false, ...rest } = options;
    super('E_STORE', message, { ...rest, location: { file: path } });
    this.transient = transient;
  }
}

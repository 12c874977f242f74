import { WireL10nError, type FileLocation } from '../errors.js';

/** A TMX file cannot be read (malformed, unsafe or too large) or an entry cannot be written. */
export class TmxError extends WireL10nError {
  override readonly name = 'TmxError';
  constructor(message: string, location: FileLocation, options: { hint?: string; cause?: unknown } = {}) {
    super('E_TMX', message, { ...options, location });
  }
}

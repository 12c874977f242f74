import { WireL10nError, type ErrorCode, type FileLocation } from '../errors.js';

/** A TMX file cannot be read (malformed, unsafe or too large) or an entry cannot be written. */
export class TmxError extends WireL10nError {
  override readonly name = 'TmxError';
  constructor(message: string, location: FileLocation, options: { hint?: string; cause?: unknown } = {}) {
    // 'E_TMX' is not in the shared ErrorCode union yet (requested); the cast goes once it is.
    super('E_TMX' as ErrorCode, message, { ...options, location });
  }
}

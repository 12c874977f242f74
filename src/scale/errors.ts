import { WireL10nError } from '../errors.js';

/** Redis could not be reached or refused an operation: the message names host:port and what failed. */
export class RedisError extends WireL10nError {
  override readonly name = 'RedisError';
  constructor(message: string, options: { hint?: string; cause?: unknown } = {}) {
    super('E_REDIS', message, options);
  }
}

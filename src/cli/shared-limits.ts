/**
 * `--redis URL` (else WIRE_L10N_REDIS): the engine account's limits shared with every process using
 * that Redis under the same `--redis-prefix`. The limits are the ones a process has alone, held
 * for all together: `--max-rate`, `--max-chars`, and `wire-l10n.json`'s `deepl.maxConcurrentRequests`.
 * The settings are not job options (the URL may hold a password); commands open the limits with
 * `withSharedLimits` around their jobs. Redis is loaded only when asked for.
 */
import { UsageError } from '../errors.js';
import type { AccountLimits, AccountLimitSettings } from '../mt/account-limits.js';
import type { SharedLimitsSettings } from '../scale/shared-limits.js';

export const defaultRedisPrefix = 'wire-l10n';

/** The flags as commander hands them over. */
export interface RawSharedLimitsOptions {
  readonly redis?: string;
  readonly redisPrefix?: string;
}

/** The shared limits' settings, or undefined when no Redis is named (each process paces itself). */
export function sharedLimitsSettings(raw: RawSharedLimitsOptions, env: NodeJS.ProcessEnv, limits: AccountLimitSettings): SharedLimitsSettings | undefined {
  const url = raw.redis ?? (env['WIRE_L10N_REDIS']?.trim() || undefined);
  if (url === undefined) return undefined;
  if (!URL.canParse(url) || !['redis:', 'rediss:'].includes(new URL(url).protocol)) {
    // The value is not repeated: it may hold a password.
    throw new UsageError(`${raw.redis === undefined ? 'WIRE_L10N_REDIS' : '--redis'} expects a Redis URL such as redis://127.0.0.1:6379`);
  }
  const prefix = raw.redisPrefix ?? defaultRedisPrefix;
  if (!/^[\w.:-]+$/u.test(prefix)) throw new UsageError(`--redis-prefix expects letters, digits and . _ : -, got "${prefix}"`);
  return { url, prefix, ...limits };
}

/** Runs `work` with the shared limits open (none without settings), closing them after. */
export async function withSharedLimits<T>(settings: SharedLimitsSettings | undefined, work: (limits: AccountLimits | undefined) => Promise<T>): Promise<T> {
  if (settings === undefined) return work(undefined);
  const { openSharedLimits } = await import('../scale/shared-limits.js');
  const limits = await openSharedLimits(settings);
  try {
    return await work(limits);
  } finally {
    await limits.close();
  }
}

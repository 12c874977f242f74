/**
 * A worker waits out a store that cannot be reached (PostgreSQL restarting, a dropped connection)
 * instead of failing its batch's jobs for a retry half a minute later: the batch is run again once
 * the store answers, which is safe (the job skips what is complete and sends nothing the store
 * holds). Only errors that say the store could not be reached are waited out, and only for
 * `maxOutageMs`; any other error is the batch's at once.
 */
import { StoreError } from '../store/errors.js';
import type { Sleep } from '../mt/pacing.js';

export interface OutagePolicy {
  /** How long the store may stay unreachable before the batch fails. @default 5 minutes */
  readonly maxOutageMs?: number;
  readonly sleep: Sleep;
  readonly now: () => number;
  /** Told each time the batch waits, with why. */
  readonly onOutage: (error: StoreError, waitMs: number) => void;
}

const FIRST_WAIT_MS = 500;
const LONGEST_WAIT_MS = 10_000;

export async function throughStoreOutages<T>(work: () => Promise<T>, policy: OutagePolicy): Promise<T> {
  const deadline = policy.now() + (policy.maxOutageMs ?? 5 * 60_000);
  for (let wait = FIRST_WAIT_MS; ; wait = Math.min(wait * 2, LONGEST_WAIT_MS)) {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof StoreError && error.transient) || policy.now() + wait > deadline) throw error;
      policy.onOutage(error, wait);
      await policy.sleep(wait);
    }
  }
}

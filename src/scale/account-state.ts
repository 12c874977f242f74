/**
 * What the shared limits of one engine account hold now, for operators (`wire-l10n queue status`):
 * the characters spent against the shared budget since its key was reset, the requests in flight,
 * and a pause or a recorded stop under way with how long it still lasts. Reads only; times come
 * from Redis (`TIME`, key expiries), as the limits' own decisions do.
 */
import type { AccountStop } from '../mt/account-limits.js';
import type { RedisConnection } from './redis-connection.js';
import { limitKeys } from './shared-limits.js';

export interface AccountState {
  readonly prefix: string;
  /** Characters reserved by every process since the budget's key was reset (deleted). */
  readonly budgetSpent: number;
  /** Requests holding a live lease on a slot. */
  readonly requestsInFlight: number;
  /** Milliseconds left of the 429 pause under way, if any. */
  readonly pausedForMs?: number;
  /** The quota or auth stop one process recorded, and for how long the others still hold to it. */
  readonly stop?: AccountStop & { readonly forMs: number };
}

export async function readAccountState(connection: RedisConnection, prefix: string): Promise<AccountState> {
  const keys = limitKeys(prefix);
  const { client } = connection;
  const read = async () => {
    const [seconds, micros] = await client.time();
    const nowMs = Number(seconds) * 1000 + Math.floor(Number(micros) / 1000);
    return Promise.all([
      client.get(keys.budget),
      client.zcount(keys.inFlight, `(${nowMs}`, '+inf'),
      client.pttl(keys.pause),
      client.get(keys.stop),
      client.pttl(keys.stop),
    ]);
  };
  const [budget, inFlight, pauseTtl, stop, stopTtl] = await connection.attempt('read the account limits', read);
  return {
    prefix,
    budgetSpent: Number(budget ?? 0),
    requestsInFlight: inFlight,
    ...(pauseTtl > 0 ? { pausedForMs: pauseTtl } : {}),
    ...(stop !== null && stopTtl > 0 ? { stop: { ...(JSON.parse(stop) as AccountStop), forMs: stopTtl } } : {}),
  };
}

/** The state in a line: `account wire-l10n: 1234 characters of the shared budget spent since reset, 0 requests in flight`. */
export function describeAccountState(state: AccountState): string {
  const parts = [
    `${state.budgetSpent} characters of the shared budget spent since it was reset`,
    `${state.requestsInFlight} ${state.requestsInFlight === 1 ? 'request' : 'requests'} in flight`,
    ...(state.pausedForMs === undefined ? [] : [`paused for ${Math.ceil(state.pausedForMs / 1000)} s more (429)`]),
    ...(state.stop === undefined ? [] : [`stopped (${state.stop.reason}: ${state.stop.message}) for ${Math.ceil(state.stop.forMs / 1000)} s more`]),
  ];
  return `account ${state.prefix}: ${parts.join(', ')}`;
}

/**
 * One payment for one sentence across every process that shares the store (workers on several
 * hosts, two runs on one SQLite file). Before sending, a job claims the MT cache keys of what it
 * is about to send (`MtCache.claim`); it sends only the keys granted, and waits for the others,
 * whose owners are translating them, to appear in the cache. A claim whose owner died ends after
 * its time, and the key is granted to whoever asks next; a request that failed releases its keys
 * at once. Claims held during a long dispatch (a rate-limit pause) are renewed, so they do not
 * lapse while their owner is still at work.
 */
import type { Unit } from '../model.js';
import type { Sleep } from '../mt/pacing.js';
import type { CachedTranslation, MtCache } from '../store/store.js';

export interface ClaimedSending {
  readonly mtCache: MtCache;
  /** This job's name among the store's users. */
  readonly owner: string;
  readonly keyOf: (unit: Unit) => string;
  /** What is known by key; filled here with what other owners stored, when `serves` accepts it for the unit. */
  readonly results: Map<string, CachedTranslation>;
  readonly serves: (entry: CachedTranslation, unit: Unit) => boolean;
  readonly sleep: Sleep;
  /** How long a claim lasts unless renewed. @default CLAIM_TTL_MS */
  readonly ttlMs?: number;
  /** The first wait for other owners' results; it doubles up to MAX_POLL_MS. @default FIRST_POLL_MS */
  readonly pollMs?: number;
}

/** Long enough for one engine request with its retries; renewed while the dispatch lasts. */
export const CLAIM_TTL_MS = 60_000;
const FIRST_POLL_MS = 250;
const MAX_POLL_MS = 2_000;

/**
 * Sends `units` (one per cache key) through `send`, each key by whoever claims it first. Resolves
 * when every key has a result here, or `send` says the dispatch stopped (what is left stays
 * untranslated, as an unsent unit does). `send` resolves true when it stopped.
 */
export async function sendClaimed(units: readonly Unit[], claims: ClaimedSending, send: (units: readonly Unit[]) => Promise<boolean>): Promise<void> {
  const { mtCache, owner, keyOf, results } = claims;
  const ttlMs = claims.ttlMs ?? CLAIM_TTL_MS;
  let waiting = units;
  let pollMs = claims.pollMs ?? FIRST_POLL_MS;
  for (;;) {
    const granted = new Set(await mtCache.claim(waiting.map(keyOf), owner, ttlMs));
    const mine = waiting.filter((unit) => granted.has(keyOf(unit)));
    if (mine.length > 0 && (await sendHolding(mine, claims, ttlMs, send))) return;
    waiting = waiting.filter((unit) => !granted.has(keyOf(unit)));
    if (waiting.length === 0) return;
    // The rest are being translated by other owners: their results come through the cache.
    await claims.sleep(pollMs);
    pollMs = Math.min(pollMs * 2, MAX_POLL_MS);
    const stored = await mtCache.getMany(waiting.map(keyOf));
    for (const unit of waiting) {
      const entry = stored.get(keyOf(unit));
      if (entry && claims.serves(entry, unit)) results.set(keyOf(unit), entry);
    }
    waiting = waiting.filter((unit) => !results.has(keyOf(unit)));
    if (waiting.length === 0) return;
  }
}

/** `send` on keys this owner holds, renewing them meanwhile; those still without a result after it are released. */
async function sendHolding(mine: readonly Unit[], claims: ClaimedSending, ttlMs: number, send: (units: readonly Unit[]) => Promise<boolean>): Promise<boolean> {
  const { mtCache, owner, keyOf, results } = claims;
  const open = (): string[] => mine.map(keyOf).filter((key) => !results.has(key));
  let renewing: Promise<unknown> = Promise.resolve();
  const renewal = setInterval(() => {
    const keys = open();
    // A failed renewal is not the job's failure: the claim lapses, at worst a sentence is paid twice.
    if (keys.length > 0) renewing = mtCache.claim(keys, owner, ttlMs).catch(() => undefined);
  }, ttlMs / 3);
  try {
    return await send(mine);
  } finally {
    clearInterval(renewal);
    await renewing;
    const unanswered = open();
    if (unanswered.length > 0) await mtCache.release(unanswered, owner);
  }
}

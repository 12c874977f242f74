/** What both adapters' `MtCache.claim` share: checking the arguments and answering in the order asked. */

export function checkClaim(owner: string, ttlMs: number): void {
  if (typeof owner !== 'string' || owner === '') throw new TypeError(`Expected \`owner\` to be a non-empty string, got \`${owner}\``);
  if (!Number.isInteger(ttlMs) || ttlMs <= 0) throw new TypeError(`Expected \`ttlMs\` to be an integer > 0, got \`${ttlMs}\``);
}

/** The distinct `keys` that are in `granted`, in the order of `keys`. */
export function grantedInOrder(keys: readonly string[], granted: Iterable<string>): string[] {
  const set = new Set(granted);
  return [...new Set(keys)].filter((key) => set.has(key));
}

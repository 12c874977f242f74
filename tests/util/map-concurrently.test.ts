import { describe, expect, it } from 'vitest';
import { mapConcurrently } from '../../src/util/map-concurrently.js';

describe('mapConcurrently', () => {
  it('keeps the input order and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const results = await mapConcurrently([50, 10, 30, 0, 20, 5], 2, async (delay) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, delay));
      running -= 1;
      return delay * 2;
    });
    expect(results).toEqual([100, 20, 60, 0, 40, 10]);
    expect(most).toBe(2);
  });

  it('rejects with the first failure', async () => {
    await expect(mapConcurrently([1, 2, 3], 2, async (n) => { if (n === 2) throw new Error('two'); return n; })).rejects.toThrow('two');
  });

  it('returns an empty list for no items', async () => {
    expect(await mapConcurrently([], 4, async () => 1)).toEqual([]);
  });
});

/**
 * A memory flooded with near-identical entries: the search scores at most FUZZY_MAX_CANDIDATES
 * of them and still offers the best match (time and memory growth: `npm run bench:growth`).
 */
import { expect, it } from 'vitest';
import { FUZZY_MAX_CANDIDATES } from '../../src/store/fuzzy-candidates.js';
import type { TmEntry } from '../../src/store/store.js';
import { describeEachStore, openKindStore } from './store-kinds.js';

const entry = (source: string, target: string): TmEntry => ({ sourceLang: 'en', targetLang: 'fr', source, target, origin: 'tmx' });
const flood = (count: number): TmEntry[] =>
  Array.from({ length: count }, (_, i) => entry(`The ministry said ${i} people were hurt in the attack on Sunday.`, `cible ${i}`));

describeEachStore('fuzzy search past the candidate cap', (kind) => {
  const query = 'The ministry said dozens of people were hurt in the attack on Sunday.';

  it('still offers the best match first when it is the oldest of thousands of candidates', async () => {
    const { tm } = await openKindStore(kind);
    await tm.add([entry('The ministry said dozens of people were hurt in the attack on Monday.', 'la meilleure')]);
    await tm.add(flood(2 * FUZZY_MAX_CANDIDATES));
    const matches = await tm.fuzzy('en', 'fr', query, { threshold: 75, limit: 3 });
    expect(matches.map((match) => [match.target, match.similarity.toFixed(1)])).toEqual([
      ['la meilleure', '92.9'],
      [expect.stringMatching(/^cible /u), '85.7'],
      [expect.stringMatching(/^cible /u), '85.7'],
    ]);
  });

  it('scores the newest of equally likely candidates, so the memory’s recent work is offered', async () => {
    const { tm } = await openKindStore(kind);
    await tm.add(flood(2 * FUZZY_MAX_CANDIDATES));
    const targets = (await tm.fuzzy('en', 'fr', query, { threshold: 75, limit: 3 })).map((match) => Number(match.target.split(' ')[1]));
    expect(targets).toHaveLength(3);
    expect(targets.every((index) => index >= FUZZY_MAX_CANDIDATES)).toBe(true);
  });
});

import { expect, it } from 'vitest';
import { similarity } from '../../src/leverage/similarity.js';
import type { TmEntry } from '../../src/store/store.js';
import { normalizeText } from '../../src/util/hash.js';
import { describeEachStore, openKindStore } from './store-kinds.js';
import { collect } from '../helpers/collect.js';

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['the', 'troops', 'left', 'Baghdad', 'on', 'Friday', 'said', 'officials', 'in', 'a', 'statement', 'of', 'army', ',', '.', '“', '”', 'Mosul', 'three', 'killed'];

describeEachStore('fuzzy search', (kind) => {
  it('finds exactly the matches a brute-force scan finds, for many thresholds', async () => {
    const next = random(42);
    const pick = (): string => WORDS[Math.floor(next() * WORDS.length)]!;
    const sentence = (): string => Array.from({ length: 2 + Math.floor(next() * 12) }, pick).join(' ');
    const mutate = (source: string): string => {
      const words = source.split(' ');
      for (let edits = 1 + Math.floor(next() * 2); edits > 0; edits--) {
        const at = Math.floor(next() * words.length);
        const kind = next();
        if (kind < 0.4) words[at] = pick();
        else if (kind < 0.7) words.splice(at, 0, pick());
        else if (words.length > 1) words.splice(at, 1);
      }
      return words.join(' ');
    };
    const entries: TmEntry[] = Array.from({ length: 1500 }, (_, i) => ({
      sourceLang: 'en',
      targetLang: 'fr',
      source: sentence(),
      target: `t${i}`,
      origin: 'tmx',
    }));
    const { tm } = await openKindStore(kind);
    await tm.add(entries);
    const stored = await collect(tm.all('en', 'fr'));
    let matched = 0;
    for (let q = 0; q < 120; q++) {
      // Mostly near neighbours of stored sources (a few words changed), some unrelated sentences.
      const query = q % 4 === 0 ? sentence() : mutate(stored[Math.floor(next() * stored.length)]!.source);
      const threshold = [40, 50, 60, 75, 90, 100][q % 6]!;
      const expected = new Set(
        stored
          .map((entry) => {
            let score = similarity(query, entry.source);
            if (score === 100 && normalizeText(entry.source) !== normalizeText(query)) score = 99;
            return `${score.toFixed(6)} ${normalizeText(entry.source)} → ${entry.target}`;
          })
          .filter((line) => Number(line.split(' ')[0]) >= threshold),
      );
      const found = (await tm.fuzzy('en', 'fr', query, { threshold, limit: 10_000 })).map((match) => `${match.similarity.toFixed(6)} ${normalizeText(match.source)} → ${match.target}`);
      expect(new Set(found), `query "${query}" at ${threshold}`).toEqual(expected);
      matched += found.length;
    }
    // The comparison means something only if matches were found.
    expect(matched).toBeGreaterThan(150);
  });
});

/** Hostile input at modest sizes: the cuts must still be right (time growth: `npm run bench:growth`). */
import { describe, expect, it } from 'vitest';
import { segmentText } from '../../src/segment/index.js';

describe('segmentText on hostile input', () => {
  it('keeps a word with a long run of periods inside it as one sentence', () => {
    const text = `Wait${'.'.repeat(20_000)}what`;
    expect(segmentText(text, 'en')).toEqual([text]);
  });

  it('cuts after a long run of periods that ends a sentence', () => {
    const run = '.'.repeat(20_000);
    expect(segmentText(`They waited${run} The door opened.`, 'en')).toEqual([`They waited${run}`, 'The door opened.']);
  });

  it('cuts after a long run of mixed terminals and closers like after one', () => {
    const run = '?!'.repeat(5000);
    expect(segmentText(`Really${run}” The crowd left.`, 'fr')).toEqual([`Really${run}”`, 'The crowd left.']);
  });
});

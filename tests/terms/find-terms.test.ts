import { describe, expect, it } from 'vitest';
import type { Segment } from '../../src/model.js';
import { findTerms } from '../../src/terms/index.js';
import { hashText } from '../../src/util/hash.js';
import { glossaryOf } from './helpers.js';

const glossary = glossaryOf('en,fr,ar,type,note', 'Baghdad,Bagdad,بغداد,name,', 'Washington,Washington,واشنطن,name,');

function segment(id: string, source: string): Segment {
  return { id, blockId: id.split('.')[0]!, index: 1, source, hash: hashText(source), protectedSpans: [], terms: [] };
}

describe('findTerms', () => {
  it('returns new segments with their term hits, in source order', () => {
    const input = [segment('p1.s1', 'Talks between Washington and Baghdad.')];
    const [found] = findTerms(input, glossary);
    expect(found!.terms).toEqual([
      { start: 14, end: 24, text: 'Washington', entryId: 'washington' },
      { start: 29, end: 36, text: 'Baghdad', entryId: 'baghdad' },
    ]);
    expect(found).not.toBe(input[0]);
    expect(input[0]!.terms).toEqual([]);
  });

  it('returns a segment without hits as it is', () => {
    const input = [segment('p1.s1', 'Nothing to see.'), segment('p1.s2', 'Baghdad.')];
    const output = findTerms(input, glossary);
    expect(output[0]).toBe(input[0]);
    expect(output[1]).not.toBe(input[1]);
  });

  it('replaces stale hits of a segment that no longer has any', () => {
    const stale: Segment = { ...segment('p1.s1', 'Nothing.'), terms: [{ start: 0, end: 7, text: 'Nothing', entryId: 'gone' }] };
    expect(findTerms([stale], glossary)[0]!.terms).toEqual([]);
  });

  it('gives the same hits for the same glossary on every call', () => {
    const input = [segment('p1.s1', 'Baghdad.')];
    expect(findTerms(input, glossary)).toEqual(findTerms(input, glossary));
  });
});

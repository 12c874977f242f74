/**
 * Hostile input at modest sizes: the spans must still be right. How the time grows with the size
 * is measured by `npm run bench:growth`, not here.
 */
import { describe, expect, it } from 'vitest';
import { protectSegments } from '../../src/protect/index.js';
import { findTerms } from '../../src/terms/index.js';
import { entry, glossaryOf, segmentOf } from '../helpers/builders.js';

const spansOf = (source: string, glossary = glossaryOf()) =>
  protectSegments(findTerms([segmentOf(source)], glossary), glossary)[0]!.protectedSpans;

describe('protectSegments on hostile input', () => {
  it('protects every one of thousands of equal numbers in one sentence, each at its place', () => {
    const source = Array.from({ length: 3000 }, () => '7').join(' ');
    const spans = spansOf(source);
    expect(spans).toHaveLength(3000);
    expect(spans.every((span, i) => span.kind === 'value' && span.start === 2 * i && span.end === 2 * i + 1)).toBe(true);
  });

  it('finds no address in a long run of word characters and dots without "@"', () => {
    expect(spansOf(`${'a'.repeat(20_000)} ${'a.'.repeat(10_000)}`)).toEqual([]);
  });

  it('takes an address with a long local part whole, from the start of its run', () => {
    const address = `${'a.'.repeat(5000)}b@example.com`;
    expect(spansOf(`Write to ${address} now.`)).toEqual([{ start: 9, end: 9 + address.length, kind: 'email', text: address }]);
  });

  it('finds no address after an "@" followed by a long run without a dot', () => {
    expect(spansOf(`a@${'b-'.repeat(10_000)}`)).toEqual([]);
  });

  it('finds every one of many dates, times and amounts in one sentence, each at its place', () => {
    const piece = 'on December 1, 2024 at 2:30 p.m. $2.5bn, ';
    const source = piece.repeat(500);
    const spans = spansOf(source);
    expect(spans.map((span) => span.text)).toEqual(Array.from({ length: 500 }, () => ['December 1, 2024', '2:30 p.m.', '$2.5bn']).flat());
    expect(spans[3]!.start).toBe(piece.length + 3);
  });

  it('takes no quantity from a run of digits too long for one, and no handle, hashtag, domain or reference from runs that almost are one', () => {
    const runs = ['1'.repeat(20_000), `1,000${',000'.repeat(5000)}`, `@${'1'.repeat(20_000)}`, `#${'1'.repeat(20_000)}`, `${'ab.'.repeat(5000)}c`, 'Resolution '.repeat(2000)];
    expect(runs.map((run) => spansOf(run))).toEqual(runs.map(() => []));
  });

  it('lets each of many do-not-translate terms win over the number inside it, and keeps the numbers between', () => {
    const glossary = glossaryOf(entry('Windows 11', {}, { type: 'dnt' }));
    const source = Array.from({ length: 500 }, () => 'Windows 11 on 40').join(', ');
    const spans = spansOf(source, glossary);
    expect(spans.map((span) => span.text)).toEqual(Array.from({ length: 500 }, () => ['Windows 11', '40']).flat());
    expect(spans.map((span) => span.kind)).toEqual(Array.from({ length: 500 }, () => ['dnt', 'value']).flat());
  });
});

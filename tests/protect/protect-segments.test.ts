import { describe, expect, it } from 'vitest';
import { protectSegments } from '../../src/protect/index.js';
import { entry, glossaryOf, segmentOf } from '../helpers/builders.js';

const spansOf = (source: string, glossary = glossaryOf()) =>
  protectSegments([segmentOf(source, { glossary })], glossary)[0]!.protectedSpans.map((span) => [span.kind, span.text]);

describe('protectSegments', () => {
  it('protects numbers with thousands separators, decimals and percentages', () => {
    expect(spansOf('There are roughly 2,500 US troops and about 900 in Syria, 3.5% more than in 2014.')).toEqual([
      ['value', '2,500'],
      ['value', '900'],
      ['value', '3.5%'],
      ['value', '2014'],
    ]);
  });

  it('keeps a designation verbatim and takes a date without the trailing full stop', () => {
    expect(spansOf('The G7 met on Nov. 23.')).toEqual([
      ['designation', 'G7'],
      ['value', 'Nov. 23'],
    ]);
  });

  it('protects URLs and e-mail addresses whole, without trailing punctuation', () => {
    expect(spansOf('See https://example.org/a.b?c=1, or write to desk.paris@example.com.')).toEqual([
      ['url', 'https://example.org/a.b?c=1'],
      ['email', 'desk.paris@example.com'],
    ]);
  });

  it('turns do-not-translate glossary hits into protected spans, winning over numbers inside them', () => {
    const glossary = glossaryOf(entry('Windows 11', {}, { type: 'dnt' }));
    expect(spansOf('It runs Windows 11 on 40 machines.', glossary)).toEqual([
      ['dnt', 'Windows 11'],
      ['value', '40'],
    ]);
  });

  it('drops a glossary hit that lies inside a URL', () => {
    const glossary = glossaryOf(entry('Telegram', { fr: 'Telegram' }));
    const [segment] = protectSegments([segmentOf('Posted at www.Telegram.org/x today', { glossary })], glossary);
    expect(segment!.terms).toEqual([]);
    expect(segment!.protectedSpans.map((span) => span.kind)).toEqual(['url']);
  });

  it('returns a segment with nothing to protect unchanged', () => {
    const segment = segmentOf('Nothing here.');
    expect(protectSegments([segment], glossaryOf())[0]).toBe(segment);
  });
});

import { describe, expect, it } from 'vitest';
import { pseudoTranslate } from '../../src/mt/engines/pseudo.js';
import { protectSegments } from '../../src/protect/index.js';
import { entry, glossaryOf, segmentOf } from '../helpers/builders.js';

const glossary = glossaryOf(entry('Baghdad', { fr: 'Bagdad', ar: 'بغداد' }, { type: 'name', caseSensitive: true }));
const segment = protectSegments([segmentOf('Troops left Baghdad on 23 November, 2,500 of them.', { glossary })], glossary)[0]!;

describe('pseudo engine', () => {
  it('is deterministic', () => {
    expect(pseudoTranslate(segment, 'fr', glossary)).toBe(pseudoTranslate(segment, 'fr', glossary));
  });

  it('accents the letters and makes French about 30 % longer', () => {
    const target = pseudoTranslate(segment, 'fr', glossary);
    expect(target).toMatch(/^\[Ţŕööþš ĺéƒţ/);
    const growth = target.length / segment.source.length;
    expect(growth).toBeGreaterThanOrEqual(1.3);
    expect(growth).toBeLessThan(1.45);
  });

  it('inserts glossary targets verbatim and leaves protected spans untouched', () => {
    const fr = pseudoTranslate(segment, 'fr', glossary);
    expect(fr).toContain('Bagdad');
    expect(fr).toContain(' 23 ');
    expect(fr).toContain('2,500');
    expect(fr).not.toContain('Baghdad');
    expect(pseudoTranslate(segment, 'ar', glossary)).toContain('بغداد');
  });

  it('wraps right-to-left languages in a right-to-left isolate', () => {
    const ar = pseudoTranslate(segment, 'ar', glossary);
    expect(ar.startsWith('\u2067[')).toBe(true);
    expect(ar.endsWith(']\u2069')).toBe(true);
    expect(pseudoTranslate(segment, 'fr', glossary)).not.toContain('\u2067');
  });
});

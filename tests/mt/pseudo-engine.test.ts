import { describe, expect, it } from 'vitest';
import { pseudoEngine, pseudoTranslate as pseudoTarget } from '../../src/mt/engines/pseudo.js';
import type { Glossary, LanguageTag, Segment } from '../../src/model.js';
import { protectSegments } from '../../src/protect/index.js';
import { brCode, codeAround, entry, glossaryOf, segmentOf } from '../helpers/builders.js';

const pseudoTranslate = (segment: Segment, lang: LanguageTag, glossary: Glossary): string => pseudoTarget(segment, lang, glossary).target;

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

  describe('markup', () => {
    const source = 'Troops left Baghdad on 23 November, 2,500 of them.';
    const markup = [
      codeAround(source, 'Troops left', 'm1', 'a', '<a href="https://x.test/">'),
      codeAround(source, 'Baghdad', 'm2'),
      { ...codeAround(source, 'Bagh', 'm3', 'b'), start: source.indexOf('Bagh') + 2, end: source.indexOf('Bagh') + 4 },
      codeAround(source, '2,500', 'm4', 'strong'),
      codeAround(source, 'of them.', 'm5', 'i'),
      brCode('m6', source.length),
    ];
    const marked = protectSegments([segmentOf(source, { glossary, markup })], glossary)[0]!;
    const around = (lang: string) => {
      const { target, markup: placements } = pseudoTarget(marked, lang, glossary);
      return Object.fromEntries(placements!.map(({ id, start, end }) => [id, start === end ? `|${start}/${target.length}` : target.slice(start, end)]));
    };

    it('keeps each code on the same words: accented words, a glossary rendering, a protected value, the end before the padding', () => {
      const fr = pseudoTarget(marked, 'fr', glossary).target;
      const closing = fr.indexOf(' ~');
      expect(around('fr')).toEqual({ m1: 'Ţŕööþš ĺéƒţ', m2: 'Bagdad', m3: 'Bagdad', m4: '2,500', m5: 'öƒ ţĥéɱ.', m6: `|${closing}/${fr.length}` });
    });

    it('keeps them inside the right-to-left isolate and the brackets', () => {
      const ar = pseudoTarget(marked, 'ar', glossary);
      expect(around('ar')).toMatchObject({ m1: 'Ţŕööþš ĺéƒţ', m2: 'بغداد', m4: '2,500' });
      expect(ar.markup![0]!.start).toBe(2);
    });

    it('keeps a piece of an element a sentence boundary cut touching the boundary, over brackets and padding', () => {
      const text = 'Read the report here.';
      const first = segmentOf(text, { markup: [{ ...codeAround(text, 'report here.', 'm1', 'a'), continuesAfter: true }] });
      const second = segmentOf('It was published.', { markup: [{ ...codeAround('It was published.', 'It was', 'm1', 'a'), continuedFrom: true }] });
      for (const lang of ['fr', 'ar']) {
        const before = pseudoTarget(first, lang, glossary);
        expect(before.markup).toEqual([{ id: 'm1', start: before.target.indexOf('ŕéþöŕţ'), end: before.target.length }]);
        const after = pseudoTarget(second, lang, glossary);
        expect(after.markup).toEqual([{ id: 'm1', start: 0, end: after.target.indexOf(' þüƀĺ') }]);
      }
    });

    it('answers with markup only for the segments that have some', async () => {
      const plain = protectSegments([segmentOf('No markup here.')], glossary)[0]!;
      const both = await pseudoEngine.translateBatch({ sourceLang: 'en', targetLang: 'fr', segments: [plain, marked] }, { glossary });
      expect(both.markup?.[0]).toBeUndefined();
      expect(both.markup?.[1]).toHaveLength(6);
      const none = await pseudoEngine.translateBatch({ sourceLang: 'en', targetLang: 'fr', segments: [plain] }, { glossary });
      expect(none).not.toHaveProperty('markup');
      expect(pseudoTarget(plain, 'fr', glossary)).not.toHaveProperty('markup');
    });
  });
});

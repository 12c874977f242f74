import { describe, expect, it } from 'vitest';
import { checkTermRenderings } from '../../src/qa/terms.js';
import { entry, glossaryOf, segmentOf, unitOf } from '../helpers/builders.js';

const glossary = glossaryOf(
  entry('Kataib Hezbollah', { fr: 'Brigades du Hezbollah', ar: 'كتائب حزب الله' }, { type: 'name' }),
  entry('jihadist', { fr: 'jihadiste' }, { targetVariants: { fr: ['djihadiste'] } }),
  entry('AFP', {}, { type: 'dnt' }),
);
const segment = segmentOf('A Kataib Hezbollah jihadist told AFP.', { glossary });
const machine = (target: string, lang = 'fr') => unitOf(segment, lang, { state: 'needs-review', origin: 'mt', engine: 'deepl', target });

describe('checkTermRenderings', () => {
  it('accepts the required rendering or an accepted variant, in any case', () => {
    expect(checkTermRenderings([machine('Un djihadiste des BRIGADES DU HEZBOLLAH a parlé à AFP.')], glossary)[0]!.findings).toEqual([]);
  });

  it('warns for each required rendering missing from a machine translation', () => {
    const [unit] = checkTermRenderings([machine('Un combattant des Kataeb Hezbollah a parlé.')], glossary);
    expect(unit!.findings.map((f) => [f.ruleId, f.severity, f.reason])).toEqual([
      ['qa/term-missing', 'warning', '"Kataib Hezbollah" should be rendered "Brigades du Hezbollah"'],
      ['qa/term-missing', 'warning', '"jihadist" should be rendered "jihadiste"'],
    ]);
    expect(unit!.findings[0]!.place).toEqual({ side: 'source', start: 2, end: 18 });
  });

  it('checks only machine translations, and gives a finding the same id on every run', () => {
    const human = unitOf(segment, 'fr', { state: 'reviewed', origin: 'human', target: 'Autre chose.' });
    expect(checkTermRenderings([human], glossary)[0]).toBe(human);
    const once = checkTermRenderings([machine('Rien.')], glossary)[0]!.findings.map((f) => f.id);
    const twice = checkTermRenderings([machine('Rien.')], glossary)[0]!.findings.map((f) => f.id);
    expect(once).toEqual(twice);
  });
});

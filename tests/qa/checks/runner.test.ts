import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../../src/qa/index.js';
import { articleOf, glossaryOf } from '../../helpers/builders.js';
import { targetUnit } from './fixtures.js';

describe('checkArticle runs the checks of qa/checks on every unit with a target, after house style', () => {
  it('reports each rule once, on units of any origin, and nothing on a clean one', () => {
    const units = [
      targetUnit('Officials said the ceasefire was signed on Monday.', 'Officials said the ceasefire was signed on Monday.', { patch: { origin: 'tm', state: 'translated' } }),
      targetUnit('He said: "We will stay in the city."', 'Il a dit : « Nous resterons dans la ville.', { patch: { id: 'p4.s1', origin: 'human', state: 'final' } }),
      targetUnit('See https://example.org/a for the full report.', 'Voir https://example.org/a https://example.org/a pour le rapport complet.', {
        spans: [['https://example.org/a', 'url']],
        patch: { id: 'p5.s1' },
      }),
      targetUnit('The army said 2,500 troops left the city on Monday.', 'L’armée a déclaré que 2 500 soldats avaient quitté la ville lundi.', { patch: { id: 'p6.s1' } }),
    ];
    const checked = checkArticle({ article: articleOf([['paragraph', 'x']]), targetLang: 'fr', units }, { glossary: glossaryOf() });
    const ours = (unit: (typeof checked)[number]) => unit.findings.filter((finding) => finding.source.startsWith('qa/checks/')).map((finding) => finding.ruleId);
    expect(checked.map((unit) => ours(unit).sort())).toEqual([
      ['qa/english-run', 'qa/untranslated'],
      ['qa/quote-unbalanced'],
      ['qa/span-duplicated'],
      [],
    ]);
    expect(checked[1]!.target).toBe(units[1]!.target);
  });
});
